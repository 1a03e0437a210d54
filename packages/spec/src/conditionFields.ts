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
  const add = (path: unknown, pointer: string) => {
    if (typeof path === 'string' && path !== '') references.push({ path, pointer });
    else if (typeof path === 'number') references.push({ path: String(path), pointer });
  };
  const visit = (value: unknown, pointer: string): void => {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, `${pointer}/${index}`);
      return;
    }
    if (!isLogicNode(value)) return;
    const operation = Object.keys(value)[0] as string;
    const args = value[operation];
    const at = `${pointer}${toJsonPointer([operation])}`;
    const nameOrLogic = (item: unknown, itemPointer: string) => {
      if (isLogicNode(item)) visit(item, itemPointer);
      else add(item, itemPointer);
    };
    switch (operation) {
      case 'var':
        if (Array.isArray(args)) {
          nameOrLogic(args[0], `${at}/0`);
          for (const [index, item] of args.slice(1).entries()) visit(item, `${at}/${index + 1}`);
        } else nameOrLogic(args, at);
        return;
      case 'missing':
        if (Array.isArray(args))
          for (const [index, name] of args.entries()) nameOrLogic(name, `${at}/${index}`);
        else nameOrLogic(args, at);
        return;
      case 'missing_some':
        if (Array.isArray(args) && Array.isArray(args[1]))
          for (const [index, name] of (args[1] as unknown[]).entries()) add(name, `${at}/1/${index}`);
        return;
      default:
        if (PER_ITEM_OPERATIONS.has(operation) && Array.isArray(args)) {
          visit(args[0], `${at}/0`); // only the array comes from the form data
          return;
        }
        visit(args, at);
    }
  };
  visit(logic, '');
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
