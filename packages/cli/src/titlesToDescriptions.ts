type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keywords whose value is one subschema. */
const SINGLE = [
  'additionalProperties',
  'additionalItems',
  'items',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
];
/** Keywords whose value is an array of subschemas. */
const LIST = ['items', 'allOf', 'anyOf', 'oneOf'];
/** Keywords whose value maps names to subschemas. */
const MAP = ['properties', 'patternProperties', 'definitions', '$defs', 'dependencies'];

/**
 * A copy of a JSON Schema in which every `title` is moved into `description` (title first, then the old
 * description), so json-schema-to-typescript writes it as JSDoc instead of naming a type after it
 * (form titles are Chinese phrases like “申请人姓名”, not type names). The input is not changed.
 *
 * @example
 * titlesToDescriptions({ type: 'object', properties: { name: { type: 'string', title: '姓名' } } });
 * // { type: 'object', properties: { name: { type: 'string', description: '姓名' } } }
 */
export function titlesToDescriptions(schema: Schema): Schema {
  const copy: Schema = { ...schema };
  const { title, description } = copy;
  if (typeof title === 'string') {
    copy.description =
      typeof description === 'string' && description !== '' ? `${title}\n\n${description}` : title;
  }
  delete copy.title;
  for (const keyword of SINGLE) {
    const value = copy[keyword];
    if (isSchema(value)) copy[keyword] = titlesToDescriptions(value);
  }
  for (const keyword of LIST) {
    const value = copy[keyword];
    if (Array.isArray(value))
      copy[keyword] = value.map((item) => (isSchema(item) ? titlesToDescriptions(item) : item));
  }
  for (const keyword of MAP) {
    const value = copy[keyword];
    if (!isSchema(value)) continue;
    copy[keyword] = Object.fromEntries(
      Object.entries(value).map(([name, sub]) => [name, isSchema(sub) ? titlesToDescriptions(sub) : sub]),
    );
  }
  return copy;
}
