import { toJsonPointer } from './jsonPointer.js';

/**
 * How big and how costly a condition may be. validateSpec reports a condition past a limit, and
 * evaluateCondition refuses it before json-logic-js sees it, so an unvalidated spec cannot freeze a form or
 * the engine either. docs/spec-rules.md explains the numbers.
 *
 * - `maxDepth`: nested objects and arrays. json-logic-js recurses once per level (2,000 levels overflowed the
 *   stack); 32 is twice the deepest condition a person writes (and/or/if of comparisons: ~10).
 * - `maxNodes`: JSON values in the condition (~20 KB of JSON); real conditions have 5–100.
 * - `maxFixedCost`: evaluation steps that do not depend on the form data. json-logic-js takes ~0.1 µs per
 *   step here, so the limit is ~10 ms; eight nested `all` over ten items (10^8 steps) took 35 s.
 * - `maxCostPerDataUnit`: steps per unit of form data (one value or one character): the cost of everything
 *   that reads, copies or searches the data grows at most this fast with it.
 */
export const CONDITION_LIMITS = {
  maxDepth: 32,
  maxNodes: 1_000,
  maxFixedCost: 100_000,
  maxCostPerDataUnit: 100,
} as const;

/** Why a condition is out of bounds, with the JSON pointer (relative to the condition) of the part at fault. */
export type ConditionBoundProblem =
  | { kind: 'too-deep'; pointer: string; limit: number }
  | { kind: 'too-large'; pointer: string; limit: number }
  | {
      kind: 'too-costly';
      pointer: string;
      /** `fixed`: too many steps whatever the data; `per-data`: too many per unit of data; `quadratic`: grows with the square of the data. */
      growth: 'fixed' | 'per-data' | 'quadratic';
      /** The estimate (rounded up) that broke the limit; absent for `quadratic`. */
      cost?: number;
      limit?: number;
    };

/**
 * The first place where a condition is nested too deeply, or the condition itself when it has too many
 * values. Walks iteratively and stops at the limits, so a condition nested a million levels deep (or a
 * cyclic object) is refused as quickly as a small one.
 *
 * @example
 * conditionShapeProblem({ '!': [{ '!': [{ var: 'a' }] }] }); // undefined
 * conditionShapeProblem(nestedAMillionLevels); // { kind: 'too-deep', pointer: '/!/0/!/0/…', limit: 32 }
 */
export function conditionShapeProblem(logic: unknown): ConditionBoundProblem | undefined {
  const stack: { value: unknown; pointer: string; depth: number }[] = [
    { value: logic, pointer: '', depth: 0 },
  ];
  let nodes = 0;
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    nodes += 1;
    if (nodes > CONDITION_LIMITS.maxNodes) {
      return { kind: 'too-large', pointer: '', limit: CONDITION_LIMITS.maxNodes };
    }
    const { value, pointer } = entry;
    if (typeof value !== 'object' || value === null) continue;
    const depth = entry.depth + 1;
    if (depth > CONDITION_LIMITS.maxDepth)
      return { kind: 'too-deep', pointer, limit: CONDITION_LIMITS.maxDepth };
    const children = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, child] of [...children].reverse()) {
      stack.push({ value: child, pointer: `${pointer}${toJsonPointer([key])}`, depth });
    }
  }
  return undefined;
}

/** `fixed + perData × (units of form data)`: an upper bound that grows at most linearly with the data. */
interface Linear {
  fixed: number;
  perData: number;
}

/** Upper bounds on a value: items if it is an array (characters if a string), and size in data units. */
interface ValueBound {
  length: Linear;
  size: Linear;
  /** Known to be an array (a literal array or `merge`): searching it compares items, not characters. */
  array: boolean;
}

/** The cost of evaluating a node and a bound on the value it yields. */
interface Estimate {
  cost: Linear;
  value: ValueBound;
}

const constant = (fixed: number): Linear => ({ fixed, perData: 0 });
const add = (...terms: Linear[]): Linear => ({
  fixed: terms.reduce((sum, term) => sum + term.fixed, 0),
  perData: terms.reduce((sum, term) => sum + term.perData, 0),
});
const scale = (factor: number, term: Linear): Linear => ({
  fixed: factor * term.fixed,
  perData: factor * term.perData,
});
const larger = (a: Linear, b: Linear): Linear => ({
  fixed: Math.max(a.fixed, b.fixed),
  perData: Math.max(a.perData, b.perData),
});
const scalar = (size: number): ValueBound => ({ length: constant(size), size: constant(size), array: false });
/** What `var` can return: any part of the data, so at most all of it. */
const DATA: ValueBound = { length: { fixed: 0, perData: 1 }, size: { fixed: 0, perData: 1 }, array: false };
/** Booleans and numbers as strings ("false", "-1.2345678901234567e+300"). */
const BOOLEAN = scalar(5);
const NUMBER = scalar(24);

