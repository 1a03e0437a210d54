import { describe, expect, test } from 'vitest';
import { type ServiceItemSpec, validateSpec } from '../src/index.js';
import { positionOf, textOf, validSpec, withCode } from './helpers.js';

type Mutable = ServiceItemSpec & Record<string, unknown>;

interface RuleCase {
  code: string;
  mutate: (spec: Mutable) => void;
  pointer: string;
  /** Where the diagnostic must point: a needle in JSON.stringify(spec, null, 2), and the part of it. */
  where: { needle: string; occurrence?: number; at?: string };
  /** Facts the zh-CN and en messages must mention. */
  zh: string[];
  en: string[];
  severity?: 'error' | 'warning';
}

const stage = (spec: Mutable, index: number) => {
  const found = spec.flow.stages[index];
  if (!found) throw new Error(`no stage ${index}`);
  return found;
};
const material = (spec: Mutable, index: number) => {
  const found = spec.materials[index];
  if (!found) throw new Error(`no material ${index}`);
  return found;
};
const escalation = {
  level: '4' as const,
  department: '兴隆台区民政局',
  preliminaryDays: 5,
  superiorDays: 10,
};

const cases: RuleCase[] = [
  {
    code: 'semantic/duplicate-material-id',
    mutate: (s) => {
      material(s, 1).id = 'application';
    },
    pointer: '/materials/1/id',
    where: { needle: '"id": "application"', occurrence: 2, at: '"application"' },
    zh: ['材料标识', 'application', '/materials/0/id'],
    en: ['Material id "application"', '/materials/0/id'],
  },
  {
    code: 'semantic/duplicate-stage-id',
    mutate: (s) => {
      stage(s, 1).id = 'review';
    },
    pointer: '/flow/stages/1/id',
    where: { needle: '"id": "review"', occurrence: 2, at: '"review"' },
    zh: ['环节标识', 'review'],
    en: ['Stage id "review"'],
  },
  {
    code: 'semantic/duplicate-step-id',
    mutate: (s) => {
      const step = s.form.steps[1];
      if (step) step.id = 'applicant';
    },
    pointer: '/form/steps/1/id',
    where: { needle: '"id": "applicant"', occurrence: 2, at: '"applicant"' },
    zh: ['步骤标识', 'applicant'],
    en: ['Step id "applicant"'],
  },
  {
    code: 'semantic/condition-unknown-field',
    mutate: (s) => {
      material(s, 4).required = { when: { '==': [{ var: 'applicant.byAgnt' }, true] } };
    },
    pointer: '/materials/4/required/when/==/0/var',
    where: { needle: '"var": "applicant.byAgnt"', at: '"applicant.byAgnt"' },
    zh: ['applicant.byAgnt', '是否想写“applicant.byAgent”'],
    en: ['"applicant.byAgnt"', 'Did you mean "applicant.byAgent"?'],
  },
  {
    code: 'semantic/condition-forbidden-operation',
    mutate: (s) => {
      material(s, 4).required = { when: { method: [{ var: 'applicant.name' }, 'toUpperCase'] } };
    },
    pointer: '/materials/4/required/when/method',
    where: { needle: '"method"' },
    zh: ['不允许使用运算“method”'],
    en: ['Operation "method" is not allowed'],
  },
  {
    code: 'semantic/condition-forbidden-path',
    mutate: (s) => {
      material(s, 4).required = { when: { var: 'applicant.constructor' } };
    },
    pointer: '/materials/4/required/when/var',
    where: { needle: '"var": "applicant.constructor"', at: '"applicant.constructor"' },
    zh: ['不能引用“applicant.constructor”'],
    en: ['may not reference "applicant.constructor"'],
  },
  {
    code: 'semantic/form-schema-unresolved-ref',
    mutate: (s) => {
      (s.form.schema.properties as Record<string, unknown>).bankAccount = {
        $ref: '#/definitions/bankAccount',
      };
    },
    pointer: '/form/schema/properties/bankAccount/$ref',
    where: { needle: '"$ref": "#/definitions/bankAccount"', at: '"#/' },
    zh: ['#/definitions/bankAccount', '无法解析'],
    en: ['"#/definitions/bankAccount" cannot be resolved'],
  },
  {
    code: 'semantic/form-schema-invalid',
    mutate: (s) => {
      (s.form.schema.properties as Record<string, unknown>).bankAccount = {
        type: 'string',
        pattern: '^\\d{12,19',
      };
    },
    pointer: '/form/schema/properties/bankAccount/pattern',
    where: { needle: '"pattern": "^\\\\d{12,19"', at: '"^' },
    zh: ['表单模式无法使用', '^\\d{12,19'],
    en: ['The form schema cannot be used'],
  },
  {
    code: 'semantic/ui-schema-unknown-field',
    mutate: (s) => {
      (s.form.uiSchema as Record<string, unknown>).applicnt = { 'ui:disabled': true };
    },
    pointer: '/form/uiSchema/applicnt',
    where: { needle: '"applicnt"' },
    zh: ['“applicnt”不是表单的顶层字段', '是否想写“applicant”'],
    en: ['"applicnt" is not a top-level form field', 'Did you mean "applicant"?'],
  },
  {
    code: 'semantic/step-unknown-field',
    mutate: (s) => {
      const step = s.form.steps[1];
      if (step) step.fields = ['household', 'bankAccount', 'bankAcount'];
    },
    pointer: '/form/steps/1/fields/2',
    where: { needle: '"bankAcount"' },
    zh: ['“bankAcount”不是表单的顶层字段', '是否想写“bankAccount”'],
    en: ['Step field "bankAcount"', 'Did you mean "bankAccount"?'],
  },
  {
    code: 'semantic/step-duplicate-field',
    mutate: (s) => {
      const step = s.form.steps[1];
      if (step) step.fields = ['household', 'bankAccount', 'applicant'];
    },
    pointer: '/form/steps/1/fields/2',
    where: { needle: '"bankAccount",\n          "applicant"', at: '"applicant"' },
    zh: ['“applicant”出现在多个步骤中', '/form/steps/0/fields/0'],
    en: ['"applicant" appears in more than one step'],
  },
  {
    code: 'semantic/step-missing-field',
    mutate: (s) => {
      const step = s.form.steps[1];
      if (step) step.fields = ['household'];
    },
    pointer: '/form/steps',
    where: { needle: '"steps": [', at: '[' },
    zh: ['“bankAccount”没有出现在任何步骤中'],
    en: ['"bankAccount" is in no step'],
  },
  {
    code: 'semantic/escalation-missing',
    mutate: (s) => {
      s.mode = 'escalated';
      stage(s, 3).decision = false;
    },
    pointer: '/flow',
    where: { needle: '"flow": {', at: '{' },
    zh: ['上报件', 'flow.escalation'],
    en: ['escalated item needs flow.escalation'],
  },
  {
    code: 'semantic/escalation-not-allowed',
    mutate: (s) => {
      s.flow.escalation = escalation;
    },
    pointer: '/flow/escalation',
    where: { needle: '"escalation": {', at: '{' },
    zh: ['只有上报件', 'promised'],
    en: ['Only escalated items', 'promised'],
  },
  {
    code: 'semantic/instant-promised-limit',
    mutate: (s) => {
      s.mode = 'instant';
      s.flow.stages = [];
    },
    pointer: '/timeLimit/promised',
    where: { needle: '"promised": 20', at: '20' },
    zh: ['即办件的承诺办结时限应为 0', '20'],
    en: ['promised limit must be 0', '20'],
  },
  {
    code: 'semantic/instant-has-stages',
    mutate: (s) => {
      s.mode = 'instant';
      s.timeLimit.promised = 0;
    },
    pointer: '/flow/stages',
    where: { needle: '"stages": [', at: '[' },
    zh: ['即办件', '不能有后台办理环节'],
    en: ['flow.stages must be empty'],
  },
  {
    code: 'semantic/promised-exceeds-legal',
    mutate: (s) => {
      s.timeLimit.promised = 40;
    },
    pointer: '/timeLimit/promised',
    where: { needle: '"promised": 40', at: '40' },
    zh: ['承诺办结时限（40 个工作日）', '法定办结时限（30 个工作日）'],
    en: ['(40 working days)', 'legal limit (30)'],
  },
  {
    code: 'semantic/stage-days-exceed-limit',
    mutate: (s) => {
      stage(s, 1).days = 15; // 5 + 15 + 5 counted; the 7-day public notice is not counted
    },
    pointer: '/flow/stages',
    where: { needle: '"stages": [', at: '[' },
    zh: ['共 25 个工作日', 'review 5 + survey 15 + decide 5', '承诺办结时限 20'],
    en: ['25 working days', 'promised 20'],
  },
  {
    code: 'semantic/decision-stage-missing',
    mutate: (s) => {
      stage(s, 3).decision = false;
    },
    pointer: '/flow/stages',
    where: { needle: '"stages": [', at: '[' },
    zh: ['承诺件须有一个作出决定的环节'],
    en: ['needs one decision stage'],
  },
  {
    code: 'semantic/decision-stage-multiple',
    mutate: (s) => {
      stage(s, 0).decision = true;
    },
    pointer: '/flow/stages/3/decision',
    where: { needle: '"decision": true', occurrence: 2, at: 'true' },
    zh: ['只能有一个决定环节', '“decide”是第二个', '“review”'],
    en: ['"decide" is a second one'],
  },
  {
    code: 'semantic/decision-stage-not-last',
    mutate: (s) => {
      stage(s, 3).decision = false;
      stage(s, 1).decision = true;
    },
    pointer: '/flow/stages/1/decision',
    where: { needle: '"decision": true', at: 'true' },
    zh: ['决定环节“survey”须是最后一个环节'],
    en: ['"survey" must be the last stage'],
  },
  {
    code: 'semantic/escalated-decision-stage',
    mutate: (s) => {
      s.mode = 'escalated';
      s.timeLimit.promised = 30;
      s.flow.escalation = escalation;
    },
    pointer: '/flow/stages/3/decision',
    where: { needle: '"decision": true', at: 'true' },
    zh: ['上级部门作出决定', '“decide”'],
    en: ['the superior decides', '"decide"'],
  },
  {
    code: 'semantic/tolerance-exceeds-limit',
    mutate: (s) => {
      material(s, 3).toleranceDays = 25;
    },
    pointer: '/materials/3/toleranceDays',
    where: { needle: '"toleranceDays": 25', at: '25' },
    zh: ['容缺补交期限（25 个工作日）', '承诺办结时限（20 个工作日）'],
    en: ['(25 working days)', 'promised limit (20)'],
  },
  {
    code: 'semantic/tolerance-without-tolerable',
    mutate: (s) => {
      material(s, 3).tolerable = false;
    },
    pointer: '/materials/3/toleranceDays',
    where: { needle: '"toleranceDays": 5', at: '5' },
    zh: ['材料“incomeProof”', 'tolerable: true'],
    en: ['Material "incomeProof"', 'not tolerable'],
  },
  {
    code: 'semantic/unknown-delivery-method',
    mutate: (s) => {
      const output = s.outputs[0];
      if (output) output.delivery = ['windw'];
    },
    pointer: '/outputs/0/delivery/0',
    where: { needle: '"windw"' },
    zh: ['未知的送达方式“windw”', '是否想写“window”'],
    en: ['Unknown delivery method "windw"', 'Did you mean "window"?'],
  },
  {
    code: 'semantic/delivery-needs-post',
    mutate: (s) => {
      const output = s.outputs[0];
      if (output) output.delivery = ['window', 'post'];
    },
    pointer: '/outputs/0/delivery/1',
    where: { needle: '"post"', occurrence: 2 }, // the first "post" is channels.post
    zh: ['邮寄送达', 'channels.post'],
    en: ['Delivery by post needs channels.post'],
  },
  {
    code: 'semantic/delivery-needs-online',
    mutate: (s) => {
      s.channels.online = false;
      delete s.channels.onlineDepth;
    },
    pointer: '/outputs/0/delivery/1',
    where: { needle: '"electronic"', occurrence: 4 }, // materials 0, 1 and 5 come in electronic form too
    zh: ['电子送达', 'channels.online'],
    en: ['Electronic delivery needs channels.online'],
  },
  {
    code: 'semantic/max-visits-over-one',
    mutate: (s) => {
      s.maxVisits = 2;
      s.maxVisitsNote = '现场采集人像并核验原件';
    },
    pointer: '/maxVisits',
    where: { needle: '"maxVisits": 2', at: '2' },
    zh: ['到现场次数为 2', '最多跑一次'],
    en: ['2 visits', '最多跑一次'],
    severity: 'warning',
  },
  {
    code: 'semantic/max-visits-note-missing',
    mutate: (s) => {
      s.maxVisits = 1;
    },
    pointer: '/maxVisits',
    where: { needle: '"maxVisits": 1', at: '1' },
    zh: ['maxVisitsNote', '说明原因'],
    en: ['give the reason in maxVisitsNote'],
    severity: 'warning',
  },
];

