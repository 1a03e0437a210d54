import { parseJsonPointer } from './jsonPointer.js';

type SchemaObject = Record<string, unknown>;

const isObject = (value: unknown): value is SchemaObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The value at a JSON pointer inside a JSON value, or undefined.
 *
 * @example
 * valueAt({ a: [{ b: 1 }] }, '/a/0/b'); // 1
 */
export function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const segment of parseJsonPointer(pointer)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current) && Object.hasOwn(current, segment)) current = current[segment];
    else return undefined;
  }
  return current;
}

/**
 * The JSON pointer in a local `$ref` (`#/definitions/a%20b` → `/definitions/a b`), or undefined when the
 * reference is not local (`https://…`, `other.json#…`), is not a pointer (`#anchor`) or its URI escapes are
 * malformed (`#/%zz`, which made decodeURIComponent throw a URIError out of validateSpec).
 *
 * @example
 * localRefPointer('#/definitions/a%20b'); // '/definitions/a b'
 * localRefPointer('#/%zz');               // undefined
 */
export function localRefPointer(ref: string): string | undefined {
  if (!ref.startsWith('#')) return undefined;
  let pointer: string;
  try {
    pointer = decodeURIComponent(ref.slice(1));
  } catch {
    return undefined;
  }
  return pointer === '' || pointer.startsWith('/') ? pointer : undefined;
}

/**
 * Follows local `$ref`s (`#/definitions/X`) until a schema without one (at most 32 hops).
 *
 * @example
 * resolveLocalRef(root, { $ref: '#/definitions/Material' }); // root.definitions.Material
 */
export function resolveLocalRef(root: unknown, schema: unknown): SchemaObject | undefined {
  let current = schema;
  for (let hops = 0; hops < 32 && isObject(current) && typeof current.$ref === 'string'; hops++) {
    const pointer = localRefPointer(current.$ref);
    if (pointer === undefined) return undefined;
    current = valueAt(root, pointer);
  }
  return isObject(current) ? current : undefined;
}

/**
 * The (unresolved) subschema describing the instance at a pointer: walks properties, additionalProperties
 * and items through local `$ref`s. Undefined when the instance location is not described.
 *
 * @example
 * schemaAt(serviceItemSchema, '/materials/0/id'); // { title: '材料标识 · id', type: 'string', … }
 */
export function schemaAt(root: unknown, pointer: string): SchemaObject | undefined {
  let current: unknown = root;
  for (const segment of parseJsonPointer(pointer)) {
    const resolved = resolveLocalRef(root, current);
    if (!resolved) return undefined;
    const branches = ['anyOf', 'oneOf', 'allOf'].flatMap((keyword) =>
      Array.isArray(resolved[keyword])
        ? (resolved[keyword] as unknown[]).map((b) => resolveLocalRef(root, b))
        : [],
    );
    const owner = [resolved, ...branches].find(
      (candidate) => isObject(candidate?.properties) && Object.hasOwn(candidate.properties, segment),
    );
    if (owner) current = (owner.properties as SchemaObject)[segment];
    else if (/^\d+$/.test(segment) && resolved.items !== undefined) {
      current = Array.isArray(resolved.items) ? resolved.items[Number(segment)] : resolved.items;
    } else if (isObject(resolved.additionalProperties)) current = resolved.additionalProperties;
    else return undefined;
  }
  return isObject(current) ? current : undefined;
}

/**
 * The title of a schema split into its zh-CN and English halves (`事项名称 · Item name`).
 *
 * @example
 * splitTitle('事项名称 · Item name'); // { 'zh-CN': '事项名称', en: 'Item name' }
 */
export function splitTitle(title: unknown): { 'zh-CN': string; en: string } | undefined {
  if (typeof title !== 'string' || title === '') return undefined;
  const [zh, en] = title.split(' · ');
  return { 'zh-CN': zh ?? title, en: en ?? zh ?? title };
}

/**
 * The property names the schema allows at a pointer, including those of anyOf/oneOf/allOf branches.
 *
 * @example
 * propertyNamesAt(serviceItemSchema, '/name'); // ['zh-CN', 'en'] (LocalizedText's object form)
 */
export function propertyNamesAt(root: unknown, pointer: string): string[] {
  const own = resolveLocalRef(root, schemaAt(root, pointer));
  if (!own) return [];
  const branches = ['anyOf', 'oneOf', 'allOf'].flatMap((keyword) =>
    Array.isArray(own[keyword])
      ? (own[keyword] as unknown[]).map((branch) => resolveLocalRef(root, branch))
      : [],
  );
  return [own, ...branches].flatMap((schema) =>
    isObject(schema?.properties) ? Object.keys(schema.properties) : [],
  );
}
