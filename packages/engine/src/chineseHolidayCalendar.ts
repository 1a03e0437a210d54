import { HOLIDAY_DATA } from './holidayData.generated.js';
import type { HolidayYear } from './holidayYear.js';
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
  /**
   * Whole years from the State Council's notice, read with `holidayYearFromJson` (the documented way to add
   * next year before the package has it). A year the package already has is replaced: the package's days
   * of that year are dropped and the file's are used.
   */
  extraYears?: HolidayYear[];
}

/** The dates of one year's "MMDD" / "MMDD+n" runs (see holidayData.generated.ts). */
function decodeRuns(year: number, runs: string): string[] {
  const dates: string[] = [];
  for (const run of runs.split(' ')) {
    if (run === '') continue;
    const [monthDay = '', extra = '0'] = run.split('+');
    const start = Date.UTC(year, Number(monthDay.slice(0, 2)) - 1, Number(monthDay.slice(2)));
    for (let i = 0; i <= Number(extra); i++)
      dates.push(new Date(start + i * 86_400_000).toISOString().slice(0, 10));
  }
  return dates;
}

let national: { holidays: string[]; workdays: string[]; years: number[] } | undefined;
/** The national data, decoded once. */
function nationalData() {
  if (national) return national;
  const years = Object.keys(HOLIDAY_DATA).map(Number);
  national = {
    years,
    holidays: years.flatMap((year) => decodeRuns(year, HOLIDAY_DATA[year]!.holidays)),
    workdays: years.flatMap((year) => decodeRuns(year, HOLIDAY_DATA[year]!.workdays)),
  };
  return national;
}

/**
 * The default {@link WorkCalendar}: weekends, public holidays and 调休 make-up working days for mainland
 * China from the maintained `chinese-days` data (State Council notices, 2004 onwards; compacted at build
 * time by `scripts/gen-holidays.mjs`), plus local changes. A date in a year the data does not cover throws
 * `calendar/no-data`: once the State Council publishes a new year, add it from a JSON file with
 * `extraYears: [holidayYearFromJson(text).year]` (docs/engine.md, "New Year").
 *
 * @example
 * const calendar = chineseHolidayCalendar();
 * calendar.isWorkingDay('2026-02-14') // true: 春节 make-up Saturday
 * calendar.isWorkingDay('2026-02-16') // false: 春节
 */
export function chineseHolidayCalendar(options: ChineseHolidayCalendarOptions = {}): WorkCalendar {
  const data = nationalData();
  const extraYears = options.extraYears ?? [];
  const replaced = new Set(extraYears.map((y) => y.year));
  const kept = (dates: string[]) =>
    replaced.size === 0 ? dates : dates.filter((date) => !replaced.has(Number(date.slice(0, 4))));
  return createWorkCalendar({
    holidays: [...kept(data.holidays), ...extraYears.flatMap((y) => y.holidays), ...(options.holidays ?? [])],
    workdays: [...kept(data.workdays), ...extraYears.flatMap((y) => y.workdays), ...(options.workdays ?? [])],
    closures: options.closures ?? [],
    years: [...data.years, ...replaced, ...(options.years ?? [])],
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
