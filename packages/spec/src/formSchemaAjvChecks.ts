import Ajv, { type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import draft07MetaSchema from 'ajv/dist/refs/json-schema-draft-07.json' with { type: 'json' };
import { formFormats } from './formFormats.js';
import { inlineLocalRefs } from './inlineLocalRefs.js';
import { toJsonPointer } from './jsonPointer.js';

/**
 * The options `onewindow compile` gives ajv (packages/cli/src/compileFormValidator.ts), so that a form this
 * module compiles is one the compiled validator can be built from.
 */
const COMPILE_OPTIONS: Options = { allErrors: true, strict: false, multipleOfPrecision: 6, logger: false };

/** Whether an error is the browser refusing to generate code (a Content-Security-Policy without unsafe-eval). */
const isCodeGenerationRefused = (cause: unknown) => cause instanceof EvalError;

let oneLevelValidator: ValidateFunction | undefined;

/** A `{ "$ref": "#" }` of the meta-schema (a subschema position) becomes "an object or a boolean". */
function oneLevel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(oneLevel);
  if (typeof value !== 'object' || value === null) return value;
  if ((value as { $ref?: unknown }).$ref === '#') return { type: ['object', 'boolean'] };
  return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, oneLevel(child)]));
}

/**
 * Draft-07's meta-schema for one schema object: what it says of the schema's own keywords, with every
 * subschema position only required to hold an object or a boolean (each subschema is checked on its own),
 * and its definitions inlined. Validating subschema by subschema against it keeps ajv's error list short
 * (ajv concatenates the errors of each recursive call into its caller's: 200,000 bad subschemas in one
 * recursive validation would take minutes).
 */
export const ONE_LEVEL_META_SCHEMA: Record<string, unknown> = (() => {
  const { $id: _id, $schema: _schema, ...rest } = oneLevel(draft07MetaSchema) as Record<string, unknown>;
  // `enum` must hold distinct values: checked by enumDuplicate in linear time, not by ajv, which compares
  // every pair of items of unknown type (a 150,000-value enum took minutes).
  const properties = rest.properties as Record<string, Record<string, unknown>>;
  const { uniqueItems: _unique, ...enumSchema } = properties.enum as Record<string, unknown>;
  return inlineLocalRefs({ ...rest, properties: { ...properties, enum: enumSchema } });
})();

/** A value as text with object keys sorted: equal JSON values (in ajv's sense) give equal texts. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The first two equal items of a schema's `enum`, as ajv's uniqueItems error would report them. */
function enumDuplicate(schema: Record<string, unknown>): ErrorObject | undefined {
  if (!Array.isArray(schema.enum)) return undefined;
  const seen = new Map<string, number>();
  for (const [index, value] of schema.enum.entries()) {
    const key = canonical(value);
    const first = seen.get(key);
    if (first !== undefined) {
      return {
        instancePath: '/enum',
        schemaPath: '#/properties/enum/uniqueItems',
        keyword: 'uniqueItems',
        params: { i: index, j: first },
        message: `must NOT have duplicate items (items ## ${first} and ${index} are identical)`,
      };
    }
    seen.set(key, index);
  }
  return undefined;
}

/** Where draft-07 has subschemas: keywords holding a schema, a list of them, or a map of names to them. */
const SCHEMA_KEYWORDS = new Set([
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'if',
  'then',
  'else',
  'not',
]);
const SCHEMA_LIST_KEYWORDS = new Set(['allOf', 'anyOf', 'oneOf', 'items']);
const SCHEMA_MAP_KEYWORDS = new Set(['properties', 'patternProperties', 'definitions', 'dependencies']);

/** Every schema object in a JSON Schema, with its pointer, in document order (iterative). */
function* schemaObjects(schema: unknown): Generator<{ value: Record<string, unknown>; pointer: string }> {
  const stack: { value: unknown; pointer: string }[] = [{ value: schema, pointer: '' }];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { value, pointer } = entry;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const object = value as Record<string, unknown>;
    yield { value: object, pointer };
    const children: { value: unknown; pointer: string }[] = [];
    for (const [keyword, child] of Object.entries(object)) {
      const at = `${pointer}${toJsonPointer([keyword])}`;
      if (SCHEMA_KEYWORDS.has(keyword)) children.push({ value: child, pointer: at });
      else if (SCHEMA_LIST_KEYWORDS.has(keyword)) {
        if (Array.isArray(child))
          for (const [index, item] of child.entries())
            children.push({ value: item, pointer: `${at}/${index}` });
        else if (keyword === 'items') children.push({ value: child, pointer: at });
      } else if (
        SCHEMA_MAP_KEYWORDS.has(keyword) &&
        typeof child === 'object' &&
        child !== null &&
        !Array.isArray(child)
      ) {
        for (const [name, item] of Object.entries(child))
          children.push({ value: item, pointer: `${at}${toJsonPointer([name])}` });
      }
    }
    for (let index = children.length - 1; index >= 0; index--)
      stack.push(children[index] as (typeof children)[0]);
  }
}

