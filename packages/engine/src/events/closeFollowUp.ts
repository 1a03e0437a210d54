import { engineError } from '../errors.js';
import type { CloseFollowUpEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/** 差评整改办结: the follow-up a bad rating opened is closed, with what was done. */
export const closeFollowUp: EventDefinition<CloseFollowUpEvent> = {
  roles: ['window', 'approver', 'system'],
  label: { 'zh-CN': '整改办结', en: 'Close follow-up' },
  precondition: ({ context }) =>
    context.evaluation?.followUp && !context.evaluation.followUp.closedAt
      ? null
      : engineError('follow-up/none'),
  check: (_spec, _context, event) =>
    blank(event.note) ? engineError('reason/required', { type: 'CLOSE_FOLLOW_UP' }) : null,
  reduce: (context, event) =>
    context.evaluation?.followUp
      ? {
          ...context,
          evaluation: {
            ...context.evaluation,
            followUp: { ...context.evaluation.followUp, closedAt: event.at },
          },
        }
      : context,
};
