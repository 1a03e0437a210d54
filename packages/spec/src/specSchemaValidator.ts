import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import serviceItemSchema from '../service-item.schema.json' with { type: 'json' };
import { inlineLocalRefs } from './inlineLocalRefs.js';

let compiled: ValidateFunction | undefined;

/**
 * A copy of a schema in which every `uniqueItems` array whose items are an enum of strings also says
 * `type: "string"` for its items. ajv checks uniqueness with a hash table when it knows the items' type and
 * compares every pair otherwise: 20,000 distinct wrong `audience` values took 13 s, 200,000 would take
 * twenty minutes. (A non-string item now gets a type error beside its enum error.) Recursive, for our own
 * shallow schema only; objects it does not change are shared, never modified.
 */
function withTypedUniqueItems(schema: unknown): unknown {
  if (Array.isArray(schema)) {
    const items = schema.map(withTypedUniqueItems);
    return items.every((item, index) => item === schema[index]) ? schema : items;
  }
  if (typeof schema !== 'object' || schema === null) return schema;
  let changed = false;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    copy[key] = withTypedUniqueItems(value);
    if (copy[key] !== value) changed = true;
  }
  const items = copy.items as Record<string, unknown> | undefined;
  if (
    copy.uniqueItems === true &&
    typeof items === 'object' &&
    items !== null &&
    items.type === undefined &&
    Array.isArray(items.enum) &&
    items.enum.every((value) => typeof value === 'string')
  ) {
    copy.items = { type: 'string', ...items };
    changed = true;
  }
  return changed ? copy : schema;
}

/**
 * The ajv validate function for the ServiceItem schema, compiled once on first use and cached.
 * ajv generates code (new Function), so this module is for Node and build tools, never the browser bundle.
 *
 * It is compiled from the schema with its `$ref`s inlined ({@link inlineLocalRefs}), so that reporting all
 * errors stays linear in their number; `validate.schema` is that schema, which the errors' `schemaPath`s
 * refer to (schemaErrorFindings reads it). Uniqueness of enum items is checked in linear time
 * (withTypedUniqueItems).
 *
 * @example
 * const validate = specSchemaValidator();
 * validate(spec) || console.log(validate.errors);
 */
export function specSchemaValidator(): ValidateFunction {
  if (!compiled) {
    // Fully strict, except: `required` inside if/then names properties declared beside the `if` (fees),
    // and JsonLogic is deliberately `["object", "boolean"]`.
    const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    // Annotation keywords of our schema: for json-schema-to-typescript and for editors, not for validation.
    ajv.addKeyword({ keyword: 'tsType', schemaType: 'string' });
    ajv.addKeyword({ keyword: 'x-enumLabels', schemaType: 'array' });
    addFormats(ajv);
    compiled = ajv.compile(withTypedUniqueItems(inlineLocalRefs(serviceItemSchema)) as object);
  }
  return compiled;
}
