import { calendarDateOf } from '../calendarDate.js';
import { defaultCalendar } from '../chineseHolidayCalendar.js';
import { unlessNoCalendarData } from '../dueDates.js';
import { engineError } from '../errors.js';
import { isBadRating } from '../isBadRating.js';
import type { EvaluateEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/** 好差评 (GB/T 39734): 1 非常满意 … 5 非常不满意; 4 and 5 need a reason and open a follow-up (整改). */
export const evaluate: EventDefinition<EvaluateEvent> = {
  roles: ['applicant', 'agent'],
  label: { 'zh-CN': '评价', en: 'Evaluate' },
  precondition: ({ context }) => (context.evaluation ? engineError('evaluation/done') : null),
  check(_spec, _context, event) {
    if (!Number.isInteger(event.score) || event.score < 1 || event.score > 5) {
      return engineError('evaluation/score', { score: String(event.score) });
    }
    if (isBadRating(event.score) && blank(event.comment)) return engineError('evaluation/comment-required');
    return null;
  },
  facts(engine, _case, event) {
    if (typeof event.score !== 'number' || !isBadRating(event.score)) return undefined;
    const days = engine.evaluationFollowUpDays ?? 15;
    const calendar = engine.calendar ?? defaultCalendar();
    return {
      followUpDue: unlessNoCalendarData(() => calendar.addWorkingDays(calendarDateOf(event.at), days)),
      followUpDays: days,
    };
  },
  reduce: (context, event) => ({
    ...context,
    evaluation: {
      score: event.score,
      at: event.at,
      ...(event.comment ? { comment: event.comment } : {}),
      followUp: isBadRating(event.score)
        ? {
            due: event.facts?.followUpDue ?? null,
            closedAt: null,
            ...(event.facts?.followUpDays !== undefined ? { days: event.facts.followUpDays } : {}),
          }
        : null,
    },
  }),
};
