import { clockLevels } from '../clockLevels.js';
import { error, type Rule } from './Rule.js';
import { unitWords } from './unitWords.js';

/**
 * The counted stage days of each level fit within that level's limit, and the levels together within
 * the promised limit — the same levels the engine's clock counts (`clockLevels`): for an escalated item
 * the stages before the decision fit within `escalation.preliminaryDays` (初审+上报), and
 * `preliminaryDays + superiorDays` within the promised limit.
 * Codes: `semantic/stage-days-exceed-limit`.
 *
 * @example
 * stagesFitTheLimit(spec, (finding) => findings.push(finding));
 */
export const stagesFitTheLimit: Rule = (spec, report) => {
  const levels = clockLevels(spec);
  const promised = spec.timeLimit.promised;
  for (const level of levels) {
    const parts = level.stageIds.map((id) => ({
      label: id,
      days: spec.flow.stages.find((stage) => stage.id === id)?.days ?? 0,
    }));
    const total = parts.reduce((sum, part) => sum + part.days, 0);
    if (total <= level.days) continue;
    const breakdown = parts.map((part) => `${part.label} ${part.days}`).join(' + ');
    const escalated = spec.mode === 'escalated';
    report(
      error(
        'semantic/stage-days-exceed-limit',
        escalated ? '/flow/escalation/preliminaryDays' : '/flow/stages',
        {
          total,
          promised: level.days,
          breakdown: `（${breakdown}）`,
          breakdownEn: ` (${breakdown})`,
          ...unitWords(spec),
          ...(escalated
            ? { limitZh: '初审上报时限', limitEn: 'preliminary limit' }
            : { limitZh: '承诺办结时限', limitEn: 'promised' }),
        },
      ),
    );
  }
  if (levels.length > 1) {
    const total = levels.reduce((sum, level) => sum + level.days, 0);
    if (total <= promised) return;
    const breakdown = `preliminaryDays ${levels[0]?.days} + superiorDays ${levels[1]?.days}`;
    report(
      error('semantic/stage-days-exceed-limit', '/flow/escalation', {
        total,
        promised,
        breakdown: `（${breakdown}）`,
        breakdownEn: ` (${breakdown})`,
        ...unitWords(spec),
        limitZh: '承诺办结时限',
        limitEn: 'promised',
      }),
    );
  }
};
