import type { Lang } from './Diagnostic.js';

/** Parameters of a diagnostic message; strings are already localized where they name a field. */
export type MessageParams = Record<string, string | number | undefined>;

type Template = (p: MessageParams) => string;

const s = (value: unknown) => (value === undefined ? '' : String(value));
/** 5242880 → '5,242,880' */
const count = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('en-US') : s(value));
const zhDidYouMean = (p: MessageParams) => (p.suggestion ? `，是否想写“${p.suggestion}”？` : '。');
const enDidYouMean = (p: MessageParams) => (p.suggestion ? `. Did you mean "${p.suggestion}"?` : '.');
/** “事项名称（name）” / "name (Item name)" */
const zhField = (p: MessageParams) => (p.title ? `“${p.title}”（${s(p.field)}）` : `“${s(p.field)}”`);
const enField = (p: MessageParams) => (p.title ? `"${s(p.field)}" (${p.title})` : `"${s(p.field)}"`);

/**
 * Every diagnostic code with its zh-CN and English message. docs/spec-rules.md documents the same codes.
 * Fields named in messages are given as their key plus the title from the schema.
 */
export const SPEC_DIAGNOSTIC_MESSAGES: Record<string, { 'zh-CN': Template; en: Template }> = {
  // JSON text
  'json/syntax': {
    'zh-CN': (p) => `JSON 语法错误：${s(p.problem)}`,
    en: (p) => `JSON syntax error: ${s(p.problemEn)}`,
  },
  'json/not-serializable': {
    'zh-CN': () => '输入无法转换为 JSON（含循环引用、BigInt 或函数）。',
    en: () => 'The input cannot be turned into JSON (cycles, BigInt or functions).',
  },
  'json/too-large': {
    'zh-CN': (p) =>
      `规范文本过大：${count(p.length)} 个字符，上限为 ${count(p.limit)}（5 MB），未作解析。规范文件通常不到 100 KB，请检查是否选错了文件。`,
    en: (p) =>
      `The spec text is too large: ${count(p.length)} characters, over the limit of ${count(p.limit)} (5 MB); it was not parsed. Spec files are usually under 100 KB: is this the right file?`,
  },
  'json/too-deep': {
    'zh-CN': (p) => `嵌套过深：最多 ${s(p.limit)} 层（每个对象、数组各算一层），未再往下检查。`,
    en: (p) =>
      `Nested too deeply: at most ${s(p.limit)} levels (each object and array counts); nothing further was checked.`,
  },
  'json/too-many-values': {
    'zh-CN': (p) =>
      `值太多：最多 ${count(p.limit)} 个（每个对象、数组、字符串、数字等各算一个），未再往下检查。`,
    en: (p) =>
      `Too many values: at most ${count(p.limit)} (each object, array, string, number … counts); nothing further was checked.`,
  },
  'json/duplicate-key': {
    'zh-CN': (p) =>
      `同一对象中字段“${s(p.key)}”重复（第一次在第 ${s(p.line)} 行）：只有最后一个值有效，前面的被忽略。`,
    en: (p) =>
      `Key "${s(p.key)}" appears twice in this object (first on line ${s(p.line)}); only the last value counts.`,
  },
  'spec/too-many-diagnostics': {
    'zh-CN': (p) =>
      `另有${p.atLeast ? '至少' : ''} ${s(p.count)} 条诊断未列出（每个文件最多列出 ${s(p.limit)} 条）。请先修正上面的问题。`,
    en: (p) =>
      `${p.atLeast ? 'At least ' : ''}${s(p.count)} more diagnostics are not listed (at most ${s(p.limit)} per file). Fix the ones above first.`,
  },
  'spec/internal-error': {
    'zh-CN': (p) =>
      `检查“${s(p.check)}”时出现内部错误：${s(p.detail)}。这是 onewindow 的缺陷，请报告；其余检查的结果不受影响。`,
    en: (p) =>
      `Internal error in the check "${s(p.check)}": ${s(p.detail)}. This is a bug in onewindow, please report it; the other checks' results stand.`,
  },
  // Schema
  'schema/required': {
    'zh-CN': (p) => `缺少必填字段${zhField(p)}。`,
    en: (p) => `Missing required field ${enField(p)}.`,
  },
  'schema/additional-property': {
    'zh-CN': (p) => `不认识的字段“${s(p.field)}”${zhDidYouMean(p)}`,
    en: (p) => `Unknown field "${s(p.field)}"${enDidYouMean(p)}`,
  },
  'schema/type': {
    'zh-CN': (p) => `${zhField(p)}应为${s(p.expected)}。`,
    en: (p) => `${enField(p)} must be ${s(p.expectedEn)}.`,
  },
  'schema/enum': {
    'zh-CN': (p) => `${zhField(p)}的取值“${s(p.value)}”无效，应为：${s(p.allowed)}${zhDidYouMean(p)}`,
    en: (p) =>
      `${enField(p)} has the invalid value "${s(p.value)}"; expected one of: ${s(p.allowedEn)}${enDidYouMean(p)}`,
  },
  'schema/const': {
    'zh-CN': (p) => `${zhField(p)}只能是 ${s(p.allowed)}。`,
    en: (p) => `${enField(p)} must be ${s(p.allowed)}.`,
  },
  'schema/pattern': {
    'zh-CN': (p) => `${zhField(p)}的格式不正确：“${s(p.value)}”不符合 ${s(p.pattern)}。`,
    en: (p) => `${enField(p)} is malformed: "${s(p.value)}" does not match ${s(p.pattern)}.`,
  },
  'schema/format': {
    'zh-CN': (p) => `${zhField(p)}不是有效的 ${s(p.format)}。`,
    en: (p) => `${enField(p)} is not a valid ${s(p.format)}.`,
  },
  'schema/min-length': {
    'zh-CN': (p) =>
      Number(p.limit) <= 1 ? `${zhField(p)}不能为空。` : `${zhField(p)}至少 ${s(p.limit)} 个字符。`,
    en: (p) =>
      Number(p.limit) <= 1
        ? `${enField(p)} must not be empty.`
        : `${enField(p)} needs at least ${s(p.limit)} characters.`,
  },
  'schema/max-length': {
    'zh-CN': (p) => `${zhField(p)}不能超过 ${s(p.limit)} 个字符。`,
    en: (p) => `${enField(p)} may have at most ${s(p.limit)} characters.`,
  },
  'schema/min-items': {
    'zh-CN': (p) =>
      Number(p.limit) <= 1 ? `${zhField(p)}至少要有一项。` : `${zhField(p)}至少要有 ${s(p.limit)} 项。`,
    en: (p) => `${enField(p)} needs at least ${s(p.limit)} item${Number(p.limit) === 1 ? '' : 's'}.`,
  },
  'schema/max-items': {
    'zh-CN': (p) => `${zhField(p)}最多 ${s(p.limit)} 项。`,
    en: (p) => `${enField(p)} may have at most ${s(p.limit)} items.`,
  },
  'schema/unique-items': {
    'zh-CN': (p) => `${zhField(p)}中第 ${s(p.first)} 项与第 ${s(p.second)} 项重复。`,
    en: (p) => `${enField(p)}: items ${s(p.first)} and ${s(p.second)} are the same.`,
  },
  'schema/min-properties': {
    'zh-CN': (p) => `${zhField(p)}至少要有 ${s(p.limit)} 个字段。`,
    en: (p) => `${enField(p)} needs at least ${s(p.limit)} properties.`,
  },
  'schema/minimum': {
    'zh-CN': (p) => `${zhField(p)}不能小于 ${s(p.limit)}（现为 ${s(p.value)}）。`,
    en: (p) => `${enField(p)} must be at least ${s(p.limit)} (it is ${s(p.value)}).`,
  },
  'schema/maximum': {
    'zh-CN': (p) => `${zhField(p)}不能大于 ${s(p.limit)}（现为 ${s(p.value)}）。`,
    en: (p) => `${enField(p)} must be at most ${s(p.limit)} (it is ${s(p.value)}).`,
  },
  'schema/exclusive-minimum': {
    'zh-CN': (p) => `${zhField(p)}必须大于 ${s(p.limit)}。`,
    en: (p) => `${enField(p)} must be greater than ${s(p.limit)}.`,
  },
  'schema/localized-text': {
    'zh-CN': (p) => `${zhField(p)}应为非空文本，或 {"zh-CN": "…", "en": "…"}。`,
    en: (p) => `${enField(p)} must be a non-empty string or {"zh-CN": "…", "en": "…"}.`,
  },
  'schema/any-of': {
    'zh-CN': (p) => `${zhField(p)}的写法不符合任何一种允许的形式（${s(p.expected)}）。`,
    en: (p) => `${enField(p)} matches none of the allowed forms (${s(p.expectedEn)}).`,
  },
  'schema/invalid': {
    'zh-CN': (p) => `${zhField(p)}不符合规范：${s(p.detail)}`,
    en: (p) => `${enField(p)} is invalid: ${s(p.detail)}`,
  },
  // Semantic rules
  'semantic/duplicate-material-id': {
    'zh-CN': (p) =>
      `材料标识“${s(p.id)}”重复（第一次出现在 ${s(p.first)}）：一次性告知据此引用材料，须唯一。`,
    en: (p) =>
      `Material id "${s(p.id)}" is used twice (first at ${s(p.first)}); correction notices refer to it, so it must be unique.`,
  },
  'semantic/duplicate-stage-id': {
    'zh-CN': (p) => `环节标识“${s(p.id)}”重复（第一次出现在 ${s(p.first)}）。`,
    en: (p) => `Stage id "${s(p.id)}" is used twice (first at ${s(p.first)}).`,
  },
  'semantic/duplicate-step-id': {
    'zh-CN': (p) => `步骤标识“${s(p.id)}”重复（第一次出现在 ${s(p.first)}）。`,
    en: (p) => `Step id "${s(p.id)}" is used twice (first at ${s(p.first)}).`,
  },
  'semantic/condition-unknown-field': {
    'zh-CN': (p) => `条件引用了表单中不存在的字段“${s(p.path)}”${zhDidYouMean(p)}`,
    en: (p) => `The condition references "${s(p.path)}", which is not a form field${enDidYouMean(p)}`,
  },
  'semantic/condition-forbidden-operation': {
    'zh-CN': (p) => `条件中不允许使用运算“${s(p.operation)}”；只能使用 ${s(p.allowed)}。`,
    en: (p) => `Operation "${s(p.operation)}" is not allowed in a condition; use only ${s(p.allowed)}.`,
  },
  'semantic/condition-forbidden-path': {
    'zh-CN': (p) => `条件不能引用“${s(p.path)}”。`,
    en: (p) => `A condition may not reference "${s(p.path)}".`,
  },
  'semantic/condition-computed-path': {
    'zh-CN': () => '条件中的字段路径须直接写成字符串或数字，不能由其他运算计算得到。',
    en: () => 'A data path in a condition must be written as a string or number, not computed.',
  },
  'semantic/condition-too-deep': {
    'zh-CN': (p) => `条件嵌套过深：最多 ${s(p.limit)} 层（每个对象、数组各算一层）。`,
    en: (p) =>
      `The condition is nested too deeply: at most ${s(p.limit)} levels (each object and array counts).`,
  },
  'semantic/condition-too-large': {
    'zh-CN': (p) => `条件过大：最多 ${s(p.limit)} 个值。`,
    en: (p) => `The condition is too large: at most ${s(p.limit)} values.`,
  },
  'semantic/condition-too-costly': {
    'zh-CN': (p) =>
      p.growth === 'quadratic'
        ? '“in”的两边都来自表单数据，查找耗时随数据长度的平方增长；请把其中一边写成固定值。'
        : p.growth === 'per-data'
          ? `这部分条件对每单位表单数据最多要 ${s(p.cost)} 步，超过上限 ${s(p.limit)} 步；请减少对同一数据的重复拼接、合并或遍历。`
          : `这部分条件求值最多要 ${s(p.cost)} 步，超过上限 ${s(p.limit)} 步；请减少嵌套的 some/all/none 或缩短其数组。`,
    en: (p) =>
      p.growth === 'quadratic'
        ? '"in" with both sides from the form data takes time growing with the square of their length; make one side a fixed value.'
        : p.growth === 'per-data'
          ? `This part of the condition can take ${s(p.cost)} steps per unit of form data, over the limit of ${s(p.limit)}; copy, merge or walk the same data fewer times.`
          : `This part of the condition can take ${s(p.cost)} steps, over the limit of ${s(p.limit)}; nest fewer some/all/none or shorten their arrays.`,
  },
  'semantic/form-schema-not-json-schema': {
    'zh-CN': (p) => `表单模式不是有效的 JSON Schema（draft-07）：${s(p.detail)}`,
    en: (p) => `The form schema is not valid JSON Schema (draft-07): ${s(p.detailEn)}`,
  },
  'semantic/form-schema-too-costly': {
    'zh-CN': (p) =>
      p.recursion === 'loop'
        ? '这个引用不经过数据的下一层就回到它所在的定义：校验永远不会结束。'
        : p.recursion === 'repeated'
          ? '这个递归引用与同一定义中的另一个引用校验数据的同一位置：数据每嵌套一层，校验工作量翻倍。请让每个位置只引用一次该定义。'
          : `表单模式把 $ref 展开后超过 ${count(p.limit)} 个子模式：校验一份表单要经过的模式太多（层层 allOf/anyOf/oneOf 引用同一定义，每层翻倍）。请减少嵌套的引用。`,
    en: (p) =>
      p.recursion === 'loop'
        ? 'This reference leads back to the definition it is in without going one level into the data: validation would never end.'
        : p.recursion === 'repeated'
          ? 'This recursive reference validates the same place of the data as another reference in the same definition: every level of nesting in the data doubles the work. Refer to the definition once per place.'
          : `With its $refs expanded, the form schema has over ${count(p.limit)} subschemas: validating a form would visit too many (allOf/anyOf/oneOf levels referring to the same definition double at each level). Nest fewer references.`,
  },
  'semantic/form-schema-unknown-format': {
    'zh-CN': (p) => `表单校验器不认识格式“${s(p.format)}”，不会检查它${zhDidYouMean(p)}`,
    en: (p) =>
      `The form validators do not know the format "${s(p.format)}" and will not check it${enDidYouMean(p)}`,
  },
  'semantic/form-schema-invalid': {
    'zh-CN': (p) => `表单模式无法使用：${s(p.detail)}`,
    en: (p) => `The form schema cannot be used: ${s(p.detail)}`,
  },
  'semantic/form-schema-slow-pattern': {
    'zh-CN': (p) =>
      `正则表达式 ${s(p.pattern)} 会灾难性回溯：匹配时间随输入长度呈${p.complexity === 'exponential' ? '指数级' : `多项式级（n^${s(p.degree)}）`}增长，形如 ${s(p.attack)} 的输入就能让表单校验卡住${p.hotspot ? `（问题在 ${s(p.hotspot)}）` : ''}。请改写：不要嵌套重复，相邻的重复不要能匹配同一字符，或加上 ^…$。`,
    en: (p) =>
      `The regular expression ${s(p.pattern)} backtracks catastrophically: matching time grows ${p.complexity === 'exponential' ? 'exponentially' : `polynomially (n^${s(p.degree)})`} with the input, so an input like ${s(p.attack)} freezes form validation${p.hotspot ? ` (at ${s(p.hotspot)})` : ''}. Rewrite it: no nested repeats, no adjacent repeats that match the same character, or anchor it with ^…$.`,
  },
  'semantic/form-schema-unchecked-pattern': {
    'zh-CN': (p) =>
      `无法确认正则表达式 ${s(p.pattern)} 不会灾难性回溯（${p.reason === 'budget' ? `本规范的正则检查共 ${s(p.seconds)} 秒已用完` : p.reason === 'timeout' ? `检查超过 ${s(p.seconds)} 秒` : `检查器：${s(p.detail)}`}），为安全起见拒绝。含前瞻、后顾、反向引用或很大的计数重复（如 {1,1000}）的表达式难以检查，请简化。`,
    en: (p) =>
      `Could not confirm that the regular expression ${s(p.pattern)} does not backtrack catastrophically (${p.reason === 'budget' ? `this spec's ${s(p.seconds)} s for checking patterns are spent` : p.reason === 'timeout' ? `the check took over ${s(p.seconds)} s` : `checker: ${s(p.detail)}`}), so it is refused. Lookaround, backreferences and large counted repeats (e.g. {1,1000}) are hard to check; simplify it.`,
  },
  'semantic/form-schema-unresolved-ref': {
    'zh-CN': (p) =>
      `表单模式中的引用“${s(p.ref)}”无法解析：只能引用本表单模式内的定义（如 #/definitions/person）。`,
    en: (p) =>
      `Form schema reference "${s(p.ref)}" cannot be resolved; only references inside the form schema (e.g. #/definitions/person) are allowed.`,
  },
  'semantic/form-schema-generator-directive': {
    'zh-CN': (p) =>
      `表单模式中不能使用代码生成指令“${s(p.keyword)}”：它会被原样写入 onewindow types 和 compile 生成的代码。请删除；字段类型由 type、enum 等关键字决定。`,
    en: (p) =>
      `The form schema may not use the code generator directive "${s(p.keyword)}": it would be written as is into the code onewindow types and compile generate. Remove it; type, enum and the other keywords decide a field's type.`,
  },
  'semantic/ui-schema-unknown-field': {
    'zh-CN': (p) => `uiSchema 中的“${s(p.field)}”不是表单的顶层字段${zhDidYouMean(p)}`,
    en: (p) => `uiSchema entry "${s(p.field)}" is not a top-level form field${enDidYouMean(p)}`,
  },
  'semantic/step-unknown-field': {
    'zh-CN': (p) => `步骤中的字段“${s(p.field)}”不是表单的顶层字段${zhDidYouMean(p)}`,
    en: (p) => `Step field "${s(p.field)}" is not a top-level form field${enDidYouMean(p)}`,
  },
  'semantic/step-duplicate-field': {
    'zh-CN': (p) =>
      `字段“${s(p.field)}”出现在多个步骤中（第一次在 ${s(p.first)}）；每个顶层字段只能出现在一步。`,
    en: (p) =>
      `Field "${s(p.field)}" appears in more than one step (first at ${s(p.first)}); each top-level field belongs to exactly one step.`,
  },
  'semantic/step-missing-field': {
    'zh-CN': (p) => `表单字段“${s(p.field)}”没有出现在任何步骤中，申请人将无法填写。`,
    en: (p) => `Form field "${s(p.field)}" is in no step, so applicants could never fill it in.`,
  },
  'semantic/escalation-missing': {
    'zh-CN': () => '上报件（escalated）须设置 flow.escalation（上级层级、部门与时限）。',
    en: () => 'An escalated item needs flow.escalation (superior level, department and limits).',
  },
  'semantic/escalation-not-allowed': {
    'zh-CN': (p) => `只有上报件才能设置 flow.escalation；本事项的办件类型是 ${s(p.mode)}。`,
    en: (p) => `Only escalated items may set flow.escalation; this item's mode is ${s(p.mode)}.`,
  },
  'semantic/instant-promised-limit': {
    'zh-CN': (p) => `即办件的承诺办结时限应为 0（现为 ${s(p.value)}）。`,
    en: (p) => `An instant item's promised limit must be 0 (it is ${s(p.value)}).`,
  },
  'semantic/instant-has-stages': {
    'zh-CN': () => '即办件在窗口当场办结，不能有后台办理环节（flow.stages 应为空）。',
    en: () => 'An instant item is decided at the window, so flow.stages must be empty.',
  },
  'semantic/decision-stage-uncounted': {
    'zh-CN': (p) => `决定环节“${s(p.id)}”必须计入办理时限（不能设 counted: false）。`,
    en: (p) => `Decision stage "${s(p.id)}" must count towards the time limit (no counted: false).`,
  },
  'semantic/instant-tolerance-unfinished': {
    'zh-CN': (p) =>
      `即办件的材料“${s(p.id)}”可容缺，但事项未声明先办后补（flow.supplyAfterDecision），无法当场办结。`,
    en: (p) =>
      `Material "${s(p.id)}" of an instant item is tolerable, but the item does not say it is decided first and supplied later (flow.supplyAfterDecision); it could not be decided on the spot.`,
  },
  'semantic/promised-exceeds-legal': {
    'zh-CN': (p) =>
      `承诺办结时限（${s(p.promised)} ${s(p.unitZh)}）不能超过法定办结时限（${s(p.legal)} ${s(p.unitZh)}）。`,
    en: (p) =>
      `The promised limit (${s(p.promised)} ${s(p.unitEn)}) exceeds the legal limit (${s(p.legal)}).`,
  },
  'semantic/stage-days-exceed-limit': {
    'zh-CN': (p) =>
      `计入时限的环节共 ${s(p.total)} ${s(p.unitZh)}${s(p.breakdown)}，超过${s(p.limitZh)} ${s(p.promised)} ${s(p.unitZh)}。`,
    en: (p) =>
      `Counted stages take ${s(p.total)} ${s(p.unitEn)}${s(p.breakdownEn)}, more than the ${s(p.limitEn)} ${s(p.promised)}.`,
  },
  'semantic/decision-stage-missing': {
    'zh-CN': () => '承诺件须有一个作出决定的环节（decision: true），且为最后一个环节。',
    en: () => 'A promised item needs one decision stage (decision: true), as the last stage.',
  },
  'semantic/decision-stage-multiple': {
    'zh-CN': (p) => `只能有一个决定环节；“${s(p.id)}”是第二个（第一个是“${s(p.first)}”）。`,
    en: (p) => `Only one stage may decide; "${s(p.id)}" is a second one (the first is "${s(p.first)}").`,
  },
  'semantic/decision-stage-not-last': {
    'zh-CN': (p) => `决定环节“${s(p.id)}”须是最后一个环节。`,
    en: (p) => `Decision stage "${s(p.id)}" must be the last stage.`,
  },
  'semantic/escalated-decision-stage': {
    'zh-CN': (p) => `上报件由上级部门作出决定，本级环节“${s(p.id)}”不能设 decision: true。`,
    en: (p) => `In an escalated item the superior decides; stage "${s(p.id)}" must not set decision: true.`,
  },
  'semantic/tolerance-exceeds-limit': {
    'zh-CN': (p) =>
      `容缺补交期限（${s(p.days)} 个工作日）不能超过承诺办结时限（${s(p.promised)} 个工作日）。`,
    en: (p) =>
      `The tolerance period (${s(p.days)} working days) exceeds the promised limit (${s(p.promised)}).`,
  },
  'semantic/tolerance-without-tolerable': {
    'zh-CN': (p) => `材料“${s(p.id)}”设置了容缺补交期限，但没有声明可容缺受理（tolerable: true）。`,
    en: (p) => `Material "${s(p.id)}" sets toleranceDays but is not tolerable (tolerable: true).`,
  },
  'semantic/unknown-delivery-method': {
    'zh-CN': (p) =>
      `未知的送达方式“${s(p.method)}”，应为 window（窗口领取）、post（邮寄）或 electronic（电子送达）${zhDidYouMean(p)}`,
    en: (p) => `Unknown delivery method "${s(p.method)}"; use window, post or electronic${enDidYouMean(p)}`,
  },
  'semantic/delivery-needs-post': {
    'zh-CN': () => '邮寄送达（post）需要在办理渠道中开通邮寄（channels.post: true）。',
    en: () => 'Delivery by post needs channels.post: true.',
  },
  'semantic/delivery-needs-online': {
    'zh-CN': () => '电子送达（electronic）需要开通网上办理（channels.online: true）。',
    en: () => 'Electronic delivery needs channels.online: true.',
  },
  'semantic/max-visits-over-one': {
    'zh-CN': (p) => `到现场次数为 ${s(p.value)}，不符合“最多跑一次”（不超过 1 次）。`,
    en: (p) => `${s(p.value)} visits breaks "at most one visit" (最多跑一次).`,
  },
  'semantic/max-visits-note-missing': {
    'zh-CN': () => '需要到现场办理时，请在 maxVisitsNote 中说明原因（如 现场采集人像）。',
    en: () => 'When a visit is needed, give the reason in maxVisitsNote (e.g. taking a photo on site).',
  },
  // Catalog
  'catalog/duplicate-id': {
    'zh-CN': (p) => `事项标识“${s(p.id)}”在目录中重复（另见 ${s(p.other)}）。`,
    en: (p) => `Item id "${s(p.id)}" appears twice in the catalog (see also ${s(p.other)}).`,
  },
  'catalog/code-name-mismatch': {
    'zh-CN': (p) =>
      `同一实施编码“${s(p.code)}”对应了不同的事项名称：“${s(p.name)}”与“${s(p.otherName)}”（${s(p.other)}）。同一事项同一编码、名称一致。`,
    en: (p) =>
      `Implementation code "${s(p.code)}" has two names: "${s(p.name)}" and "${s(p.otherName)}" (${s(p.other)}). One code, one name.`,
  },
  'catalog/name-code-mismatch': {
    'zh-CN': (p) =>
      `事项名称“${s(p.name)}”对应了不同的实施编码：“${s(p.code)}”与“${s(p.otherCode)}”（${s(p.other)}）。`,
    en: (p) =>
      `Item name "${s(p.name)}" has two implementation codes: "${s(p.code)}" and "${s(p.otherCode)}" (${s(p.other)}).`,
  },
};

/**
 * The message for a diagnostic code in a language.
 *
 * @example
 * specDiagnosticMessage('semantic/duplicate-material-id', { id: 'idCard', first: '/materials/0' }, 'en');
 */
export function specDiagnosticMessage(code: string, params: MessageParams, lang: Lang): string {
  const entry = SPEC_DIAGNOSTIC_MESSAGES[code];
  if (!entry) return code;
  // Field titles come in both languages: `title` (zh-CN) and `titleEn`.
  return entry[lang](lang === 'en' ? { ...params, title: params.titleEn ?? params.title } : params);
}
