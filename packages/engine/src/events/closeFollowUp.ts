import { calendarDateOf } from '../calendarDate.js';
import { defaultCalendar } from '../chineseHolidayCalendar.js';
import { unlessNoCalendarData } from '../dueDates.js';
import { engineError } from '../errors.js';
import { allRatings, ratingFor, withFollowUp } from '../ratings.js';
import type { CloseFollowUpEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/** 差评整改办结: the follow-up a bad rating opened is closed, with what was done; a 回访 is then due. */
export const closeFollowUp: EventDefinition<CloseFollowUpEvent> = {
  roles: ['window', 'approver', 'system'],
  label: { 'zh-CN': '整改办结', en: 'Close follow-up' },
  // Some rating's follow-up is open (allowedEvents shows the button); the one the event names is checked below.
  precondition: ({ context }) =>
    allRatings(context).some(({ rating }) => rating.followUp && !rating.followUp.closedAt)
      ? null
      : engineError('follow-up/none'),
  check(_spec, context, event) {
    const followUp = ratingFor(context, event.contact)?.followUp;
    if (!followUp || followUp.closedAt) return engineError('follow-up/none');
    return blank(event.note) ? engineError('reason/required', { type: 'CLOSE_FOLLOW_UP' }) : null;
  },
  facts(engine, _case, event) {
    const days = engine.evaluationRevisitDays ?? 5;
    const calendar = engine.calendar ?? defaultCalendar();
    return {
      revisitDue: unlessNoCalendarData(() => calendar.addWorkingDays(calendarDateOf(event.at), days)),
    };
  },
  reduce: (context, event) =>
    withFollowUp(context, event.contact, {
      closedAt: event.at,
      revisitDue: event.facts?.revisitDue ?? null,
      revisitedAt: null,
    }),
};
