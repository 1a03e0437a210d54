import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { evaluateCondition, type JsonLogic, SpecError } from '../src/index.js';

// Regression tests: form data such as {"indexOf": 1} on the right of `in` made json-logic-js throw a
// TypeError ("b.indexOf is not a function"), so an applicant could make SUBMIT throw. Objects whose own
// keys shadow what JavaScript calls to compare or join them (toString, valueOf) did the same for ==, <, +,
// cat … Evaluation never throws on form data: a condition that cannot be evaluated on it is false.

const HOSTILE_OBJECTS: Record<string, unknown>[] = [
  { indexOf: 1 },
  { toString: 1 },
  { valueOf: 1, toString: 1 },
  { toString: {} },
];

describe('form data cannot make a condition throw', () => {
  test.each(HOSTILE_OBJECTS)('%j on the right of "in" is not in it', (value) => {
    expect(evaluateCondition({ in: ['a', { var: 'x' }] }, { x: value })).toBe(false);
  });

  test.each([
    { '==': [{ var: 'x' }, 'a'] },
    { '!=': [{ var: 'x' }, 'a'] },
    { '<': [{ var: 'x' }, 3] },
    { '>=': [{ var: 'x' }, 3] },
    { '==': [{ '+': [{ var: 'x' }, 1] }, 2] },
    { '==': [{ cat: ['a', { var: 'x' }] }, 'ab'] },
    { in: [{ var: 'x' }, 'abc'] },
    { some: [{ var: 'list' }, { '==': [{ var: '' }, 'a'] }] },
    { '==': [{ max: [{ var: 'x' }, 1] }, 1] },
  ] as JsonLogic[])('%j with an object that cannot become a primitive is false', (logic) => {
    const data = { x: { toString: 1, valueOf: 1 }, list: [{ toString: 1, valueOf: 1 }] };
    expect(evaluateCondition(logic, data)).toBe(false);
  });

  test('a negated condition that cannot be evaluated is false too (the whole condition, not its part)', () => {
    expect(evaluateCondition({ '!': { in: ['a', { var: 'x' }] } }, { x: { indexOf: 1 } })).toBe(false);
  });

  test('a forbidden condition is still refused: that is the spec, not the data', () => {
    expect(() => evaluateCondition({ method: [{ var: 'x' }, 'toString'] }, { x: 1 })).toThrow(SpecError);
  });

  test('property: any JSON form data, conditions over its fields, never a throw', () => {
    // JSON values whose objects use the names json-logic-js and JavaScript call on values.
    const key = fc.constantFrom('x', 'y', 'a', 'indexOf', 'toString', 'valueOf', 'length');
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 0 }),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(key, tie('value'), { maxKeys: 3 }),
      ),
    }));
    const data = fc.dictionary(key, value, { maxKeys: 5 });
    const field = fc.constantFrom('x', 'y', 'a', 'x.a', 'y.0', 'x.indexOf');
    const operand = fc.oneof(
      fc.jsonValue({ maxDepth: 1 }),
      field.map((path) => ({ var: path })),
    );
    const operator = fc.constantFrom(
      '==',
      '===',
      '!=',
      '<',
      '<=',
      '>',
      '>=',
      'in',
      'cat',
      '+',
      '-',
      '*',
      '/',
      '%',
      'min',
      'max',
      'merge',
    );
    const condition = fc
      .tuple(operator, operand, operand)
      .map(([op, left, right]) => ({ '!!': { [op]: [left, right] } }) as JsonLogic);
    fc.assert(
      fc.property(condition, data, (logic, formData) => {
        let result: unknown;
        try {
          result = evaluateCondition(logic, formData);
        } catch (error) {
          // A condition the spec may not have (e.g. "in" over two fields: quadratic) is refused whatever
          // the data: a spec error, which validate reports. Nothing else may be thrown.
          expect(error).toBeInstanceOf(SpecError);
          expect(() => evaluateCondition(logic, {})).toThrow(SpecError);
          return;
        }
        expect(typeof result).toBe('boolean');
      }),
      { numRuns: 2_000 },
    );
  });
});
