import type { Rule } from './Rule.js';
import { uniqueIds } from './uniqueIds.js';

/**
 * Form step ids are unique.
 * Codes: `semantic/duplicate-step-id`.
 *
 * @example
 * uniqueStepIds(spec, (finding) => findings.push(finding));
 */
export const uniqueStepIds: Rule = (spec, report) =>
  uniqueIds('semantic/duplicate-step-id', spec.form.steps, (i) => `/form/steps/${i}`, report);
