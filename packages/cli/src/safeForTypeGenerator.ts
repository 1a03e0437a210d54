import { isGeneratorDirective } from '@onewindow/spec';

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose value is data, never a schema: copied as they are (the generator quotes them). */
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples']);
/** Keywords whose value maps names to schemas: the names are kept, the schemas made safe. */
const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependencies']);
/** Keywords json-schema-to-typescript writes into a JSDoc comment as text (`@minItems 2`). */
const COMMENTED_NUMBERS = new Set(['minItems', 'maxItems']);

/** `*\/` would end the JSDoc comment json-schema-to-typescript puts the text in. */
const withoutCommentEnd = (text: string) => text.replace(/\*\//g, '*\\/');
/** A description as JSDoc text: every line break becomes `\n`, so that each line gets its ` * ` prefix. */
const descriptionText = (text: string) => withoutCommentEnd(text.replace(/\r\n?|[\u2028\u2029]/g, '\n'));

/**
 * A copy of a form schema that is safe to hand to json-schema-to-typescript whatever it contains, so that
 * `generateFormDataTypes` is safe even for a spec that never went through `validateSpec`:
 * - generator directives (`tsType`, `tsEnumNames`, any `ts…`, `extends`; see `isGeneratorDirective`) are
 *   dropped: `tsType` would be pasted into the output as code;
 * - descriptions and the keys of `patternProperties` (quoted in a comment) cannot close their comment:
 *   `*\/` becomes `*\\/`, which in a u-flag pattern still means `*` then `/`, so the types do not change;
 * - `minItems` / `maxItems` that are not numbers are dropped (the library writes them into a comment);
 * - a description that is not a string is dropped (the library splits it into comment lines).
 * Every object under an unknown keyword is treated as a schema too, as the library looks for schemas
 * there. Names of fields and the data in `enum`, `const`, `default` and `examples` are copied unchanged
 * (the library writes them with JSON.stringify). The input is not changed.
 *
 * @example
 * safeForTypeGenerator({ type: 'object', properties: { a: { tsType: 'any', description: 'x *\/ y' } } });
 * // { type: 'object', properties: { a: { description: 'x *\\/ y' } } }
 */
export function safeForTypeGenerator(schema: Schema): Schema {
  const copy: Schema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (isGeneratorDirective(keyword)) continue;
    if (keyword === 'description') {
      if (typeof value === 'string') copy.description = descriptionText(value);
    } else if (COMMENTED_NUMBERS.has(keyword)) {
      if (typeof value === 'number') copy[keyword] = value;
    } else if (DATA_KEYWORDS.has(keyword)) {
      copy[keyword] = value;
    } else if (NAME_MAPS.has(keyword) && isSchema(value)) {
      const names = Object.entries(value).map(([name, subschema]): [string, unknown] => [
        keyword === 'patternProperties' ? withoutCommentEnd(name) : name,
        safeValue(subschema),
      ]);
      copy[keyword] = Object.fromEntries(names);
    } else {
      copy[keyword] = safeValue(value);
    }
  }
  return copy;
}

/** A value under a schema keyword: objects are schemas, arrays hold schemas, anything else is kept. */
function safeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(safeValue);
  return isSchema(value) ? safeForTypeGenerator(value) : value;
}
