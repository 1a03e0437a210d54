import { createFormValidator } from '../createFormValidator.js';
import { formSchemaPatterns } from '../formSchemaPatterns.js';
import { toJsonPointer } from '../jsonPointer.js';
import { valueAt } from '../schemaNavigation.js';
import { error, type Rule } from './Rule.js';

/** Every `$ref` keyword in the form schema, with its pointer (data keywords are skipped). */
function* formSchemaRefs(schema: unknown, pointer: string): Generator<{ value: string; pointer: string }> {
  if (Array.isArray(schema)) {
    for (const [index, item] of schema.entries()) yield* formSchemaRefs(item, `${pointer}/${index}`);
  } else if (typeof schema === 'object' && schema !== null) {
    for (const [key, value] of Object.entries(schema)) {
      const at = `${pointer}${toJsonPointer([key])}`;
      if (key === '$ref' && typeof value === 'string') yield { value, pointer: at };
      else if (key !== 'default' && key !== 'const' && key !== 'enum' && key !== 'examples')
        yield* formSchemaRefs(value, at);
    }
  }
}

function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u'); // as the form validator compiles it
    return true;
  } catch {
    return false;
  }
}

/**
 * The form schema resolves every $ref locally, its patterns (`pattern` values and `patternProperties` keys)
 * compile, and the form validator can load it.
 * Codes: `semantic/form-schema-unresolved-ref`, `semantic/form-schema-invalid`.
 *
 * @example
 * usableFormSchema(spec, (finding) => findings.push(finding));
 */
export const usableFormSchema: Rule = (spec, report) => {
  let broken = false;
  // Patterns: `pattern` values and `patternProperties` keys, each located (a key is pointed at as a key).
  for (const { source, pointer, atKey } of formSchemaPatterns(spec.form.schema, '/form/schema')) {
    if (!isValidPattern(source)) {
      broken = true;
      report(error('semantic/form-schema-invalid', pointer, { detail: `pattern ${source}` }, atKey));
    }
  }
  for (const { value: text, pointer } of formSchemaRefs(spec.form.schema, '/form/schema')) {
    if (!text.startsWith('#') || valueAt(spec.form.schema, decodeURIComponent(text.slice(1))) === undefined) {
      broken = true;
      report(error('semantic/form-schema-unresolved-ref', pointer, { ref: text }));
    }
  }
  if (broken) return;
  try {
    createFormValidator(spec.form.schema).validate({});
  } catch (cause) {
    report(
      error('semantic/form-schema-invalid', '/form/schema', {
        detail: (cause as Error).message.split('\n')[0],
      }),
    );
  }
};
