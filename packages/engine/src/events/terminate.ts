import { calendarDateOf } from '../calendarDate.js';
import { defaultCalendar } from '../chineseHolidayCalendar.js';
import { toleratedDueDates } from '../dueDates.js';
import { engineError } from '../errors.js';
import type { TerminateEvent } from '../types.js';
import { blank, type EventDefinition } from './EventDefinition.js';

/** 终止: tolerated (容缺) materials not supplied by their deadline. */
export const terminate: EventDefinition<TerminateEvent> = {
  roles: ['window', 'system'],
  label: { 'zh-CN': '终止', en: 'Terminate' },
  precondition: ({ context }) =>
    context.tolerated.length === 0 ? engineError('materials/tolerance-not-due') : null,
  check(_spec, context, event) {
    if (blank(event.reason)) return engineError('reason/required', { type: 'TERMINATE' });
    const today = calendarDateOf(event.at);
    // The due dates as the calendar gives them now: one recorded as null at acceptance (its year had no data
    // yet) is computed once the host's calendar has the year — the date `dueEvents` proposed TERMINATE for.
    const tolerated = event.facts?.tolerated ?? context.tolerated;
    if (!tolerated.some((t) => t.due !== null && t.due < today))
      return engineError('materials/tolerance-not-due');
    return null;
  },
  facts: (engine, caseData) => ({
    tolerated: toleratedDueDates(caseData, engine.spec, engine.calendar ?? defaultCalendar()),
  }),
};
