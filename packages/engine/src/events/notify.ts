import { engineError } from '../errors.js';
import type { NotifyEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

const NOTICES = new Set<string>(['warning', 'overdue', 'followUpOverdue']);

/** A scheduler's notice (预警, 超期, 整改超期) in the audit log; once per kind and deadline. */
export const notify: EventDefinition<NotifyEvent> = {
  roles: ['system'],
  label: { 'zh-CN': '预警提醒', en: 'Notify' },
  check(_spec, context, event) {
    if (!NOTICES.has(event.notice) || blank(event.deadline)) {
      return engineError('event/invalid', { detail: 'notice, deadline' });
    }
    if (context.notices.includes(`${event.notice}@${event.deadline}`)) {
      return engineError('notice/duplicate', { notice: event.notice, deadline: event.deadline });
    }
    return null;
  },
  reduce: (context, event) => ({
    ...context,
    notices: [...context.notices, `${event.notice}@${event.deadline}`],
  }),
};
