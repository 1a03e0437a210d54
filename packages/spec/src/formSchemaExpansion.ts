import { toJsonPointer } from './jsonPointer.js';
import { localRefPointer, valueAt } from './schemaNavigation.js';

/** What {@link expandFormSchema} found. */
export interface FormSchemaExpansion {
  /** Subschemas visited, `$ref`s replaced by their targets (stops at `limit` + 1). */
  size: number;
  /** More than `limit` subschemas: validating one value may visit that many schemas, or exponentially many. */
  exceeded: boolean;
  /**
   * A recursive `$ref` that applies its target a second time to the same place of the data within one
   * level of the recursion (or, with `loop`, to the very place it is already validating): each level of
   * nesting in the data doubles the work, or validation never ends. Points at the `$ref`.
   */
  repeatedRecursion?: { pointer: string; loop: boolean };
}

/** A `$ref` target being expanded on the current path, where it started in the data. */
interface Expanding {
  target: object;
  instancePath: string;
  outer: Expanding | undefined;
}

interface Visit {
  schema: unknown;
  /** Pointer of the subschema inside the form schema (where a finding points). */
  pointer: string;
  /** Where in the data it applies, relative to the root: a path of `\u0000`-separated steps. */
  instancePath: string;
  expanding: Expanding | undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Expands a form schema as a validator walks it (draft-07 applicators; `$ref`s replaced by their targets,
 * `definitions` reached only through them) and counts the subschemas, stopping after `limit`. A reference
 * back to a schema already being expanded on the same path is recursion: it is not expanded again (it
 * applies one level deeper in the data), but if a second such reference reaches the same place of the data,
 * or one reaches the place its target started at, the recursion multiplies (or never ends) and is reported.
 *
 * What it bounds: validating a value visits at most `size` schemas per place in the data (checking `{}`
 * against twenty levels of `allOf` over two references to the next level took seconds, ×4 per two levels);
 * data nested through a recursive reference repeats one level's share. Iterative and bounded by `limit`.
 *
 * @example
 * expandFormSchema({ type: 'object', properties: { a: { type: 'string' } } }, 10_000);
 * // { size: 2, exceeded: false }
 */
export function expandFormSchema(schema: unknown, limit: number): FormSchemaExpansion {
  const stack: Visit[] = [{ schema, pointer: '', instancePath: '', expanding: undefined }];
  const recursionPlaces = new Set<string>();
  const targetIds = new Map<object, number>();
  let size = 0;
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const { schema: current, pointer, instancePath, expanding } = visit;
    if (!isObject(current)) continue; // `true`/`false` and malformed subschemas cost nothing to speak of
    size++;
    if (size > limit) return { size, exceeded: true };
    const children: Visit[] = [];
    const child = (value: unknown, at: (string | number)[], step = '') =>
      children.push({
        schema: value,
        pointer: `${pointer}${toJsonPointer(at)}`,
        instancePath: step === '' ? instancePath : `${instancePath}\u0000${step}`,
        expanding,
      });

    // Keywords in the order they are written, so that findings come out in document order.
    for (const [keyword, value] of Object.entries(current)) {
      switch (keyword) {
        case '$ref': {
          if (typeof value !== 'string') break;
          const targetPointer = localRefPointer(value);
          const target = targetPointer === undefined ? undefined : valueAt(schema, targetPointer);
          if (!isObject(target)) break;
          let outer = expanding;
          while (outer && outer.target !== target) outer = outer.outer;
          if (!outer) {
            children.push({
              schema: target,
              pointer: targetPointer as string,
              instancePath,
              expanding: { target, instancePath, outer: expanding },
            });
            break;
          }
          // Recursion: the target applies again, `relative` further into the data than where it started.
          const relative = instancePath.slice(outer.instancePath.length);
          let id = targetIds.get(target);
          if (id === undefined) {
            id = targetIds.size;
            targetIds.set(target, id);
          }
          const place = `${id}\u0001${relative}`;
          if (relative === '' || recursionPlaces.has(place)) {
            return {
              size,
              exceeded: false,
              repeatedRecursion: { pointer: `${pointer}/$ref`, loop: relative === '' },
            };
          }
          recursionPlaces.add(place);
          break;
        }
        case 'allOf':
        case 'anyOf':
        case 'oneOf':
          if (Array.isArray(value))
            for (const [index, branch] of value.entries()) child(branch, [keyword, index]);
          break;
        case 'not':
        case 'if':
        case 'then':
        case 'else':
          child(value, [keyword]);
          break;
        case 'dependencies':
          if (isObject(value))
            for (const [name, dependency] of Object.entries(value)) child(dependency, [keyword, name]);
          break;
        case 'properties':
          if (isObject(value))
            for (const [name, property] of Object.entries(value))
              child(property, [keyword, name], `p${name}`);
          break;
        case 'patternProperties':
          if (isObject(value))
            for (const [pattern, property] of Object.entries(value))
              child(property, [keyword, pattern], `r${pattern}`);
          break;
        case 'additionalProperties':
          child(value, [keyword], '*');
          break;
        case 'propertyNames':
          child(value, [keyword], '#');
          break;
        case 'items':
          if (Array.isArray(value))
            for (const [index, item] of value.entries()) child(item, [keyword, index], `[${index}`);
          else child(value, [keyword], '[');
          break;
        case 'additionalItems':
          child(value, [keyword], '[+');
          break;
        case 'contains':
          child(value, [keyword], '[');
          break;
      }
    }
    // Reversed, so that subschemas are visited (and reported) in document order.
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index] as Visit);
  }
  return { size, exceeded: false };
}
