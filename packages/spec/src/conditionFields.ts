import { isLogicNode } from './conditionOperations.js';
import { toJsonPointer } from './jsonPointer.js';

/** A form-data path referenced by a condition, with the pointer (relative to the condition) of the reference. */
export interface ConditionFieldReference {
  path: string;
  pointer: string;
}

/** Operations whose second argument runs per array item: its `var`s name item fields, not form fields. */
const PER_ITEM_OPERATIONS = new Set(['some', 'all', 'none', 'map', 'filter', 'reduce']);

/**
 * Every form-data reference in a condition (var, missing, missing_some), skipping the per-item logic of
 * some/all/none (whose `var`s name fields of the array items), with pointers relative to the condition.
 *
 * @example
 * conditionFieldReferences({ and: [{ var: 'a.b' }, { missing: ['c'] }] });
 * // [{ path: 'a.b', pointer: '/and/0/var' }, { path: 'c', pointer: '/and/1/missing/0' }]
 */
export function conditionFieldReferences(logic: unknown): ConditionFieldReference[] {
  const references: ConditionFieldReference[] = [];
  // An explicit stack (not recursion), so that a deeply nested condition cannot overflow the call stack;
  // tasks are pushed in reverse so that references come out in document order.
  type Task = { kind: 'visit' | 'name' | 'nameOrLogic'; value: unknown; pointer: string };
  const stack: Task[] = [{ kind: 'visit', value: logic, pointer: '' }];
  const push = (...tasks: Task[]) => {
    for (let index = tasks.length - 1; index >= 0; index--) stack.push(tasks[index] as Task);
  };
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    const { value, pointer } = task;
    if (task.kind === 'name' || (task.kind === 'nameOrLogic' && !isLogicNode(value))) {
      if (typeof value === 'string' && value !== '') references.push({ path: value, pointer });
      else if (typeof value === 'number') references.push({ path: String(value), pointer });
      continue;
    }
    if (Array.isArray(value)) {
      push(
        ...value.map((item, index) => ({
          kind: 'visit' as const,
          value: item,
          pointer: `${pointer}/${index}`,
        })),
      );
      continue;
    }
    if (!isLogicNode(value)) continue;
    const operation = Object.keys(value)[0] as string;
    const args = value[operation];
    const at = `${pointer}${toJsonPointer([operation])}`;
    switch (operation) {
      case 'var':
        if (Array.isArray(args)) {
          push(
            { kind: 'nameOrLogic', value: args[0], pointer: `${at}/0` },
            ...args.slice(1).map((item, index) => ({
              kind: 'visit' as const,
              value: item,
              pointer: `${at}/${index + 1}`,
            })),
          );
        } else push({ kind: 'nameOrLogic', value: args, pointer: at });
        break;
      case 'missing':
        if (Array.isArray(args))
          push(
            ...args.map((name, index) => ({
              kind: 'nameOrLogic' as const,
              value: name,
              pointer: `${at}/${index}`,
            })),
          );
        else push({ kind: 'nameOrLogic', value: args, pointer: at });
        break;
      case 'missing_some':
        if (Array.isArray(args) && Array.isArray(args[1]))
          push(
            ...(args[1] as unknown[]).map((name, index) => ({
              kind: 'name' as const,
              value: name,
              pointer: `${at}/1/${index}`,
            })),
          );
        break;
      default:
        if (PER_ITEM_OPERATIONS.has(operation) && Array.isArray(args)) {
          push({ kind: 'visit', value: args[0], pointer: `${at}/0` }); // only the array comes from the form data
        } else push({ kind: 'visit', value: args, pointer: at });
    }
  }
  return references;
}

/**
 * The form-data paths a condition reads (dot paths such as `applicant.byAgent`), without duplicates.
 *
 * @example
 * conditionFields({ or: [{ var: 'applicant.byAgent' }, { '>': [{ var: 'household.size' }, 3] }] });
 * // ['applicant.byAgent', 'household.size']
 */
export function conditionFields(logic: unknown): string[] {
  return [...new Set(conditionFieldReferences(logic).map((reference) => reference.path))];
}