describe('semantic rules', () => {
  test('the fixture breaks none of them', () => {
    expect(validateSpec(validSpec()).diagnostics).toEqual([]);
  });

  test.each(cases)('$code', (rule) => {
    const spec = validSpec() as Mutable;
    rule.mutate(spec);
    const zh = withCode(validateSpec(spec).diagnostics, rule.code);
    const en = withCode(validateSpec(spec, { lang: 'en' }).diagnostics, rule.code);
    expect(zh).toHaveLength(1);
    const [diagnostic] = zh;
    expect(diagnostic?.pointer).toBe(rule.pointer);
    expect(diagnostic?.severity).toBe(rule.severity ?? 'error');
    const { needle, ...where } = rule.where;
    expect({ line: diagnostic?.line, column: diagnostic?.column }).toEqual(
      positionOf(textOf(spec), needle, where),
    );
    for (const fact of rule.zh) expect(diagnostic?.message).toContain(fact);
    for (const fact of rule.en) expect(en[0]?.message).toContain(fact);
    expect(en[0]?.pointer).toBe(rule.pointer);
  });

  test('warnings alone keep the spec valid', () => {
    const spec = validSpec();
    spec.maxVisits = 2;
    const result = validateSpec(spec);
    expect(result.diagnostics.map((d) => d.code)).toEqual([
      'semantic/max-visits-over-one',
      'semantic/max-visits-note-missing',
    ]);
    expect(result.ok).toBe(true);
    expect(result.spec).toBe(spec);
  });

  test('stage days: non-counted stages are left out, counted ones (default) are summed', () => {
    const spec = validSpec() as Mutable;
    // 5 + 10 + 5 = 20 fits; counting the 7-day public notice makes 27
    expect(withCode(validateSpec(spec).diagnostics, 'semantic/stage-days-exceed-limit')).toEqual([]);
    delete stage(spec, 2).counted;
    const [diagnostic] = withCode(validateSpec(spec).diagnostics, 'semantic/stage-days-exceed-limit');
    expect(diagnostic?.message).toContain('共 27 个工作日');
  });

  test('escalated items: 初审 stages fit within preliminaryDays, both levels within the promised limit (the engine’s clockLevels)', () => {
    const spec = validSpec() as Mutable;
    spec.mode = 'escalated';
    stage(spec, 3).decision = false;
    spec.flow.escalation = { ...escalation, preliminaryDays: 3, superiorDays: 10 };
    spec.timeLimit.promised = 30;
    // the counted 初审 stages (5 + 10 + 5 = 20) do not fit the town's 3 days
    const [local] = withCode(validateSpec(spec).diagnostics, 'semantic/stage-days-exceed-limit');
    expect(local?.message).toContain('共 20 个工作日');
    expect(local?.message).toContain('超过初审上报时限 3 个工作日');
    expect(local?.pointer).toBe('/flow/escalation/preliminaryDays');
    spec.flow.escalation = { ...escalation, preliminaryDays: 25, superiorDays: 10 };
    // 25 + 10 = 35 > 30
    const [levels] = withCode(validateSpec(spec).diagnostics, 'semantic/stage-days-exceed-limit');
    expect(levels?.message).toContain('preliminaryDays 25 + superiorDays 10');
    expect(levels?.message).toContain('共 35 个工作日');
    spec.timeLimit.promised = 35;
    spec.timeLimit.legal = 40;
    expect(validateSpec(spec).ok).toBe(true);
  });

  test('conditions may reference fields under $ref, dependencies and array items', () => {
    const spec = validSpec() as Mutable;
    const schema = spec.form.schema as Record<string, unknown>;
    schema.definitions = {
      member: { type: 'object', properties: { relation: { type: 'string' }, disabled: { type: 'boolean' } } },
    };
    (schema.properties as Record<string, unknown>).members = {
      type: 'array',
      items: { $ref: '#/definitions/member' },
    };
    schema.dependencies = { bankAccount: { properties: { bankName: { type: 'string' } } } };
    const step = spec.form.steps[1];
    if (step) step.fields = ['household', 'bankAccount', 'members', 'bankName'];
    material(spec, 5).required = {
      when: {
        or: [
          { '==': [{ var: 'members.0.disabled' }, true] },
          { some: [{ var: 'members' }, { var: 'disabled' }] }, // inner var names an item field
          { missing: ['bankName'] },
        ],
      },
    };
    expect(validateSpec(spec).diagnostics).toEqual([]);
  });

  test('semantic rules do not run while the schema fails', () => {
    const spec = validSpec() as Mutable;
    material(spec, 1).id = 'application'; // semantic problem
    spec.revision = ''; // schema problem
    const codes = validateSpec(spec).diagnostics.map((d) => d.code);
    expect(codes).toEqual(['schema/min-length']);
  });
});
