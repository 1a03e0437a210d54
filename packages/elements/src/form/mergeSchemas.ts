import type { JsonSchema } from './types.js';

/**
 * Merges two schemas as `allOf` would for rendering: keywords of `b` win, `properties` merge
 * (recursively for a shared name) and `required` is the union.
 *
 * @example
 * mergeSchemas({ properties: { a: {} }, required: ['a'] }, { properties: { b: {} }, required: ['b'] });
 * // → { properties: { a: {}, b: {} }, required: ['a', 'b'] }
 */
export function mergeSchemas(a: JsonSchema, b: JsonSchema): JsonSchema {
  const merged: JsonSchema = { ...a, ...b };
  if (a.properties && b.properties) {
    const properties: Record<string, JsonSchema> = { ...a.properties };
    for (const [name, schema] of Object.entries(b.properties)) {
      const existing = properties[name];
      properties[name] = existing && existing !== schema ? mergeSchemas(existing, schema) : schema;
    }
    merged.properties = properties;
  }
  if (a.required || b.required)
    merged.required = [...new Set([...(a.required ?? []), ...(b.required ?? [])])];
  return merged;
}
