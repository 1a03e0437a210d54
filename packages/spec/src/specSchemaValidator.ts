import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import serviceItemSchema from '../service-item.schema.json' with { type: 'json' };

let compiled: ValidateFunction | undefined;

/**
 * The ajv validate function for the ServiceItem schema, compiled once on first use and cached.
 * ajv generates code (new Function), so this module is for Node and build tools, never the browser bundle.
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
    compiled = ajv.compile(serviceItemSchema);
  }
  return compiled;
}
