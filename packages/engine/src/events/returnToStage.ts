import { engineError } from '../errors.js';
import type { ReturnEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/** 退回: back to the previous step, with a reason (also the superior returning an escalated case). */
export const returnToStage: EventDefinition<ReturnEvent> = {
  roles: ['reviewer', 'approver', 'superior'],
  label: { 'zh-CN': '退回', en: 'Return' },
  stageEvent: true,
  blockedWhileSuspended: true,
  check: (_spec, _context, event) =>
    blank(event.reason) ? engineError('reason/required', { type: 'RETURN' }) : null,
};
