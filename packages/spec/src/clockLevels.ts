import type { ServiceItemSpec } from './serviceItem.generated.js';

/** One level's own clock: the town's 初审 and 上报, or the superior's decision. */
export interface ClockLevel {
  /** `local`: this body (for escalated items: 初审 and 上报); `superior`: the level that decides. */
  id: 'local' | 'superior';
  /** The level's limit, in the item's unit (`timeLimit.unit`). */
  days: number;
  /** Ids of the spec's counted stages run at this level (their days must fit within `days`). */
  stageIds: string[];
}

/**
 * The clocks a case of this item runs, one per level, as the validator checks them and the engine counts
 * them. Promised items have one level (the promised limit). Escalated items (上报办理制, seed 004 附件2 §四:
 * 在规定时限内完成初审、上报) have two, each limited in law by its own body: the town's 初审 and 上报
 * (`escalation.preliminaryDays`, the spec's stages before the decision run within it) and the superior's
 * decision (`escalation.superiorDays`). Instant items have none (decided at the window the same day).
 *
 * @example
 * clockLevels(homesteadSpec) // [{ id: 'local', days: 5, stageIds: ['siteCheck'] }, { id: 'superior', days: 10, stageIds: [] }]
 */
export function clockLevels(spec: ServiceItemSpec): ClockLevel[] {
  const stages = spec.flow?.stages ?? [];
  const counted = (list: typeof stages) => list.filter((stage) => stage.counted !== false).map((s) => s.id);
  if (spec.mode === 'instant') return [];
  if (spec.mode === 'escalated') {
    const escalation = spec.flow.escalation;
    return [
      {
        id: 'local',
        days: escalation?.preliminaryDays ?? 0,
        stageIds: counted(stages.filter((stage) => !stage.decision)),
      },
      { id: 'superior', days: escalation?.superiorDays ?? 0, stageIds: [] },
    ];
  }
  const decisionAt = stages.findIndex((stage) => stage.decision);
  const run = decisionAt >= 0 ? stages.slice(0, decisionAt + 1) : stages;
  return [{ id: 'local', days: spec.timeLimit.promised, stageIds: counted(run) }];
}
