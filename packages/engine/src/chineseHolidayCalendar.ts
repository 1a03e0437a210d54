import holidayData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { createWorkCalendar, type WorkCalendar } from './workCalendar.js';

/** Local changes a host may add to the national calendar. */
export interface ChineseHolidayCalendarOptions {
  /** Extra days off (e.g. a local closure), YYYY-MM-DD. */
  closures?: string[];
  /** Extra working days (e.g. a newer year's 调休 days), YYYY-MM-DD. */
  workdays?: string[];
  /** Extra public holidays, YYYY-MM-DD: with `years`, a host can add a year before the package has it. */
  holidays?: string[];
  /** Extra covered years (whose holidays come in `holidays`). */
  years?: number[];
}

const data = holidayData as { holidays: Record<string, string>; workdays: Record<string, string> };
/** Years present in the maintained data (chinese-days), derived from its holiday keys. */
const coveredYears = [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort();

/**
 * The default {@link WorkCalendar}: weekends, public holidays and 调休 make-up working days for mainland
 * China from the maintained `chinese-days` data (State Council notices, 2004 onwards), plus local changes.
 * A date in a year the data does not cover throws `calendar/no-data`.
 *
 * @example
 * const calendar = chineseHolidayCalendar();
 * calendar.isWorkingDay('2026-02-14') // true: 春节 make-up Saturday
 * calendar.isWorkingDay('2026-02-16') // false: 春节
 */
export function chineseHolidayCalendar(options: ChineseHolidayCalendarOptions = {}): WorkCalendar {
  return createWorkCalendar({
    holidays: [...Object.keys(data.holidays), ...(options.holidays ?? [])],
    workdays: [...Object.keys(data.workdays), ...(options.workdays ?? [])],
    closures: options.closures ?? [],
    years: [...coveredYears, ...(options.years ?? [])],
  });
}

let shared: WorkCalendar | undefined;
/**
 * One shared default calendar (built on first use), so callers that do not pass a calendar pay once.
 *
 * @example
 * defaultCalendar().addWorkingDays('2026-04-30', 1) // '2026-05-06'
 */
export function defaultCalendar(): WorkCalendar {
  shared ??= chineseHolidayCalendar();
  return shared;
}