/**
 * The size of a literal in data units: one per value, plus the characters of strings and keys.
 * Only called once the shape is known to be within bounds, so its recursion is at most 32 deep.
 */
function literalSize(value: unknown): number {
  if (typeof value === 'string') return Math.max(1, value.length);
  if (Array.isArray(value)) return 1 + value.reduce((sum: number, item) => sum + literalSize(item), 0);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).reduce((sum, [key, item]) => sum + key.length + literalSize(item), 1);
  return 1;
}

/** Thrown inside the estimate to stop at the first part over a limit. */
class OverLimit extends Error {
  constructor(readonly problem: ConditionBoundProblem) {
    super(problem.kind);
  }
}

const COMPARISONS = new Set(['==', '===', '!=', '!==', '>', '>=', '<', '<=']);
const ARITHMETIC = new Set(['+', '-', '*', '/', '%', 'min', 'max']);
const ITERATIONS = new Set(['some', 'all', 'none']);

/**
 * The work of `needle in haystack`. An array compares items (strict equality, each at most as long as the
 * item); a string search in V8 can take |haystack| × |needle| (a 10,000-character needle in a 1,000,000-
 * character haystack took 4 s), so both sides from the form data would grow with the square of the data.
 */
function searchCost(needle: ValueBound, haystack: ValueBound, pointer: string): Linear {
  if (haystack.array) return add(haystack.length, haystack.size);
  const n = needle.size;
  const h = haystack.size;
  if (n.perData > 0 && h.perData > 0)
    throw new OverLimit({ kind: 'too-costly', pointer, growth: 'quadratic' });
  // A haystack of fixed size h costs at most h × min(h, needle), whatever the needle.
  if (h.perData === 0) return constant(h.fixed * (n.perData > 0 ? h.fixed : Math.min(n.fixed, h.fixed)));
  return scale(n.fixed, h);
}

/**
 * Estimates a node (recursively: the shape check has bounded the depth). `pointer` is the node's own pointer
 * relative to the condition root. Iterating operations run their body once per item with the item as data,
 * so the body's cost `b0 + b1 × (item size)` summed over the items is at most `b0 × length + b1 × size`
 * of the array: still linear in the data, but multiplied by every literal or merged array it walks.
 */
