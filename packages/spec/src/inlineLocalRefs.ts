import { localRefPointer, valueAt } from './schemaNavigation.js';

type SchemaObject = Record<string, unknown>;

const isObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords that only annotate a schema: beside a `$ref` they may be merged into its target. */
const ANNOTATIONS = new Set(['title', 'description', '$comment', 'examples', 'default', 'tsType']);

/**
 * A copy of a JSON Schema with every local `$ref` replaced by its target (the targets' own references
 * replaced in turn). Annotations beside a `$ref` (title, description …) are kept over the target's; a
 * `$ref` beside validation keywords, one to a missing target, and one that would recurse are left as they are.
 * Each target is copied once and shared by all the places that refer to it; objects without references are
 * not copied. For our own schemas (the ServiceItem schema, the draft-07 meta-schema): it recurses once per
 * level of the schema, which is shallow.
 *
 * Why: ajv compiles every referenced schema that itself holds a `$ref` to a function of its own and
 * concatenates that function's errors into the caller's list at each call (`vErrors.concat(…)`), which makes
 * reporting all errors quadratic in their number — 200,000 wrong items took six minutes. Without references
 * the errors of the whole validation are pushed to one list.
 *
 * @example
 * inlineLocalRefs({ properties: { a: { $ref: '#/definitions/A', title: 'a' } }, definitions: { A: { type: 'string' } } });
 * // { properties: { a: { type: 'string', title: 'a' } }, definitions: { A: { type: 'string' } } }
 */
export function inlineLocalRefs<T>(schema: T): T {
  const targets = new Map<object, unknown>();
  // The root is always being expanded: `#` refers to it, recursively.
  const expanding = new Set<object>(isObject(schema) ? [schema] : []);

  const inline = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const items = value.map(inline);
      return items.every((item, index) => item === value[index]) ? value : items;
    }
    if (!isObject(value)) return value;
    const ref = value.$ref;
    const onlyAnnotations = Object.keys(value).every((key) => key === '$ref' || ANNOTATIONS.has(key));
    if (typeof ref === 'string' && onlyAnnotations) {
      const pointer = localRefPointer(ref);
      const target = pointer === undefined ? undefined : valueAt(schema, pointer);
      if (isObject(target) && !expanding.has(target)) {
        let inlined = targets.get(target);
        if (inlined === undefined) {
          expanding.add(target);
          inlined = inline(target);
          expanding.delete(target);
          targets.set(target, inlined);
        }
        const annotations = Object.entries(value).filter(([key]) => key !== '$ref');
        return annotations.length === 0
          ? inlined
          : { ...(inlined as SchemaObject), ...Object.fromEntries(annotations) };
      }
    }
    let changed = false;
    const copy: SchemaObject = {};
    for (const [key, child] of Object.entries(value)) {
      const inlinedChild = inline(child);
      if (inlinedChild !== child) changed = true;
      copy[key] = inlinedChild;
    }
    return changed ? copy : value;
  };

  return inline(schema) as T;
}
