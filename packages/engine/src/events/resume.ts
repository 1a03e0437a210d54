import { engineError } from '../errors.js';
import type { ResumeEvent } from '../types.js';
import type { EventDefinition } from './EventDefinition.js';

/** 恢复办理: the 特别程序 has ended; the clock runs again (the resumption day does not count as paused). */
export const resume: EventDefinition<ResumeEvent> = {
  roles: ['reviewer', 'approver', 'superior'],
  label: { 'zh-CN': '恢复办理', en: 'Resume' },
  stageEvent: true,
  precondition: ({ context }) => (context.suspension ? null : engineError('state/not-suspended')),
  reduce: (context) => ({ ...context, suspension: null }),
};
