import { didYouMean } from '../didYouMean.js';
import { topLevelFormFields } from '../formFields.js';
import { error, type Rule } from './Rule.js';

/**
 * Form steps name existing top-level fields and cover each exactly once.
 * Codes: `semantic/step-unknown-field`, `semantic/step-duplicate-field`, `semantic/step-missing-field`.
 *
 * @example
 * stepsCoverFormFields(spec, (finding) => findings.push(finding));
 */
export const stepsCoverFormFields: Rule = (spec, report) => {
  const fields = topLevelFormFields(spec.form.schema);
  const known = new Set(fields); // a set: a form may have thousands of fields
  const placed = new Map<string, string>();
  spec.form.steps.forEach((step, stepIndex) => {
    step.fields.forEach((field, fieldIndex) => {
      const pointer = `/form/steps/${stepIndex}/fields/${fieldIndex}`;
      if (!known.has(field)) {
        report(
          error('semantic/step-unknown-field', pointer, { field, suggestion: didYouMean(field, fields) }),
        );
        return;
      }
      const first = placed.get(field);
      if (first !== undefined) report(error('semantic/step-duplicate-field', pointer, { field, first }));
      else placed.set(field, pointer);
    });
  });
  for (const field of fields) {
    if (!placed.has(field)) report(error('semantic/step-missing-field', '/form/steps', { field }));
  }
};
