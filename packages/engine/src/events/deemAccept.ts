import { calendarDateOf } from '../calendarDate.js';
import { defaultCalendar } from '../chineseHolidayCalendar.js';
import { unlessNoCalendarData } from '../dueDates.js';
import { engineError } from '../errors.js';
import { acceptanceDueDate, startsAcceptanceLimit } from '../receiptDueDates.js';
import type { DeemAcceptEvent } from '../types.js';
import { accept } from './accept.js';
import type { EventDefinition } from './EventDefinition.js';

/**
 * 视为受理 (行政许可法 第三十二条第一款第四项): an application received online or by post that was neither
 * accepted, sent back for correction nor refused by the end of the 受理 limit counts as accepted from the
 * day it was received. Sent by the scheduler (`dueEvents`); the clock starts at receipt.
 */
export const deemAccept: EventDefinition<DeemAcceptEvent> = {
  roles: ['system'],
  label: { 'zh-CN': '视为受理', en: 'Deemed accepted' },
  precondition: ({ context }) =>
    startsAcceptanceLimit(context.receipt?.channel) ? null : engineError('acceptance/not-deemable'),
  check(_spec, context, event) {
    if (event.receivedAt !== context.receipt?.at) {
      return engineError('event/invalid', { detail: `receivedAt (${context.receipt?.at ?? '—'})` });
    }
    const due = event.facts?.acceptanceDue;
    if (due === null) return engineError('calendar/no-data', { year: calendarDateOf(event.at).slice(0, 4) });
    if (due !== undefined && calendarDateOf(event.at) <= due)
      return engineError('acceptance/not-due', { due });
    return null;
  },
  facts(engine, caseData, event) {
    const receipt = caseData.snapshot.context.receipt;
    const calendar = engine.calendar ?? defaultCalendar();
    const acceptanceDue = receipt
      ? unlessNoCalendarData(() => acceptanceDueDate(engine.spec, receipt.at, calendar))
      : null;
    return { ...accept.facts?.(engine, caseData, { ...event, type: 'ACCEPT' }), acceptanceDue };
  },
  reduce: (context, event) => ({ ...context, tolerated: event.facts?.tolerated ?? [], acceptedBy: null }),
};
