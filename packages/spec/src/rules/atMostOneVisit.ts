import type { Rule } from './Rule.js';

/**
 * 最多跑一次: warns above one visit, and when a visit has no stated reason.
 * Codes: `semantic/max-visits-over-one`, `semantic/max-visits-note-missing`.
 *
 * @example
 * atMostOneVisit(spec, (finding) => findings.push(finding));
 */
export const atMostOneVisit: Rule = (spec, report) => {
  if (spec.maxVisits > 1)
    report({
      code: 'semantic/max-visits-over-one',
      severity: 'warning',
      pointer: '/maxVisits',
      params: { value: spec.maxVisits },
    });
  if (spec.maxVisits > 0 && spec.maxVisitsNote === undefined)
    report({
      code: 'semantic/max-visits-note-missing',
      severity: 'warning',
      pointer: '/maxVisits',
      params: {},
    });
};
