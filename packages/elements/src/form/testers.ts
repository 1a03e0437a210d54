import type { FieldFacts, JsonSchema, RendererTester, UiSchema } from './types.js';
import { uiOption } from './uiOption.js';

/**
 * The JSON type a schema renders as: its `type` (first non-null of a list), else inferred from
 * `properties` (object), `items` (array), `enum`/`const` values.
 *
 * @example
 * schemaType({ type: ['string', 'null'] }); // → 'string'
 * schemaType({ properties: {} });           // → 'object'
 */
export function schemaType(schema: JsonSchema): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t) => t !== 'null') ?? type[0];
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  const sample = schema.enum?.[0] ?? schema.const;
  if (typeof sample === 'string') return 'string';
  if (typeof sample === 'number') return 'number';
  if (typeof sample === 'boolean') return 'boolean';
  return undefined;
}

/**
 * True when the schema is a choice among fixed values: `enum`, or `oneOf`/`anyOf` whose every
 * branch is a `const` (labelled by its `title`).
 *
 * @example
 * isEnumSchema({ oneOf: [{ const: 'a', title: '甲' }, { const: 'b', title: '乙' }] }); // → true
 */
export function isEnumSchema(schema: JsonSchema): boolean {
  if (Array.isArray(schema.enum)) return true;
  const branches = schema.oneOf ?? schema.anyOf;
  return Array.isArray(branches) && branches.length > 0 && branches.every((b) => b && 'const' in b);
}

/**
 * The uiSchema's `ui:widget` name, if any.
 *
 * @example
 * widgetOf({ 'ui:widget': 'textarea' }); // → 'textarea'
 */
export function widgetOf(uiSchema: UiSchema): string | undefined {
  const widget = uiOption(uiSchema, 'widget');
  return typeof widget === 'string' ? widget : undefined;
}

/**
 * What `pickRenderer` hands every tester: the field's type, `ui:widget` and enum-ness, worked out
 * once. Built-in testers call it themselves when called without facts.
 *
 * @example
 * fieldFacts({ type: 'string', enum: ['a'] }, { 'ui:widget': 'radio' }); // → { type: 'string', widget: 'radio', isEnum: true }
 */
export function fieldFacts(schema: JsonSchema, uiSchema: UiSchema): FieldFacts {
  return { type: schemaType(schema), widget: widgetOf(uiSchema), isEnum: isEnumSchema(schema) };
}

/**
 * Builds a tester: `rank` when `predicate` holds, else -1 (not applicable).
 *
 * @example
 * const isMobile = rankWith(10, (schema) => schema.format === 'cn-mobile');
 */
export function rankWith(
  rank: number,
  predicate: (schema: JsonSchema, uiSchema: UiSchema, path: string, facts?: FieldFacts) => boolean,
): RendererTester {
  return (schema, uiSchema, path, facts) => (predicate(schema, uiSchema, path, facts) ? rank : -1);
}
