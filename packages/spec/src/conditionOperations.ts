import {
  type ConditionBoundProblem,
  conditionCostProblem,
  conditionShapeProblem,
} from './conditionBounds.js';
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

/**
 * Path segments that would reach into an object's prototype instead of form data: `__proto__`, `prototype`
 * and every property of `Object.prototype` (`constructor`, `toString`, `valueOf`, …), which json-logic-js's
 * `var` would otherwise read from any object of the form data.
 */
export const FORBIDDEN_PATH_SEGMENTS: ReadonlySet<string> = new Set([
  '__proto__',
  'prototype',
  ...Object.getOwnPropertyNames(Object.prototype),
]);

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
 * Visits every operation node of a condition, depth first, with its pointer. Iterative, so a deeply nested
 * condition cannot overflow the stack.
 *
 * @example
 * [...walkCondition({ '==': [{ var: 'a' }, 1] })].map((n) => n.operation); // ['==', 'var']
 */
export function* walkCondition(logic: unknown, pointer = ''): Generator<ConditionNode> {
  const stack: { value: unknown; pointer: string }[] = [{ value: logic, pointer }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { value } = entry;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--)
        stack.push({ value: value[index], pointer: `${entry.pointer}/${index}` });
    } else if (isLogicNode(value)) {
      const operation = Object.keys(value)[0] as string;
      const args = value[operation];
      yield { operation, args, pointer: entry.pointer };
      stack.push({ value: args, pointer: `${entry.pointer}${toJsonPointer([operation])}` });
    }
  }
}

/** A data path in a condition that is computed or reaches into prototypes, with its pointer. */
export interface DataPathProblem {
  kind: 'computed-path' | 'forbidden-path';
  /** JSON pointer of the path (or of the logic computing it) relative to the condition root. */
  pointer: string;
  /** The path as written, for a forbidden one. */
  path?: string;
}

const isLiteralPath = (path: unknown): path is string | number =>
  typeof path === 'string' || typeof path === 'number';

/**
 * The problems with the data paths a `var`, `missing` or `missing_some` node reads: every path must be a
 * literal string or number (a computed one such as `{ cat: ['__pro', 'to__'] }` cannot be checked before
 * it runs), and none may name a prototype property.
 *
 * @example
 * dataPathProblems({ operation: 'var', args: { cat: ['a', 'b'] }, pointer: '' });
 * // [{ kind: 'computed-path', pointer: '/var' }]
 */
export function dataPathProblems(node: ConditionNode): DataPathProblem[] {
  const at = `${node.pointer}${toJsonPointer([node.operation])}`;
  const { args } = node;
  let paths: { path: unknown; pointer: string }[];
  if (node.operation === 'var') {
    paths = Array.isArray(args) ? [{ path: args[0], pointer: `${at}/0` }] : [{ path: args, pointer: at }];
  } else if (node.operation === 'missing') {
    paths = Array.isArray(args)
      ? args.map((path, index) => ({ path, pointer: `${at}/${index}` }))
      : [{ path: args, pointer: at }];
  } else if (node.operation === 'missing_some') {
    const list = Array.isArray(args) ? args[1] : undefined;
    if (!Array.isArray(list))
      return [{ kind: 'computed-path', pointer: Array.isArray(args) ? `${at}/1` : at }];
    paths = list.map((path, index) => ({ path, pointer: `${at}/1/${index}` }));
  } else {
    return [];
  }
  const problems: DataPathProblem[] = [];
  for (const { path, pointer } of paths) {
    if (!isLiteralPath(path)) problems.push({ kind: 'computed-path', pointer });
    else if (
      String(path)
        .split('.')
        .some((segment) => FORBIDDEN_PATH_SEGMENTS.has(segment))
    )
      problems.push({ kind: 'forbidden-path', pointer, path: String(path) });
  }
  return problems;
}

/** The SpecError for a condition past one of its bounds (see CONDITION_LIMITS). */
function boundError(problem: ConditionBoundProblem): SpecError {
  const details = { ...problem };
  switch (problem.kind) {
    case 'too-deep':
      return new SpecError(
        'condition/too-deep',
        `条件嵌套超过 ${problem.limit} 层。A condition may nest at most ${problem.limit} levels.`,
        details,
      );
    case 'too-large':
      return new SpecError(
        'condition/too-large',
        `条件超过 ${problem.limit} 个值。A condition may have at most ${problem.limit} values.`,
        details,
      );
    case 'too-costly':
      return new SpecError(
        'condition/too-costly',
        `条件求值的代价超出上限（${problem.pointer}）。The condition could take too long to evaluate (${problem.pointer}).`,
        details,
      );
  }
}

/**
 * Throws a SpecError unless the condition is within its bounds (depth, size, cost: `condition/too-deep`,
 * `condition/too-large`, `condition/too-costly`), every operation is whitelisted
 * (`condition/forbidden-operation`) and every data path is a literal (`condition/computed-path`) that does
 * not reach into prototypes (`condition/forbidden-path`). Runs before a condition is handed to json-logic-js,
 * in time linear in the condition (at most CONDITION_LIMITS.maxNodes values are looked at).
 *
 * @example
 * assertConditionAllowed({ '==': [{ var: 'applicant.byAgent' }, true] }); // passes
 * assertConditionAllowed({ method: [{ var: 'name' }, 'toUpperCase'] });   // throws SpecError 'condition/forbidden-operation'
 */
export function assertConditionAllowed(logic: unknown): void {
  // A condition object that passed once passes again (spec objects are not changed in place): the walk and
  // the cost estimate cost more than the evaluation of most conditions, and SUBMIT/ACCEPT evaluate them all.
  const cacheable = typeof logic === 'object' && logic !== null;
  if (cacheable && allowedConditions.has(logic)) return;
  checkConditionAllowed(logic);
  if (cacheable) allowedConditions.add(logic);
}

/** Condition objects already checked by {@link assertConditionAllowed}. */
const allowedConditions = new WeakSet<object>();

function checkConditionAllowed(logic: unknown): void {
  const shape = conditionShapeProblem(logic);
  if (shape) throw boundError(shape);
  for (const node of walkCondition(logic)) {
    if (!ALLOWED_CONDITION_OPERATIONS.has(node.operation)) {
      throw new SpecError(
        'condition/forbidden-operation',
        `条件中不允许使用运算“${node.operation}”。Operation "${node.operation}" is not allowed in a condition.`,
        { operation: node.operation, pointer: node.pointer },
      );
    }
    const [problem] = dataPathProblems(node);
    if (problem?.kind === 'computed-path') {
      throw new SpecError(
        'condition/computed-path',
        `条件中的字段路径须直接写出，不能计算得到（${problem.pointer}）。A data path in a condition must be a literal string or number (${problem.pointer}).`,
        { pointer: problem.pointer },
      );
    }
    if (problem?.kind === 'forbidden-path') {
      throw new SpecError(
        'condition/forbidden-path',
        `条件不能引用“${problem.path}”。A condition may not reference "${problem.path}".`,
        { path: problem.path, pointer: problem.pointer },
      );
    }
  }
  const cost = conditionCostProblem(logic);
  if (cost) throw boundError(cost);
}
