import { describe, expect, test } from 'vitest';
import { createFormValidator, formErrorMessage } from '../src/index.js';
import { validSpec } from './helpers.js';

const formSchema = validSpec().form.schema;
/** Error order follows the schema's keyword order; compare as sets. */
const byPointer = <T extends { pointer: string; keyword: string }>(errors: T[]) =>
  [...errors].sort((a, b) => `${a.pointer} ${a.keyword}`.localeCompare(`${b.pointer} ${b.keyword}`));
const validData = {
  applicant: { name: '张三', idNumber: '11010519491231002X', mobile: '13800138000', byAgent: false },
  household: { size: 3, monthlyIncome: 1800, disabledMembers: 0 },
};

describe('createFormValidator', () => {
  test('valid data has no errors', () => {
    expect(createFormValidator(formSchema).validate(validData)).toEqual([]);
  });

  test('required errors point at the missing property (nested and top level)', () => {
    const errors = createFormValidator(formSchema).validate({ applicant: { name: '张三' } });
    expect(byPointer(errors)).toEqual([
      {
        pointer: '/applicant/idNumber',
        keyword: 'required',
        params: { missingProperty: 'idNumber' },
        message: '请填写此项',
      },
      {
        pointer: '/applicant/mobile',
        keyword: 'required',
        params: { missingProperty: 'mobile' },
        message: '请填写此项',
      },
      {
        pointer: '/household',
        keyword: 'required',
        params: { missingProperty: 'household' },
        message: '请填写此项',
      },
    ]);
  });

  test('cn-id-card: checksum checked, zh and en messages', () => {
    const data = { ...validData, applicant: { ...validData.applicant, idNumber: '110105194912310021' } };
    expect(createFormValidator(formSchema).validate(data)).toEqual([
      {
        pointer: '/applicant/idNumber',
        keyword: 'format',
        params: { format: 'cn-id-card' },
        message: '身份证号码格式不正确',
      },
    ]);
    expect(createFormValidator(formSchema, { lang: 'en' }).validate(data)[0]?.message).toBe(
      'Enter a valid resident ID card number',
    );
  });

  test('cn-mobile', () => {
    const data = { ...validData, applicant: { ...validData.applicant, mobile: '12800138000' } };
    expect(createFormValidator(formSchema).validate(data)).toMatchObject([
      { pointer: '/applicant/mobile', keyword: 'format', message: '请输入正确的手机号码' },
    ]);
    expect(createFormValidator(formSchema, { lang: 'en' }).validate(data)[0]?.message).toBe(
      'Enter a valid mobile phone number',
    );
  });

  test('type, minimum, pattern and minLength carry ajv-style params', () => {
    const data = {
      applicant: { ...validData.applicant, name: '' },
      household: { size: 0, monthlyIncome: '很多' },
      bankAccount: '12ab',
    };
    const errors = createFormValidator(formSchema).validate(data);
    expect(errors).toEqual(
      expect.arrayContaining([
        { pointer: '/applicant/name', keyword: 'minLength', params: { limit: 1 }, message: '请填写此项' },
        {
          pointer: '/household/size',
          keyword: 'minimum',
          params: { comparison: '>=', limit: 1 },
          message: '不能小于 1',
        },
        {
          pointer: '/household/monthlyIncome',
          keyword: 'type',
          params: { type: 'number' },
          message: '请输入数字',
        },
        { pointer: '/bankAccount', keyword: 'pattern', params: {}, message: '格式不正确' },
      ]),
    );
    expect(errors).toHaveLength(4);
  });

  test('date and email formats, enum and const', () => {
    const validator = createFormValidator({
      type: 'object',
      properties: {
        birthDate: { type: 'string', format: 'date' },
        email: { type: 'string', format: 'email' },
        area: { enum: ['城镇', '农村'] },
        consent: { const: true },
      },
    });
    const errors = validator.validate({ birthDate: '2024-02-30', email: 'a@', area: '郊区', consent: false });
    expect(errors.map((e) => [e.pointer, e.keyword, e.message])).toEqual([
      ['/birthDate', 'format', '请输入正确的日期（如 2024-03-01）'],
      ['/email', 'format', '请输入正确的电子邮箱'],
      ['/area', 'enum', '请从给出的选项中选择'],
      ['/consent', 'const', '请勾选此项'],
    ]);
    expect(
      validator.validate({ birthDate: '2024-02-29', email: 'a@b.cn', area: '农村', consent: true }),
    ).toEqual([]);
  });

  test('$ref, dependencies and array items; pointers decode non-ASCII names', () => {
    const validator = createFormValidator({
      type: 'object',
      definitions: {
        member: { type: 'object', required: ['姓名'], properties: { 姓名: { type: 'string' } } },
      },
      properties: {
        members: { type: 'array', minItems: 1, items: { $ref: '#/definitions/member' } },
        agentName: {},
      },
      dependencies: { agentName: ['agentMobile'] },
    });
    expect(byPointer(validator.validate({ members: [{}], agentName: '李四' }))).toMatchObject([
      { pointer: '/agentMobile', keyword: 'dependencies', message: '请填写此项' },
      { pointer: '/members/0/姓名', keyword: 'required' },
    ]);
    expect(validator.validate({ members: [] })).toMatchObject([
      { pointer: '/members', keyword: 'minItems', params: { limit: 1 }, message: '请至少选择或填写一项' },
    ]);
  });

  test('a failed anyOf reports one error, not the errors of every branch', () => {
    const validator = createFormValidator({
      type: 'object',
      properties: {
        contact: {
          anyOf: [
            { type: 'string', format: 'cn-mobile' },
            { type: 'string', format: 'email' },
          ],
        },
      },
    });
    expect(validator.validate({ contact: 'neither' })).toMatchObject([
      { pointer: '/contact', keyword: 'anyOf' },
    ]);
    expect(validator.validate({ contact: 'a@b.cn' })).toEqual([]);
  });

  test('undefined data is validated as null, not thrown', () => {
    expect(createFormValidator(formSchema).validate(undefined)).toMatchObject([
      { pointer: '', keyword: 'type' },
    ]);
  });

  // Regression: form libraries leave undefined in their data, and the validator threw
  // "Instances of undefined type are not supported".
  test('undefined properties count as absent and undefined array items as null', () => {
    const validator = createFormValidator({
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
    });
    expect(validator.validate({ name: '张三', tags: ['a'], note: undefined })).toEqual([]);
    expect(validator.validate({ name: undefined })).toMatchObject([
      { pointer: '/name', keyword: 'required' },
    ]);
    expect(validator.validate({ name: '张三', tags: ['a', undefined] })).toMatchObject([
      { pointer: '/tags/1', keyword: 'type' },
    ]);
  });
});

describe('formErrorMessage', () => {
  test.each([
    ['required', { missingProperty: 'x' }, '请填写此项', 'This field is required'],
    ['minLength', { limit: 6 }, '请至少输入 6 个字', 'Enter at least 6 characters'],
    ['maxLength', { limit: 20 }, '最多输入 20 个字', 'Enter at most 20 characters'],
    ['format', { format: 'cn-id-card' }, '身份证号码格式不正确', 'Enter a valid resident ID card number'],
    ['format', { format: 'cn-mobile' }, '请输入正确的手机号码', 'Enter a valid mobile phone number'],
    ['type', { type: 'integer' }, '请输入整数', 'Enter a whole number'],
    ['maximum', { limit: 99, comparison: '<=' }, '不能大于 99', 'Must be at most 99'],
    ['maxItems', { limit: 3 }, '最多 3 项', 'At most 3 items'],
    ['no-such-keyword', {}, '填写内容不正确', 'The value is not valid'],
  ])('%s %o', (keyword, params, zh, en) => {
    expect(formErrorMessage(keyword, params, 'zh-CN')).toBe(zh);
    expect(formErrorMessage(keyword, params, 'en')).toBe(en);
  });
});
