import { error, type Rule } from './Rule.js';

/**
 * flow.escalation is present exactly for escalated items.
 * Codes: `semantic/escalation-missing`, `semantic/escalation-not-allowed`.
 *
 * @example
 * escalationMatchesMode(spec, (finding) => findings.push(finding));
 */
export const escalationMatchesMode: Rule = (spec, report) => {
  if (spec.mode === 'escalated' && !spec.flow.escalation)
    report(error('semantic/escalation-missing', '/flow'));
  if (spec.mode !== 'escalated' && spec.flow.escalation)
    report(error('semantic/escalation-not-allowed', '/flow/escalation', { mode: spec.mode }));
};
