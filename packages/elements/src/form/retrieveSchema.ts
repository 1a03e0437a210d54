import { mergeSchemas } from './mergeSchemas.js';
import { resolveRef } from './resolveRef.js';
import type { JsonSchema } from './types.js';

/** Tells whether `value` satisfies `schema` (used to evaluate `if` and to pick dependency branches). */
export type SchemaMatcher = (schema: JsonSchema, value: unknown) => boolean;

const byBranches = new WeakMap<JsonSchema, Map<string, JsonSchema>>();
const allOfMerged = new WeakMap<JsonSchema, JsonSchema>();
/** `allOf` entries holding `if/then/else`, kept aside so each condition is evaluated on its own. */
const conditionalsOf = new WeakMap<JsonSchema, JsonSchema[]>();

/**
 * The schema a field renders for its current value: `$ref` resolved, `allOf` merged, and the
 * active `if/then/else` branch and `dependencies` merged in. The result is cached per schema
 * and set of active branches, so it keeps its identity while the same branches hold — typing
 * in a field does not re-render its siblings unless a condition flips.
 *
 * @example
 * const schema = { type: 'object', properties: { married: { type: 'boolean' } },
 *   if: { properties: { married: { const: true } } },
 *   then: { properties: { spouse: { type: 'string' } } } };
 * retrieveSchema(schema, schema, { married: true }, matcher).properties; // married, spouse
 */
export function retrieveSchema(
  schema: JsonSchema,
  rootSchema: JsonSchema,
  value: unknown,
  schemaMatches: SchemaMatcher,
): JsonSchema {
  let base = resolveRef(schema, rootSchema);
  if (Array.isArray(base.allOf)) base = mergeAllOf(base, rootSchema);
  // The common case (a plain field) allocates nothing.
  else if (base.if === undefined && base.dependencies === undefined) return base;
  const conditionals = [base, ...(conditionalsOf.get(base) ?? [])].filter(
    (part) => part.if !== undefined && (part.then !== undefined || part.else !== undefined),
  );
  const dependencies = base.dependencies;
  if (conditionals.length === 0 && !dependencies) return base;

  const object =
    value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const parts: JsonSchema[] = [];
  let key = '';
  for (const conditional of conditionals) {
    const holds = schemaMatches(resolveRef(conditional.if as JsonSchema, rootSchema), object);
    const branch = holds ? conditional.then : conditional.else;
    key += holds ? 'T' : 'E';
    if (branch) parts.push(resolveRef(branch, rootSchema));
  }
  if (dependencies) {
    for (const [name, dependency] of Object.entries(dependencies)) {
      if (object[name] === undefined) continue;
      key += `|${name}`;
      if (Array.isArray(dependency)) {
        parts.push({ required: dependency });
        continue;
      }
      const resolvedDependency = resolveRef(dependency, rootSchema);
      const { oneOf, ...rest } = resolvedDependency;
      parts.push(rest);
      if (Array.isArray(oneOf)) {
        // RJSF's pattern: each branch pins the dependency's value (enum/const) and adds fields.
        const index = oneOf.findIndex((candidate) => {
          const branch = resolveRef(candidate, rootSchema);
          const pinned = branch.properties?.[name];
          return pinned !== undefined && schemaMatches(resolveRef(pinned, rootSchema), object[name]);
        });
        key += `:${index}`;
        const chosen = oneOf[index];
        if (chosen) parts.push(resolveRef(chosen, rootSchema));
      }
    }
  }
  let cache = byBranches.get(base);
  if (!cache) {
    cache = new Map();
    byBranches.set(base, cache);
  }
  const cached = cache.get(key);
  if (cached) return cached;
  const { if: _if, then: _then, else: _else, dependencies: _dependencies, ...plain } = base;
  let merged: JsonSchema = plain;
  for (const part of parts) merged = mergeSchemas(merged, part);
  cache.set(key, merged);
  return merged;
}

function mergeAllOf(schema: JsonSchema, rootSchema: JsonSchema): JsonSchema {
  const cached = allOfMerged.get(schema);
  if (cached) return cached;
  const { allOf, ...rest } = schema;
  let merged: JsonSchema = rest;
  const conditionals: JsonSchema[] = [];
  for (const part of allOf ?? []) {
    const resolved = resolveRef(part, rootSchema);
    if (resolved.if !== undefined) conditionals.push(resolved);
    else merged = mergeSchemas(merged, resolved);
  }
  if (merged === rest) merged = { ...rest };
  conditionalsOf.set(merged, conditionals);
  allOfMerged.set(schema, merged);
  return merged;
}
