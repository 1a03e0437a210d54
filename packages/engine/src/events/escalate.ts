import type { EscalateEvent } from '../types.js';
import type { EventDefinition } from './EventDefinition.js';

/** 上报: the town's 初审 is done; the case goes to the superior level (上报办理制). */
export const escalate: EventDefinition<EscalateEvent> = {
  roles: ['reviewer', 'approver'],
  label: { 'zh-CN': '上报', en: 'Escalate' },
  stageEvent: true,
  blockedWhileSuspended: true,
};
