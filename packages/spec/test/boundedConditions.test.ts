import jsonLogic from 'json-logic-js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { assertConditionAllowed } from '../src/conditionOperations.js';
import { evaluateCondition, type ServiceItemSpec, SpecError, validateSpec } from '../src/index.js';
import { positionOf, textOf, validSpec, withCode } from './helpers.js';

/**
 * `all` over ten literal items, nested `levels` times, with a body that is always true: json-logic-js visits
 * 10^levels items. Seven levels took 3.4 s here, eight (278 bytes) about 35 s (issue 12, point 3).
 */
function nestedAll(levels: number): Record<string, unknown> {
  let body: Record<string, unknown> = { '!=': [{ var: '' }, -1] };
  for (let level = 0; level < levels; level++) body = { all: [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], body] };
  return body;
}

/** A condition nested `depth` levels of `!` deep. */
function nestedNot(depth: number): Record<string, unknown> {
  let logic: Record<string, unknown> = { var: 'applicant.byAgent' };
  for (let level = 0; level < depth; level++) logic = { '!': [logic] };
  return logic;
}

/** The fixture with material 4 required under a condition. */
function withCondition(when: unknown): ServiceItemSpec {
  const spec = validSpec();
  const material = spec.materials[4];
  if (!material) throw new Error('no material 4');
  material.required = { when: when as Record<string, unknown> };
  return spec;
}

/** What evaluateCondition throws, with json-logic-js made to fail loudly if the guard lets it run. */
function thrownBeforeEvaluating(logic: unknown, data: unknown = {}): unknown {
  const apply = vi.spyOn(jsonLogic, 'apply').mockImplementation(() => {
    throw new Error('json-logic-js was asked to evaluate a condition the guard should have refused');
  });
  try {
    evaluateCondition(logic as Record<string, unknown>, data);
  } catch (error) {
    return error;
  } finally {
    expect(apply).not.toHaveBeenCalled();
    apply.mockRestore();
  }
  return undefined;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a condition that would take exponential time', () => {
  const slow = nestedAll(8);

  test('is refused by validate, pointing into the condition', () => {
    const spec = withCondition(slow);
    const result = validateSpec(spec);
    expect(result.ok).toBe(false);
    const [diagnostic] = withCode(result.diagnostics, 'semantic/condition-too-costly');
    expect(diagnostic?.severity).toBe('error');
    // The innermost part that is already too costly: 10^5 items under five levels of `all`.
    expect(diagnostic?.pointer).toBe('/materials/4/required/when/all/1/all/1/all/1/all');
    expect({ line: diagnostic?.line, column: diagnostic?.column }).toEqual(
      positionOf(textOf(spec), '"all"', { occurrence: 4 }),
    );
    expect(diagnostic?.message).toContain('100,000');
    const [en] = withCode(validateSpec(spec, { lang: 'en' }).diagnostics, 'semantic/condition-too-costly');
    expect(en?.message).toContain('100,000');
  });

  test('is refused by evaluateCondition with a SpecError before json-logic-js runs', () => {
    const thrown = thrownBeforeEvaluating(slow);
    expect(thrown).toBeInstanceOf(SpecError);
    expect((thrown as SpecError).code).toBe('condition/too-costly');
    expect((thrown as SpecError).details.pointer).toBe('/all/1/all/1/all/1/all');
  });

  test('the same shape with fewer levels is fine and evaluates', () => {
    expect(validateSpec(withCondition(nestedAll(3))).diagnostics).toEqual([]);
    expect(evaluateCondition(nestedAll(3), {})).toBe(true);
  });

  test('merging the current item with itself inside nested iterations multiplies the work per data item', () => {
    const logic = nestedMergeIterations(6); // data nested six arrays deep: 30^6 visits for 10 items per level
    const [diagnostic] = withCode(
      validateSpec(withCondition(logic)).diagnostics,
      'semantic/condition-too-costly',
    );
    expect(diagnostic?.message).toContain('表单数据');
    expect(thrownBeforeEvaluating(logic)).toMatchObject({ code: 'condition/too-costly' });
  });

  test('a string built from 150 copies of a field is refused (its size grows 150 times the data)', () => {
    const logic = { '==': [{ cat: Array.from({ length: 150 }, () => ({ var: 'applicant.name' })) }, 'x'] };
    expect(
      withCode(validateSpec(withCondition(logic)).diagnostics, 'semantic/condition-too-costly'),
    ).toHaveLength(1);
    expect(thrownBeforeEvaluating(logic)).toMatchObject({ code: 'condition/too-costly' });
  });

  test('`in` with both sides from the form data is refused (string search takes the product of the lengths)', () => {
    const logic = { in: [{ var: 'applicant.name' }, { var: 'household.address' }] };
    const [diagnostic] = withCode(
      validateSpec(withCondition(logic)).diagnostics,
      'semantic/condition-too-costly',
    );
    expect(diagnostic?.pointer).toBe('/materials/4/required/when/in');
    expect(thrownBeforeEvaluating(logic)).toMatchObject({ code: 'condition/too-costly' });
    // One side literal: linear, allowed.
    expect(
      evaluateCondition({ in: ['张', { var: 'applicant.name' }] }, { applicant: { name: '张三' } }),
    ).toBe(true);
    expect(evaluateCondition({ in: [{ var: 'area' }, ['城镇', '农村']] }, { area: '农村' })).toBe(true);
  });
});

