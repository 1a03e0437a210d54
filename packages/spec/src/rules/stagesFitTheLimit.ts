import { error, type Rule } from './Rule.js';

/**
 * Counted stage days (plus escalation days) fit within the promised limit.
 * Codes: `semantic/stage-days-exceed-limit`.
 *
 * @example
 * stagesFitTheLimit(spec, (finding) => findings.push(finding));
 */
export const stagesFitTheLimit: Rule = (spec, report) => {
  if (spec.mode === 'instant') return;
  const parts = spec.flow.stages
    .filter((stage) => stage.counted !== false)
    .map((stage) => ({ label: stage.id, days: stage.days }));
  const escalation = spec.mode === 'escalated' ? spec.flow.escalation : undefined;
  if (escalation) {
    parts.push({ label: 'preliminaryDays', days: escalation.preliminaryDays });
    parts.push({ label: 'superiorDays', days: escalation.superiorDays });
  }
  const total = parts.reduce((sum, part) => sum + part.days, 0);
  const promised = spec.timeLimit.promised;
  if (total <= promised) return;
  const breakdown = parts.map((part) => `${part.label} ${part.days}`).join(' + ');
  report(
    error('semantic/stage-days-exceed-limit', '/flow/stages', {
      total,
      promised,
      breakdown: `（${breakdown}）`,
      breakdownEn: ` (${breakdown})`,
    }),
  );
};
