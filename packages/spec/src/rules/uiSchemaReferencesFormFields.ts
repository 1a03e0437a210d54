import { didYouMean } from '../didYouMean.js';
import { topLevelFormFields } from '../formFields.js';
import { toJsonPointer } from '../jsonPointer.js';
import { error, type Rule } from './Rule.js';

/**
 * uiSchema keys and ui:order entries name top-level form fields.
 * Codes: `semantic/ui-schema-unknown-field`.
 *
 * @example
 * uiSchemaReferencesFormFields(spec, (finding) => findings.push(finding));
 */
export const uiSchemaReferencesFormFields: Rule = (spec, report) => {
  const uiSchema = spec.form.uiSchema as Record<string, unknown> | undefined;
  if (!uiSchema) return;
  const fields = topLevelFormFields(spec.form.schema);
  const known = new Set(fields); // a set: a form may have thousands of fields
  for (const key of Object.keys(uiSchema)) {
    if (key.startsWith('ui:')) continue;
    if (!known.has(key)) {
      report(
        error(
          'semantic/ui-schema-unknown-field',
          `/form/uiSchema${toJsonPointer([key])}`,
          { field: key, suggestion: didYouMean(key, fields) },
          true,
        ),
      );
    }
  }
  const order = uiSchema['ui:order'];
  if (Array.isArray(order)) {
    order.forEach((entry, index) => {
      if (typeof entry === 'string' && entry !== '*' && !known.has(entry)) {
        report(
          error('semantic/ui-schema-unknown-field', `/form/uiSchema/ui:order/${index}`, {
            field: entry,
            suggestion: didYouMean(entry, fields),
          }),
        );
      }
    });
  }
};
