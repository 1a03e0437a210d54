import { engineError } from '../errors.js';
import { SUSPENSION_KINDS } from '../suspensionKinds.js';
import type { SuspendEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

const KINDS = new Set<string>(SUSPENSION_KINDS);

/** 特别程序 (行政许可法 第四十五条): 听证、检验、鉴定 … stop the clock until RESUME. */
export const suspend: EventDefinition<SuspendEvent> = {
  roles: ['reviewer', 'approver', 'superior'],
  label: { 'zh-CN': '挂起（特别程序）', en: 'Suspend' },
  stageEvent: true,
  blockedWhileSuspended: true,
  check(_spec, _context, event) {
    if (!KINDS.has(event.kind)) return engineError('suspension/kind', { kind: String(event.kind) });
    if (blank(event.reason)) return engineError('reason/required', { type: 'SUSPEND' });
    return null;
  },
  reduce: (context, event) => ({
    ...context,
    suspension: { kind: event.kind, reason: event.reason, at: event.at },
  }),
};
