import { automaticFacts, checkAutomatic } from '../automaticDecision.js';
import { engineError } from '../errors.js';
import type { DecideEvent } from '../types.js';
import { materialNames } from './checkMaterials.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/** 决定: 准予 or 不予 (a denial needs its reasons, 行政许可法 第三十八条第二款). */
export const decide: EventDefinition<DecideEvent> = {
  // the system decides only 秒批 items (`flow.automaticDecision`): approval when the rule holds, recorded
  roles: ['window', 'approver', 'reviewer', 'superior', 'system'],
  label: { 'zh-CN': '决定', en: 'Decide' },
  stageEvent: true,
  blockedWhileSuspended: true,
  precondition: ({ spec, event }) =>
    event.actor.role === 'system' && !spec.flow?.automaticDecision
      ? engineError('automatic/not-declared', { type: 'DECIDE' })
      : null,
  check(spec, context, event) {
    if (typeof event.approved !== 'boolean') return engineError('event/invalid', { detail: 'approved' });
    if (event.actor.role === 'system') {
      // 秒批 approves; a case its rule does not clear goes to a person, never to an automatic refusal.
      if (!event.approved) return engineError('automatic/approve-only');
      const automatic = checkAutomatic(spec, event);
      if (automatic) return automatic;
      if (event.automaticRule?.result !== true)
        return engineError('event/invalid', { detail: 'automaticRule' });
    }
    if (!event.approved && blank(event.reason))
      return engineError('reason/required', { type: 'DECIDE（不予）' });
    // 先办后补 (`flow.supplyAfterDecision`): the decision may come before the tolerated materials do.
    if (event.approved && context.tolerated.length > 0 && spec.flow?.supplyAfterDecision !== true) {
      const ids = context.tolerated.map((t) => t.materialId);
      return engineError('materials/tolerated-outstanding', { names: materialNames(spec, ids) }, { ids });
    }
    return null;
  },
  facts: (engine, caseData, event) =>
    event.actor.role === 'system' ? { automatic: automaticFacts(engine, caseData) } : undefined,
  reduce: (context, event) => ({
    ...context,
    decision: { approved: event.approved, at: event.at, ...(event.reason ? { reason: event.reason } : {}) },
  }),
};
