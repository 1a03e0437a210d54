import { dateOfDayNumber, dayNumber } from './calendarDate.js';
import type { WorkCalendar } from './workCalendar.js';

/** How a limit is counted: 工作日 (行政许可法 第八十二条) or 自然日 (e.g. 居住证暂行条例 第九条: 15 日). */
export type DayUnit = 'workingDays' | 'naturalDays';

/** Counts days of one unit. Dates are YYYY-MM-DD (Beijing). */
export interface DayCounter {
  readonly unit: DayUnit;
  /** Days in the half-open range (from, to]: the first day is not counted (期间开始之日不计算在期间内). */
  between(from: string, to: string): number;
  /** The date `n` days after `date` (n = 0 gives `date`). */
  add(date: string, n: number): string;
  /**
   * The last day of a period whose n-th day is `date`. A natural-day period ending on a day off ends on the
   * next working day (民法典 第二百零三条: 期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日);
   * a working-day period always ends on a working day.
   */
  lastDay(date: string): string;
}

/**
 * A counter of working days (from the calendar) or natural days (the calendar is asked only whether a
 * period's last day is a day off).
 *
 * @example
 * dayCounter('naturalDays', calendar).add('2026-09-25', 7) // '2026-10-02' (a holiday) …
 * dayCounter('naturalDays', calendar).lastDay('2026-10-02') // '2026-10-09', the first working day after 国庆
 */
export function dayCounter(unit: DayUnit, calendar: WorkCalendar): DayCounter {
  if (unit === 'workingDays') {
    return {
      unit,
      between: (from, to) => calendar.workingDaysBetween(from, to),
      add: (date, n) => calendar.addWorkingDays(date, n),
      lastDay: (date) => date,
    };
  }
  return {
    unit,
    between: (from, to) => Math.max(0, dayNumber(to) - dayNumber(from)),
    add: (date, n) => dateOfDayNumber(dayNumber(date) + Math.max(0, Math.floor(n))),
    lastDay: (date) => (calendar.isWorkingDay(date) ? date : calendar.addWorkingDays(date, 1)),
  };
}
