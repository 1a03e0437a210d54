import { resolveRef } from './resolveRef.js';
import type { JsonSchema } from './types.js';

/**
 * Fills schema `default`s into form data where the data has no value (objects recursively,
 * through `$ref`), without mutating the input. Returns the input itself when nothing was added.
 *
 * @example
 * computeDefaults({ type: 'object', properties: { city: { type: 'string', default: '杭州' } } }, {}, root);
 * // → { city: '杭州' }
 */
export function computeDefaults(
  schema: JsonSchema,
  value: unknown,
  rootSchema: JsonSchema,
  depth = 0,
  refs: readonly string[] = [],
): unknown {
  // A recursive $ref (a tree) is not unrolled.
  if (typeof schema.$ref === 'string') {
    if (refs.includes(schema.$ref)) return value;
    refs = [...refs, schema.$ref];
  }
  const resolved = resolveRef(schema, rootSchema);
  if (value === undefined && resolved.default !== undefined) return structuredClone(resolved.default);
  if (!resolved.properties || depth > 20) return value;
  if (value === undefined && depth > 0 && resolved.type !== 'object') return value;
  if (value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value)))
    return value;
  const object = (value ?? {}) as Record<string, unknown>;
  let result: Record<string, unknown> | undefined;
  for (const [name, propertySchema] of Object.entries(resolved.properties)) {
    const current = object[name];
    const filled = computeDefaults(propertySchema, current, rootSchema, depth + 1, refs);
    // Nested objects are filled in even when empty (as RJSF does), so their `required` applies.
    if (filled !== current) {
      result ??= { ...object };
      result[name] = filled;
    }
  }
  return result ?? value ?? {};
}
