import { error, type Rule } from './Rule.js';

/**
 * Promised items decide in exactly one stage, the last; escalated items decide above, in none.
 * Codes: `semantic/decision-stage-missing`, `semantic/decision-stage-multiple`, `semantic/decision-stage-not-last`, `semantic/escalated-decision-stage`.
 *
 * @example
 * oneDecisionStageLast(spec, (finding) => findings.push(finding));
 */
export const oneDecisionStageLast: Rule = (spec, report) => {
  const stages = spec.flow.stages;
  const deciding = stages
    .map((stage, index) => ({ stage, index }))
    .filter(({ stage }) => stage.decision === true);
  if (spec.mode === 'escalated') {
    for (const { stage, index } of deciding)
      report(error('semantic/escalated-decision-stage', `/flow/stages/${index}/decision`, { id: stage.id }));
    return;
  }
  if (spec.mode !== 'promised') return;
  const [first, ...others] = deciding;
  if (!first) {
    report(error('semantic/decision-stage-missing', '/flow/stages'));
    return;
  }
  for (const { stage, index } of others)
    report(
      error('semantic/decision-stage-multiple', `/flow/stages/${index}/decision`, {
        id: stage.id,
        first: first.stage.id,
      }),
    );
  if (others.length === 0 && first.index !== stages.length - 1)
    report(
      error('semantic/decision-stage-not-last', `/flow/stages/${first.index}/decision`, {
        id: first.stage.id,
      }),
    );
};