function estimate(logic: unknown, pointer: string): Estimate {
  if (Array.isArray(logic)) {
    // json-logic-js evaluates every item of an array.
    const items = logic.map((item, index) => estimate(item, `${pointer}/${index}`));
    return {
      cost: add(constant(1), ...items.map((item) => item.cost)),
      value: {
        length: constant(logic.length),
        size: add(constant(1), ...items.map((item) => item.value.size)),
        array: true,
      },
    };
  }
  const isNode = typeof logic === 'object' && logic !== null && Object.keys(logic).length === 1;
  if (!isNode) return { cost: constant(1), value: scalar(literalSize(logic)) };
  const [operation, rawArgs] = Object.entries(logic)[0] as [string, unknown];
  const at = `${pointer}${toJsonPointer([operation])}`;
  const args = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
  const argAt = (index: number) => (Array.isArray(rawArgs) ? `${at}/${index}` : at);
  let result: Estimate;
  if (ITERATIONS.has(operation)) {
    // Only the array and the body are evaluated; the body sees one item at a time.
    const array = estimate(args[0], argAt(0));
    const body = estimate(args[1], argAt(1)).cost;
    const perItem = add(scale(body.fixed, array.value.length), scale(body.perData, array.value.size));
    result = { cost: add(constant(1), array.cost, perItem), value: BOOLEAN };
  } else {
    const values = args.map((arg, index) => estimate(arg, argAt(index)));
    const evaluated = add(constant(1), ...values.map((value) => value.cost));
    const sizes = add(...values.map((value) => value.value.size));
    const widest = values.reduce<ValueBound>(
      (bound, value) => ({
        length: larger(bound.length, value.value.length),
        size: larger(bound.size, value.value.size),
        array: bound.array && value.value.array,
      }),
      { length: constant(0), size: constant(0), array: values.length > 0 },
    );
    switch (operation) {
      case 'var': {
        // A literal path (checked elsewhere): one step per segment; the value is data or the default.
        const path = args[0];
        const segments =
          typeof path === 'string' || typeof path === 'number' ? String(path).split('.').length : 1;
        const fallback = values[1]?.value;
        result = {
          cost: add(evaluated, constant(segments)),
          value: fallback
            ? {
                length: larger(DATA.length, fallback.length),
                size: larger(DATA.size, fallback.size),
                array: false,
              }
            : DATA,
        };
        break;
      }
      case 'missing':
      case 'missing_some': {
        // Each key is looked up like a `var`; the result lists some of the (literal) keys.
        const keys = operation === 'missing' ? (Array.isArray(args[0]) ? args[0] : args) : args[1];
        const list = Array.isArray(keys) ? keys : [];
        const keySize = list.reduce((sum: number, key) => sum + literalSize(key), 0);
        result = {
          cost: add(evaluated, constant(2 * (list.length + keySize))),
          value: { length: constant(list.length), size: constant(list.length + keySize), array: true },
        };
        break;
      }
      case 'if':
      case 'and':
      case 'or':
        // Only some arguments run and the value is one of them; counting all is an upper bound.
        result = { cost: evaluated, value: widest };
        break;
      case '!':
      case '!!':
        result = { cost: evaluated, value: BOOLEAN };
        break;
      case 'cat':
        // Joins the arguments as strings: copies each.
        result = { cost: add(evaluated, sizes), value: { length: sizes, size: sizes, array: false } };
        break;
      case 'merge': {
        // Array#concat once per argument, each copying everything gathered so far.
        const length = add(
          ...values.map((value) => add(value.value.length, constant(value.value.array ? 0 : 1))),
        );
        result = {
          cost: add(evaluated, scale(values.length, length)),
          value: { length, size: add(sizes, constant(values.length)), array: true },
        };
        break;
      }
      case 'in': {
        const needle = values[0]?.value ?? scalar(1);
        const haystack = values[1]?.value ?? scalar(1);
        result = { cost: add(evaluated, searchCost(needle, haystack, at)), value: BOOLEAN };
        break;
      }
      default:
        // Comparisons and arithmetic convert their arguments to strings or numbers: a pass over each.
        result = {
          cost: add(evaluated, sizes),
          value: COMPARISONS.has(operation) ? BOOLEAN : ARITHMETIC.has(operation) ? NUMBER : widest,
        };
    }
  }
  const { cost } = result;
  if (cost.fixed > CONDITION_LIMITS.maxFixedCost) {
    throw new OverLimit({
      kind: 'too-costly',
      pointer: at,
      growth: 'fixed',
      cost: Math.ceil(cost.fixed),
      limit: CONDITION_LIMITS.maxFixedCost,
    });
  }
  if (cost.perData > CONDITION_LIMITS.maxCostPerDataUnit) {
    throw new OverLimit({
      kind: 'too-costly',
      pointer: at,
      growth: 'per-data',
      cost: Math.ceil(cost.perData),
      limit: CONDITION_LIMITS.maxCostPerDataUnit,
    });
  }
  return result;
}

/**
 * The innermost part of a condition whose evaluation could take more steps than the limits allow, from a
 * static upper bound on json-logic-js's work (see `estimate`). Expects a condition that passed
 * `conditionShapeProblem`.
 *
 * @example
 * conditionCostProblem({ some: [{ var: 'members' }, { '==': [{ var: 'disabled' }, true] }] }); // undefined
 * conditionCostProblem(eightNestedAllOverTenItems);
 * // { kind: 'too-costly', pointer: '/all/1/all/1/all/1/all', growth: 'fixed', cost: …, limit: 100000 }
 */
export function conditionCostProblem(logic: unknown): ConditionBoundProblem | undefined {
  try {
    estimate(logic, '');
    return undefined;
  } catch (error) {
    if (error instanceof OverLimit) return error.problem;
    throw error;
  }
}

/**
 * The first bound a condition breaks: shape (depth, size) first, then cost.
 *
 * @example
 * conditionBoundProblem({ '==': [{ var: 'applicant.byAgent' }, true] }); // undefined
 */
export function conditionBoundProblem(logic: unknown): ConditionBoundProblem | undefined {
  return conditionShapeProblem(logic) ?? conditionCostProblem(logic);
}
