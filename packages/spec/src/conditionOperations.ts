import { toJsonPointer } from './jsonPointer.js';
import { SpecError } from './SpecError.js';

/** The JSON Logic operations a spec condition may use. Everything else (e.g. `method`) is refused. */
export const ALLOWED_CONDITION_OPERATIONS: ReadonlySet<string> = new Set([
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
]);

/** Path segments that would reach into an object's prototype instead of form data. */
const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'prototype', 'constructor']);

/** One operation node found while walking a condition. */
export interface ConditionNode {
  operation: string;
  args: unknown;
  /** JSON pointer of the node relative to the condition root. */
  pointer: string;
}

/**
 * A JSON Logic rule: a plain object with exactly one key (the operation).
 *
 * @example
 * isLogicNode({ var: 'a' }); // true
 * isLogicNode({ a: 1, b: 2 }); // false (data, not a rule)
 */
export function isLogicNode(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1
  );
}

/**
 * Visits every operation node of a condition, depth first, with its pointer.
 *
 * @example
 * [...walkCondition({ '==': [{ var: 'a' }, 1] })].map((n) => n.operation); // ['==', 'var']
 */
export function* walkCondition(logic: unknown, pointer = ''): Generator<ConditionNode> {
  if (Array.isArray(logic)) {
    for (const [index, item] of logic.entries()) yield* walkCondition(item, `${pointer}/${index}`);
    return;
  }
  if (!isLogicNode(logic)) return;
  const operation = Object.keys(logic)[0] as string;
  const args = logic[operation];
  const nodePointer = `${pointer}${toJsonPointer([operation])}`;
  yield { operation, args, pointer };
  yield* walkCondition(args, nodePointer);
}

/**
 * Throws a SpecError unless every operation in the condition is whitelisted and no `var` path reaches into
 * prototypes. Run before handing a condition to json-logic-js.
 *
 * @example
 * assertConditionAllowed({ '==': [{ var: 'applicant.byAgent' }, true] }); // passes
 * assertConditionAllowed({ method: [{ var: 'name' }, 'toUpperCase'] });   // throws SpecError 'condition/forbidden-operation'
 */
export function assertConditionAllowed(logic: unknown): void {
  for (const node of walkCondition(logic)) {
    if (!ALLOWED_CONDITION_OPERATIONS.has(node.operation)) {
      throw new SpecError(
        'condition/forbidden-operation',
        `条件中不允许使用运算“${node.operation}”。Operation "${node.operation}" is not allowed in a condition.`,
        { operation: node.operation, pointer: node.pointer },
      );
    }
    if (node.operation === 'var') {
      const path = Array.isArray(node.args) ? node.args[0] : node.args;
      if (typeof path === 'string' && path.split('.').some((segment) => FORBIDDEN_SEGMENTS.has(segment))) {
        throw new SpecError(
          'condition/forbidden-path',
          `条件不能引用“${path}”。A condition may not reference "${path}".`,
          { path, pointer: node.pointer },
        );
      }
    }
  }
}
