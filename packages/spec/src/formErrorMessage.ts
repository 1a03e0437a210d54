import type { Lang } from './Diagnostic.js';

type Params = Record<string, unknown>;
type MessageFor = (params: Params) => string;

const FORMAT_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  'cn-id-card': { 'zh-CN': '身份证号码格式不正确', en: 'Enter a valid resident ID card number' },
  'cn-mobile': { 'zh-CN': '请输入正确的手机号码', en: 'Enter a valid mobile phone number' },
  date: { 'zh-CN': '请输入正确的日期（如 2024-03-01）', en: 'Enter a valid date (e.g. 2024-03-01)' },
  'date-time': { 'zh-CN': '请输入正确的日期和时间', en: 'Enter a valid date and time' },
  time: { 'zh-CN': '请输入正确的时间', en: 'Enter a valid time' },
  email: { 'zh-CN': '请输入正确的电子邮箱', en: 'Enter a valid email address' },
  uri: { 'zh-CN': '请输入正确的网址', en: 'Enter a valid web address' },
  url: { 'zh-CN': '请输入正确的网址', en: 'Enter a valid web address' },
};

const TYPE_MESSAGES: Record<string, { 'zh-CN': string; en: string }> = {
  string: { 'zh-CN': '请输入文字', en: 'Enter text' },
  number: { 'zh-CN': '请输入数字', en: 'Enter a number' },
  integer: { 'zh-CN': '请输入整数', en: 'Enter a whole number' },
  boolean: { 'zh-CN': '请选择是或否', en: 'Choose yes or no' },
  array: { 'zh-CN': '请选择或填写列表', en: 'Choose or fill in a list' },
  object: { 'zh-CN': '请填写此项', en: 'Fill in this section' },
  null: { 'zh-CN': '此项应留空', en: 'Leave this empty' },
};

const limit = (params: Params) => String(params.limit ?? '');
const firstType = (params: Params) => String(params.type ?? '').split(',')[0] ?? '';

/** The message table, keyed by ajv keyword. Messages speak to applicants (no schema jargon). */
const MESSAGES: Record<string, { 'zh-CN': MessageFor; en: MessageFor }> = {
  required: { 'zh-CN': () => '请填写此项', en: () => 'This field is required' },
  dependencies: { 'zh-CN': () => '请填写此项', en: () => 'This field is required' },
  minLength: {
    'zh-CN': (p) => (Number(p.limit) <= 1 ? '请填写此项' : `请至少输入 ${limit(p)} 个字`),
    en: (p) => (Number(p.limit) <= 1 ? 'This field is required' : `Enter at least ${limit(p)} characters`),
  },
  maxLength: {
    'zh-CN': (p) => `最多输入 ${limit(p)} 个字`,
    en: (p) => `Enter at most ${limit(p)} characters`,
  },
  pattern: { 'zh-CN': () => '格式不正确', en: () => 'The format is not valid' },
  format: {
    'zh-CN': (p) => FORMAT_NAMES[String(p.format)]?.['zh-CN'] ?? '格式不正确',
    en: (p) => FORMAT_NAMES[String(p.format)]?.en ?? 'The format is not valid',
  },
  type: {
    'zh-CN': (p) => TYPE_MESSAGES[firstType(p)]?.['zh-CN'] ?? '填写内容的类型不正确',
    en: (p) => TYPE_MESSAGES[firstType(p)]?.en ?? 'The value has the wrong type',
  },
  enum: { 'zh-CN': () => '请从给出的选项中选择', en: () => 'Choose one of the options' },
  const: {
    'zh-CN': (p) => (p.allowedValue === true ? '请勾选此项' : '取值不正确'),
    en: (p) => (p.allowedValue === true ? 'Tick this box to continue' : 'The value is not valid'),
  },
  minimum: { 'zh-CN': (p) => `不能小于 ${limit(p)}`, en: (p) => `Must be at least ${limit(p)}` },
  maximum: { 'zh-CN': (p) => `不能大于 ${limit(p)}`, en: (p) => `Must be at most ${limit(p)}` },
  exclusiveMinimum: { 'zh-CN': (p) => `必须大于 ${limit(p)}`, en: (p) => `Must be greater than ${limit(p)}` },
  exclusiveMaximum: { 'zh-CN': (p) => `必须小于 ${limit(p)}`, en: (p) => `Must be less than ${limit(p)}` },
  multipleOf: {
    'zh-CN': (p) => `必须是 ${String(p.multipleOf)} 的整数倍`,
    en: (p) => `Must be a multiple of ${String(p.multipleOf)}`,
  },
  minItems: {
    'zh-CN': (p) => (Number(p.limit) <= 1 ? '请至少选择或填写一项' : `请至少选择或填写 ${limit(p)} 项`),
    en: (p) => (Number(p.limit) <= 1 ? 'Add at least one item' : `Add at least ${limit(p)} items`),
  },
  maxItems: { 'zh-CN': (p) => `最多 ${limit(p)} 项`, en: (p) => `At most ${limit(p)} items` },
  uniqueItems: { 'zh-CN': () => '不能有重复的项', en: () => 'Items must not repeat' },
  minProperties: { 'zh-CN': () => '请填写此项', en: () => 'This field is required' },
  maxProperties: { 'zh-CN': (p) => `最多 ${limit(p)} 项`, en: (p) => `At most ${limit(p)} entries` },
  additionalProperties: {
    'zh-CN': (p) => `不能填写“${String(p.additionalProperty)}”`,
    en: (p) => `"${String(p.additionalProperty)}" is not allowed here`,
  },
  anyOf: { 'zh-CN': () => '填写内容不符合要求', en: () => 'The value does not match what is expected' },
  oneOf: { 'zh-CN': () => '填写内容不符合要求', en: () => 'The value does not match what is expected' },
  not: { 'zh-CN': () => '填写内容不符合要求', en: () => 'The value is not allowed' },
};

/**
 * The message shown to an applicant for one form error, keyed by ajv-style keyword and params
 * (the same table serves our interpreting validator, ajv standalone modules and RJSF).
 *
 * @example
 * formErrorMessage('required', { missingProperty: 'name' }, 'zh-CN'); // '请填写此项'
 * formErrorMessage('format', { format: 'cn-mobile' }, 'en');         // 'Enter a valid mobile phone number'
 */
export function formErrorMessage(keyword: string, params: Record<string, unknown>, lang: Lang): string {
  const entry = MESSAGES[keyword];
  if (entry) return entry[lang](params);
  return lang === 'en' ? 'The value is not valid' : '填写内容不正确';
}
