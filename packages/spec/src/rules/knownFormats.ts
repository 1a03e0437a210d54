import { didYouMean } from '../didYouMean.js';
import { formFormats } from '../formFormats.js';
import { formSchemaKeywords } from '../formSchemaKeywords.js';
import type { Rule } from './Rule.js';

/**
 * Every `format` in the form schema is one the form validators check (a key of `formFormats`). Both
 * validators ignore a format they do not know, as draft-07 allows, so `format: "cn-mobil"` accepts any
 * text without a word: a warning, at the format, with the nearest known name. `format` as a field name or
 * inside `default`/`enum`/`const`/`examples` is not a format.
 * Code: `semantic/form-schema-unknown-format` (warning).
 *
 * @example
 * knownFormats(spec, (finding) => findings.push(finding));
 */
export const knownFormats: Rule = (spec, report) => {
  for (const { keyword, value, pointer } of formSchemaKeywords(spec.form.schema, '/form/schema')) {
    if (keyword !== 'format' || typeof value !== 'string' || Object.hasOwn(formFormats, value)) continue;
    report({
      code: 'semantic/form-schema-unknown-format',
      severity: 'warning',
      pointer,
      params: { format: value, suggestion: didYouMean(value, Object.keys(formFormats)) },
    });
  }
};
