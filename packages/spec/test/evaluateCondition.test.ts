import { describe, expect, test } from 'vitest';
import { ALLOWED_CONDITION_OPERATIONS, conditionFields, evaluateCondition, SpecError } from '../src/index.js';

describe('evaluateCondition', () => {
  test('evaluates whitelisted JSON Logic over form data', () => {
    const byAgent = { '==': [{ var: 'applicant.byAgent' }, true] };
    expect(evaluateCondition(byAgent, { applicant: { byAgent: true } })).toBe(true);
    expect(evaluateCondition(byAgent, { applicant: { byAgent: false } })).toBe(false);
    expect(evaluateCondition(byAgent, {})).toBe(false);
    const large = {
      and: [{ '>=': [{ var: 'household.size' }, 3] }, { in: [{ var: 'area' }, ['城镇', '农村']] }],
    };
    expect(evaluateCondition(large, { household: { size: 4 }, area: '农村' })).toBe(true);
    expect(evaluateCondition(large, { household: { size: 2 }, area: '农村' })).toBe(false);
  });

  test('literal booleans and JSON Logic truthiness', () => {
    expect(evaluateCondition(true, {})).toBe(true);
    expect(evaluateCondition(false, { anything: 1 })).toBe(false);
    expect(evaluateCondition({ var: 'items' }, { items: [] })).toBe(false); // empty array is falsy in JSON Logic
    expect(evaluateCondition({ var: 'items' }, { items: [0] })).toBe(true);
    expect(
      evaluateCondition(
        { some: [{ var: 'members' }, { '==': [{ var: 'disabled' }, true] }] },
        {
          members: [{ disabled: false }, { disabled: true }],
        },
      ),
    ).toBe(true);
  });

  test.each([
    ['method', { method: [{ var: 'name' }, 'toUpperCase'] }],
    ['log', { log: 'x' }],
    ['nested map', { and: [true, { map: [{ var: 'list' }, { var: '' }] }] }],
    ['in an if branch', { if: [true, { substr: ['abc', 1] }, false] }],
  ])('refuses a forbidden operation (%s) before evaluating anything', (_label, logic) => {
    let thrown: unknown;
    try {
      evaluateCondition(logic, { name: 'x', list: [1] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SpecError);
    expect((thrown as SpecError).code).toBe('condition/forbidden-operation');
  });

  test('refuses var paths that reach into prototypes', () => {
    expect(() => evaluateCondition({ var: 'applicant.constructor' }, { applicant: {} })).toThrowError(
      expect.objectContaining({ code: 'condition/forbidden-path' }),
    );
  });

  test('the whitelist is the agreed one', () => {
    expect([...ALLOWED_CONDITION_OPERATIONS].sort()).toEqual(
      [
        'var',
        'missing',
        'missing_some',
        'if',
        '==',
        '===',
        '!=',
        '!==',
        '!',
        '!!',
        'or',
        'and',
        '>',
        '>=',
        '<',
        '<=',
        'in',
        'cat',
        '+',
        '-',
        '*',
        '/',
        '%',
        'min',
        'max',
        'some',
        'all',
        'none',
        'merge',
      ].sort(),
    );
  });
});

describe('conditionFields', () => {
  test('collects var, missing and missing_some paths, once each', () => {
    const logic = {
      or: [
        { '==': [{ var: 'applicant.byAgent' }, true] },
        { '>': [{ var: ['household.size', 0] }, 3] },
        { missing: ['bankAccount', 'applicant.mobile'] },
        { missing_some: [1, ['phone', 'email']] },
        { '!': { var: 'applicant.byAgent' } },
      ],
    };
    expect(conditionFields(logic)).toEqual([
      'applicant.byAgent',
      'household.size',
      'bankAccount',
      'applicant.mobile',
      'phone',
      'email',
    ]);
  });

  test('inside some/all/none only the array is a form field; the item logic names item fields', () => {
    expect(conditionFields({ all: [{ var: 'members' }, { '>': [{ var: 'age' }, 18] }] })).toEqual([
      'members',
    ]);
  });

  test('nothing to collect in literals', () => {
    expect(conditionFields(true)).toEqual([]);
    expect(conditionFields({ '==': [1, 1] })).toEqual([]);
  });
});
