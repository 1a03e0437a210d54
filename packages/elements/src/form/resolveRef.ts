import type { JsonSchema } from './types.js';

const resolved = new WeakMap<JsonSchema, JsonSchema>();

/**
 * Replaces a local `$ref` (`#/definitions/x`, `#/$defs/x`, any `#/` pointer) by its target in
 * `rootSchema`, keeping sibling keywords; the result is cached so it keeps its identity
 * (lit skips fields whose schema did not change). Unresolvable refs yield `{}`.
 *
 * @example
 * resolveRef({ $ref: '#/definitions/name' }, { definitions: { name: { type: 'string' } } });
 * // → { type: 'string' }
 */
export function resolveRef(schema: JsonSchema, rootSchema: JsonSchema): JsonSchema {
  if (typeof schema.$ref !== 'string') return schema;
  const cached = resolved.get(schema);
  if (cached) return cached;
  const seen = new Set<string>();
  let current: JsonSchema = schema;
  let result: JsonSchema = {};
  while (typeof current.$ref === 'string' && !seen.has(current.$ref)) {
    seen.add(current.$ref);
    const { $ref, ...siblings } = current;
    const target = followPointer(rootSchema, $ref);
    result = { ...siblings, ...result };
    current = target ?? {};
  }
  const { $ref: _cycle, ...rest } = current;
  result = { ...rest, ...result };
  resolved.set(schema, result);
  return result;
}

function followPointer(root: JsonSchema, ref: string): JsonSchema | undefined {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node && typeof node === 'object' ? (node as JsonSchema) : undefined;
}