/** `some` over three copies of the current item, nested: each level triples the items the next one visits. */
function nestedMergeIterations(levels: number): unknown {
  let body: unknown = { '==': [{ var: '' }, 1] };
  for (let level = 0; level < levels; level++)
    body = { some: [{ merge: [{ var: '' }, { var: '' }, { var: '' }] }, body] };
  return body;
}

describe('deeply nested conditions', () => {
  test("a condition nested 100 deep (within the spec's nesting limit) is refused by validate with a located error", () => {
    const spec = withCondition(nestedNot(100));
    const result = validateSpec(spec);
    expect(result.ok).toBe(false);
    const [diagnostic] = withCode(result.diagnostics, 'semantic/condition-too-deep');
    expect(diagnostic?.pointer.startsWith('/materials/4/required/when/!/0/!/0/')).toBe(true);
    expect(diagnostic?.message).toContain('32');
  });

  test('a condition nested 2,000 deep is refused by validate before any rule walks it (json/too-deep)', () => {
    const result = validateSpec(withCondition(nestedNot(2000)));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['json/too-deep']);
    expect(result.diagnostics[0]?.pointer.startsWith('/materials/4/required/when/!/0/!/0/')).toBe(true);
  });

  test('evaluateCondition refuses it with a SpecError, not a RangeError', () => {
    const thrown = thrownBeforeEvaluating(nestedNot(2000));
    expect(thrown).toBeInstanceOf(SpecError);
    expect((thrown as SpecError).code).toBe('condition/too-deep');
  });

  test('a million levels are refused as quickly (the walk is iterative and stops at the limit)', () => {
    expect(() => assertConditionAllowed(nestedNot(1_000_000))).toThrowError(
      expect.objectContaining({ code: 'condition/too-deep' }),
    );
  });

  test('ordinary nesting (15 levels) passes', () => {
    expect(validateSpec(withCondition(nestedNot(15))).diagnostics).toEqual([]);
    expect(evaluateCondition(nestedNot(15), { applicant: { byAgent: true } })).toBe(false);
  });

  test('too many nodes are refused', () => {
    const huge = {
      or: Array.from({ length: 400 }, (_, index) => ({ '==': [{ var: 'household.size' }, index] })),
    };
    const [diagnostic] = withCode(
      validateSpec(withCondition(huge)).diagnostics,
      'semantic/condition-too-large',
    );
    expect(diagnostic?.pointer).toBe('/materials/4/required/when');
    expect(thrownBeforeEvaluating(huge)).toMatchObject({ code: 'condition/too-large' });
  });
});

describe('data paths are literal', () => {
  test.each([
    ['a computed var path', { var: { cat: ['__pro', 'to__'] } }, '/var'],
    ['a computed path in the array form', { var: [{ cat: ['constr', 'uctor'] }] }, '/var/0'],
    ['an array as the path', { var: [['constructor']] }, '/var/0'],
    ['a computed missing key', { missing: [{ cat: ['applicant.', 'name'] }] }, '/missing/0'],
    [
      'a computed missing_some list',
      { missing_some: [1, { merge: [['applicant.name']] }] },
      '/missing_some/1',
    ],
  ])('%s is refused by validate and by evaluateCondition', (_label, logic, pointer) => {
    const [diagnostic] = withCode(
      validateSpec(withCondition(logic)).diagnostics,
      'semantic/condition-computed-path',
    );
    expect(diagnostic?.pointer).toBe(`/materials/4/required/when${pointer}`);
    expect(thrownBeforeEvaluating(logic, { applicant: {} })).toMatchObject({
      code: 'condition/computed-path',
    });
  });

  test.each([
    [{ missing: ['constructor'] }],
    [{ missing_some: [1, ['__proto__']] }],
    [{ '==': [{ var: 'toString' }, 1] }],
  ])('names that reach into prototypes are refused in missing and missing_some too: %j', (logic) => {
    expect(thrownBeforeEvaluating(logic)).toMatchObject({ code: 'condition/forbidden-path' });
  });

  test('numbers and literal strings (with a default) still work', () => {
    expect(evaluateCondition({ '==': [{ var: 1 }, 'b'] }, ['a', 'b'])).toBe(true);
    expect(evaluateCondition({ '==': [{ var: ['members.length', 0] }, 2] }, { members: [1, 2] })).toBe(true);
    expect(evaluateCondition({ missing_some: [1, ['a', 'b']] }, { a: 1 })).toEqual(false);
  });
});
