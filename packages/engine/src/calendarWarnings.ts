import { calendarDateOf } from './calendarDate.js';
import { type EngineError, engineError } from './errors.js';
import type { WorkCalendar } from './workCalendar.js';

/**
 * What a host should know about its calendar at `now`: `calendar/year-missing` for the current year when the
 * calendar has no data for it, and from 1 December (Beijing) for next year while it is still missing — the
 * State Council publishes next year's schedule in November or December, and from then on deadlines and due
 * dates start falling into it. `details.year` names the year. `dueEventsReport` includes these warnings.
 *
 * @example
 * calendarWarnings(chineseHolidayCalendar(), '2026-12-01T09:00:00+08:00')
 * // [{ code: 'calendar/year-missing', message: '工作日历还没有 2027 年的节假日安排：…', details: { year: 2027 } }]
 */
export function calendarWarnings(calendar: WorkCalendar, now: string): EngineError[] {
  const today = calendarDateOf(now);
  const year = Number(today.slice(0, 4));
  const missing = (y: number) => !calendar.years.includes(y);
  const years = [year, ...(today.slice(5, 7) === '12' ? [year + 1] : [])].filter(missing);
  return years.map((y) => engineError('calendar/year-missing', { year: y }, { year: y }));
}
