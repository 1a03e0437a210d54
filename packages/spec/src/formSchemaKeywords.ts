import { toJsonPointer } from './jsonPointer.js';

/** A keyword of a (sub)schema in a form schema: its name, its value and the pointer of the value. */
export interface FormSchemaKeyword {
  keyword: string;
  value: unknown;
  pointer: string;
}

/** Keywords whose values are data, not schemas: nothing inside them is a keyword. */
const DATA_KEYWORDS = new Set(['default', 'const', 'enum', 'examples']);
/** Keywords whose values map names (of fields, patterns, definitions) to schemas: the names are not keywords. */
const NAME_MAP_KEYWORDS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependencies',
  'dependentSchemas',
]);

/**
 * Every keyword of every schema in a form schema, in document order, with its pointer: in the schema itself
 * and in every subschema (properties, items, definitions, combinators, and under keywords unknown to JSON
 * Schema, which a `$ref` could reach), but not inside data (`default`, `const`, `enum`, `examples`); the names
 * under `properties` and the other name maps are field names, not keywords. Iterative, so a deeply nested
 * schema cannot overflow the call stack.
 *
 * @example
 * [...formSchemaKeywords({ properties: { format: { format: 'email' } } }, '/form/schema')];
 * // [{ keyword: 'properties', … }, { keyword: 'format', value: 'email', pointer: '/form/schema/properties/format/format' }]
 */
export function* formSchemaKeywords(schema: unknown, pointer = ''): Generator<FormSchemaKeyword> {
  const stack: { value: unknown; pointer: string; names: boolean }[] = [
    { value: schema, pointer, names: false },
  ];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { value } = entry;
    if (typeof value !== 'object' || value === null) continue;
    const children: { value: unknown; pointer: string; names: boolean }[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        children.push({ value: item, pointer: `${entry.pointer}/${index}`, names: false });
      });
    } else {
      for (const [key, child] of Object.entries(value)) {
        const at = `${entry.pointer}${toJsonPointer([key])}`;
        if (entry.names) {
          children.push({ value: child, pointer: at, names: false });
          continue;
        }
        yield { keyword: key, value: child, pointer: at };
        if (DATA_KEYWORDS.has(key)) continue;
        const names =
          NAME_MAP_KEYWORDS.has(key) && typeof child === 'object' && child !== null && !Array.isArray(child);
        children.push({ value: child, pointer: at, names });
      }
    }
    // Reversed, so that subschemas are visited in the order of their keys.
    for (let index = children.length - 1; index >= 0; index--)
      stack.push(children[index] as (typeof children)[0]);
  }
}
