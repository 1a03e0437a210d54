import { toJsonPointer } from './jsonPointer.js';

/** A regular expression in a form schema: a `pattern` value or a `patternProperties` key. */
export interface FormSchemaPattern {
  source: string;
  /** JSON pointer of the `pattern` value, or of the `patternProperties` entry (point at its key). */
  pointer: string;
  atKey: boolean;
}

/** Keywords whose values are data, not schemas: a `pattern` inside them is never run. */
const DATA_KEYWORDS = new Set(['default', 'const', 'enum', 'examples']);
/** Keywords whose values map names (of fields, definitions) to schemas: the names are not keywords. */
const NAME_MAP_KEYWORDS = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependencies',
  'dependentSchemas',
]);

/**
 * Every regular expression a JSON Schema carries, with its pointer: `pattern` values and `patternProperties`
 * keys, in schemas at any depth (properties, items, definitions, combinators, unknown keywords that a `$ref`
 * could reach), but not inside data (`default`, `const`, `enum`, `examples`). A field named like a keyword
 * (`"default": { … }` under `properties`) is a schema. Iterative, so deep schemas cannot overflow the stack.
 *
 * @example
 * formSchemaPatterns({ properties: { code: { pattern: '^\\d+$' } } }, '/form/schema');
 * // [{ source: '^\\d+$', pointer: '/form/schema/properties/code/pattern', atKey: false }]
 */
export function formSchemaPatterns(schema: unknown, pointer = ''): FormSchemaPattern[] {
  const patterns: FormSchemaPattern[] = [];
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
        } else if (DATA_KEYWORDS.has(key)) {
          // data, never run as a schema
        } else if (key === 'pattern' && typeof child === 'string') {
          patterns.push({ source: child, pointer: at, atKey: false });
        } else if (
          NAME_MAP_KEYWORDS.has(key) &&
          typeof child === 'object' &&
          child !== null &&
          !Array.isArray(child)
        ) {
          if (key === 'patternProperties') {
            for (const source of Object.keys(child))
              patterns.push({ source, pointer: `${at}${toJsonPointer([source])}`, atKey: true });
          }
          children.push({ value: child, pointer: at, names: true });
        } else {
          children.push({ value: child, pointer: at, names: false });
        }
      }
    }
    // Reversed, so that subschemas are visited in the order of their keys.
    for (let index = children.length - 1; index >= 0; index--)
      stack.push(children[index] as (typeof children)[0]);
  }
  return patterns;
}