/**
 * Checks a form schema against the JSON Schema draft-07 meta-schema (the one ajv ships): every schema object
 * in it against {@link ONE_LEVEL_META_SCHEMA}, so that each departure is reported once, at its place, in time
 * linear in the size of the schema. Returns ajv's errors per schema object (pointers inside the form schema;
 * the errors' paths are relative to that object and to ONE_LEVEL_META_SCHEMA). Formats are not checked here:
 * `pattern` and `patternProperties` are checked by usableFormSchema, with their own locations.
 *
 * Returns undefined where code generation is refused (ajv compiles the meta-schema with `new Function`, which a
 * strict Content-Security-Policy forbids): validateSpec is meant for Node and build tools, and the browser
 * bundles do not import it; if a page does, this check is skipped rather than crash.
 *
 * @example
 * formSchemaMetaSchemaErrors({ type: 'object', properties: { a: { type: 'strin' } } });
 * // [{ pointer: '/properties/a', value: { type: 'strin' }, errors: [{ instancePath: '/type', keyword: 'enum', … }, …] }]
 */
export function formSchemaMetaSchemaErrors(
  schema: unknown,
): { pointer: string; value: Record<string, unknown>; errors: ErrorObject[] }[] | undefined {
  try {
    if (!oneLevelValidator) {
      const ajv = new Ajv({ allErrors: true, strict: false, logger: false, validateSchema: false });
      // The formats `onewindow compile` checks the meta-schema's formats with ($id, $ref: uri-reference …);
      // `pattern` and `patternProperties` (format regex) are checked by usableFormSchema, at their places.
      for (const [name, check] of Object.entries(formFormats))
        ajv.addFormat(name, name === 'regex' ? () => true : check);
      oneLevelValidator = ajv.compile(ONE_LEVEL_META_SCHEMA);
    }
    const validate = oneLevelValidator;
    const found: { pointer: string; value: Record<string, unknown>; errors: ErrorObject[] }[] = [];
    for (const { value, pointer } of schemaObjects(schema)) {
      // A `$ref` that is no URI reference (`#/%zz`) is left to usableFormSchema's reference check, which
      // says more than "not a valid uri-reference".
      const errors = validate(value)
        ? []
        : (validate.errors ?? []).filter(
            (error) => !(error.keyword === 'format' && error.instancePath === '/$ref'),
          );
      const duplicate = enumDuplicate(value);
      if (duplicate) errors.push(duplicate);
      if (errors.length > 0) found.push({ pointer, value, errors });
    }
    return found;
  } catch (cause) {
    if (isCodeGenerationRefused(cause)) return undefined;
    throw cause;
  }
}

/** The meta-schema ajv knows: a form schema's `$schema`, if any, must name it (`#` at the end or not). */
const DRAFT_07 = 'http://json-schema.org/draft-07/schema';

/**
 * Why ajv, configured as `onewindow compile` configures it, cannot compile a form schema (the first line of
 * its message), or undefined when it can — or where code generation is refused (see
 * {@link formSchemaMetaSchemaErrors}). Expects a schema that passed formSchemaMetaSchemaErrors: of what
 * ajv checks before compiling (its meta-schema check), only `$schema` is left to look at. The schema is
 * compiled in a fresh ajv instance, so that ids (`$id`) of one spec never collide with another's.
 *
 * @example
 * ajvCompileProblem({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
 * // 'no schema with key or ref "https://json-schema.org/draft/2020-12/schema"'
 */
export function ajvCompileProblem(schema: object): string | undefined {
  const $schema = (schema as { $schema?: unknown }).$schema;
  if (typeof $schema === 'string' && $schema.replace(/#$/, '') !== DRAFT_07) {
    return `no schema with key or ref "${$schema}"`; // ajv's words
  }
  try {
    // Unoptimised code: only whether it compiles matters here, and ajv's optimiser takes about half the time.
    const ajv = new Ajv({ ...COMPILE_OPTIONS, validateSchema: false, code: { optimize: false } });
    for (const [name, check] of Object.entries(formFormats)) ajv.addFormat(name, check);
    ajv.compile(schema);
    return undefined;
  } catch (cause) {
    if (isCodeGenerationRefused(cause)) return undefined;
    return String((cause as Error)?.message ?? cause).split('\n')[0];
  }
}
