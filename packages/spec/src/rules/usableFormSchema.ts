import { createFormValidator } from '../createFormValidator.js';
import type { Finding } from '../Finding.js';
import {
  ajvCompileProblem,
  formSchemaMetaSchemaErrors,
  ONE_LEVEL_META_SCHEMA,
} from '../formSchemaAjvChecks.js';
import { expandFormSchema } from '../formSchemaExpansion.js';
import { formSchemaKeywords } from '../formSchemaKeywords.js';
import { formSchemaPatterns } from '../formSchemaPatterns.js';
import { schemaErrorFindings } from '../schemaErrorFindings.js';
import { localRefPointer, valueAt } from '../schemaNavigation.js';
import { specDiagnosticMessage } from '../specDiagnosticMessages.js';
import { SPEC_LIMITS } from '../specLimits.js';
import { error, type Rule } from './Rule.js';

const FORM_SCHEMA = '/form/schema';

function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u'); // as the form validator compiles it
    return true;
  } catch {
    return false;
  }
}

/**
 * A departure from the draft-07 meta-schema, at its place, in the words of the spec's own schema errors
 * (`“type”的取值“strin”无效，应为：…，是否想写“string”？`).
 */
function notJsonSchema(schemaPointer: string, finding: Finding): Finding {
  return error(
    'semantic/form-schema-not-json-schema',
    `${FORM_SCHEMA}${schemaPointer}${finding.pointer}`,
    {
      detail: specDiagnosticMessage(finding.code, finding.params, 'zh-CN'),
      detailEn: specDiagnosticMessage(finding.code, finding.params, 'en'),
    },
    finding.atKey === true,
  );
}

/**
 * The form schema can be used by both form validators, in bounded time. In order, each step only when the
 * ones before passed (a schema that is not JSON Schema would only make the later steps report noise):
 *
 * 1. it is JSON Schema: draft-07's meta-schema, every departure at its place (`type: "strin"`,
 *    `required: "name"` made a form impossible to submit);
 * 2. its patterns (`pattern` values, `patternProperties` keys) compile with the `u` flag, and every `$ref`
 *    resolves inside the form schema;
 * 3. its cost is bounded: at most `SPEC_LIMITS.maxFormSchemaExpansion` subschemas with `$ref`s expanded, and
 *    no recursion that validates one place of the data twice per level ({@link expandFormSchema});
 * 4. the interpreting validator (createFormValidator) loads it and ajv, configured as `onewindow compile`
 *    configures it, compiles it. The ajv step generates code; where that is refused (a browser page with a
 *    strict Content-Security-Policy) it is skipped without a finding.
 *
 * Codes: `semantic/form-schema-not-json-schema`, `semantic/form-schema-invalid`,
 * `semantic/form-schema-unresolved-ref`, `semantic/form-schema-too-costly`.
 *
 * @example
 * usableFormSchema(spec, (finding) => findings.push(finding));
 */
export const usableFormSchema: Rule = (spec, report) => {
  const schema = spec.form.schema;
  const departures = formSchemaMetaSchemaErrors(schema);
  if (departures && departures.length > 0) {
    // Translated one schema object at a time, as reported: a rule is stopped after as many as are listed.
    for (const { pointer, value, errors } of departures) {
      for (const finding of schemaErrorFindings(errors, value, ONE_LEVEL_META_SCHEMA))
        report(notJsonSchema(pointer, finding));
    }
    return;
  }

  let broken = false;
  // Patterns: `pattern` values and `patternProperties` keys, each located (a key is pointed at as a key).
  for (const { source, pointer, atKey } of formSchemaPatterns(schema, FORM_SCHEMA)) {
    if (!isValidPattern(source)) {
      broken = true;
      report(error('semantic/form-schema-invalid', pointer, { detail: `pattern ${source}` }, atKey));
    }
  }
  for (const { keyword, value, pointer } of formSchemaKeywords(schema, FORM_SCHEMA)) {
    if (keyword !== '$ref' || typeof value !== 'string') continue;
    const target = localRefPointer(value);
    if (target === undefined || valueAt(schema, target) === undefined) {
      broken = true;
      report(error('semantic/form-schema-unresolved-ref', pointer, { ref: value }));
    }
  }
  if (broken) return;

  const expansion = expandFormSchema(schema, SPEC_LIMITS.maxFormSchemaExpansion);
  if (expansion.exceeded) {
    report(
      error('semantic/form-schema-too-costly', FORM_SCHEMA, { limit: SPEC_LIMITS.maxFormSchemaExpansion }),
    );
    return;
  }
  if (expansion.repeatedRecursion) {
    const { pointer, loop } = expansion.repeatedRecursion;
    report(
      error('semantic/form-schema-too-costly', `${FORM_SCHEMA}${pointer}`, {
        recursion: loop ? 'loop' : 'repeated',
      }),
    );
    return;
  }

  let detail: string | undefined;
  try {
    createFormValidator(schema).validate({});
  } catch (cause) {
    detail = (cause as Error).message.split('\n')[0];
  }
  detail ??= ajvCompileProblem(schema);
  if (detail !== undefined) report(error('semantic/form-schema-invalid', FORM_SCHEMA, { detail }));
};
