import type { CompleteStageEvent } from '../types.js';
import type { EventDefinition } from './EventDefinition.js';

/** 办结本环节: the step's role finishes a back-office stage; the case moves to the next. */
export const completeStage: EventDefinition<CompleteStageEvent> = {
  roles: ['reviewer', 'approver'],
  label: { 'zh-CN': '办结本环节', en: 'Complete stage' },
  stageEvent: true,
  blockedWhileSuspended: true,
};
