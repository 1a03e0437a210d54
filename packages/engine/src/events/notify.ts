import { engineError } from '../errors.js';
import type { NoticeKind, NotifyEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

const NOTICES = new Set<string>([
  'warning',
  'overdue',
  'followUpOverdue',
  'levelOverdue',
  'stageOverdue',
  'procedureOverdue',
  'revisitOverdue',
] satisfies NoticeKind[]);

/** The key a sent notice is recorded under (`notices` in the context): kind, scope and deadline. */
export function noticeKey(notice: string, deadline: string, scope?: string): string {
  return scope ? `${notice}#${scope}@${deadline}` : `${notice}@${deadline}`;
}

/** A scheduler's notice (预警, 超期, 整改超期) in the audit log; once per kind and deadline. */
export const notify: EventDefinition<NotifyEvent> = {
  roles: ['system'],
  label: { 'zh-CN': '预警提醒', en: 'Notify' },
  check(_spec, context, event) {
    if (!NOTICES.has(event.notice) || blank(event.deadline)) {
      return engineError('event/invalid', { detail: 'notice, deadline' });
    }
    if (event.scope !== undefined && blank(event.scope))
      return engineError('event/invalid', { detail: 'scope' });
    if (context.notices.includes(noticeKey(event.notice, event.deadline, event.scope))) {
      return engineError('notice/duplicate', { notice: event.notice, deadline: event.deadline });
    }
    return null;
  },
  reduce: (context, event) => ({
    ...context,
    notices: [...context.notices, noticeKey(event.notice, event.deadline, event.scope)],
  }),
};
