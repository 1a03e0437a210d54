import type { ServiceItemSpec } from '@onewindow/spec';
import { calendarDateOf } from './calendarDate.js';
import { dayCounter } from './dayCounter.js';
import type { CorrectionPeriodDays, ReceiptChannel } from './types.js';
import type { WorkCalendar } from './workCalendar.js';

/** 第三十二条's limit when the item sets none: 5 days (working days, 第八十二条). */
export const DEFAULT_ACCEPTANCE_DAYS = 5;
/** The correction period when the item sets none (`timeLimit.correction`): 30 natural days (local practice, no statute). */
export const DEFAULT_CORRECTION_PERIOD: CorrectionPeriodDays = { days: 30, unit: 'naturalDays' };

/** Whether an application that arrived this way starts the 5-day 受理 limit (online or by post). */
export function startsAcceptanceLimit(channel: ReceiptChannel | undefined): boolean {
  return channel === 'online' || channel === 'post';
}

/**
 * The last day to accept, send back for correction once, or refuse an application received online or by
 * post (行政许可法 第三十二条, 第八十二条: working days; `timeLimit.acceptanceDays`, default 5). Throws
 * `calendar/no-data` past the calendar's years.
 *
 * @example
 * acceptanceDueDate(spec, '2026-09-28T10:00:00+08:00', calendar) // '2026-10-10' (国庆 in between; 10-10 a make-up Saturday)
 */
export function acceptanceDueDate(spec: ServiceItemSpec, receivedAt: string, calendar: WorkCalendar): string {
  return calendar.addWorkingDays(
    calendarDateOf(receivedAt),
    spec.timeLimit.acceptanceDays ?? DEFAULT_ACCEPTANCE_DAYS,
  );
}

/**
 * The last day for the applicant to correct after a 一次性告知 (`timeLimit.correction`, default 30 natural
 * days; a natural-day period ending on a day off ends on the next working day, 民法典 第二百零三条).
 *
 * @example
 * correctionDueDate(spec, '2026-03-02T10:00:00+08:00', calendar) // '2026-04-01'
 */
export function correctionDueDate(
  spec: ServiceItemSpec,
  requestedAt: string,
  calendar: WorkCalendar,
): string {
  const period = spec.timeLimit.correction ?? DEFAULT_CORRECTION_PERIOD;
  const counter = dayCounter(period.unit, calendar);
  return counter.lastDay(counter.add(calendarDateOf(requestedAt), period.days));
}
