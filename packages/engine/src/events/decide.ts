import { engineError } from '../errors.js';
import type { DecideEvent } from '../types.js';
import { materialNames } from './checkMaterials.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/** 决定: 准予 or 不予 (a denial needs its reasons, 行政许可法 第三十八条第二款). */
export const decide: EventDefinition<DecideEvent> = {
  roles: ['window', 'approver', 'reviewer', 'superior'],
  label: { 'zh-CN': '决定', en: 'Decide' },
  stageEvent: true,
  blockedWhileSuspended: true,
  check(spec, context, event) {
    if (typeof event.approved !== 'boolean') return engineError('event/invalid', { detail: 'approved' });
    if (!event.approved && blank(event.reason))
      return engineError('reason/required', { type: 'DECIDE（不予）' });
    // 先办后补 (`flow.supplyAfterDecision`): the decision may come before the tolerated materials do.
    if (event.approved && context.tolerated.length > 0 && spec.flow?.supplyAfterDecision !== true) {
      const ids = context.tolerated.map((t) => t.materialId);
      return engineError('materials/tolerated-outstanding', { names: materialNames(spec, ids) }, { ids });
    }
    return null;
  },
  reduce: (context, event) => ({
    ...context,
    decision: { approved: event.approved, at: event.at, ...(event.reason ? { reason: event.reason } : {}) },
  }),
};
