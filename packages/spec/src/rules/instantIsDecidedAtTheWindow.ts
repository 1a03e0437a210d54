import { error, type Rule } from './Rule.js';

/**
 * Instant items promise 0 days and have no back-office stages.
 * Codes: `semantic/instant-promised-limit`, `semantic/instant-has-stages`.
 *
 * @example
 * instantIsDecidedAtTheWindow(spec, (finding) => findings.push(finding));
 */
export const instantIsDecidedAtTheWindow: Rule = (spec, report) => {
  if (spec.mode !== 'instant') return;
  if (spec.timeLimit.promised !== 0)
    report(
      error('semantic/instant-promised-limit', '/timeLimit/promised', { value: spec.timeLimit.promised }),
    );
  if (spec.flow.stages.length > 0) report(error('semantic/instant-has-stages', '/flow/stages'));
};
