import { dateOfDayNumber, dayNumber } from './calendarDate.js';
import { EngineFailure, engineError } from './errors.js';

/**
 * A working-day calendar. Dates are YYYY-MM-DD (China Standard Time). Every method throws an
 * `EngineFailure` with code `calendar/no-data` for a date in a year the calendar has no data for:
 * never a silent weekends-only guess.
 */
export interface WorkCalendar {
  /** Whether the date is a working day (weekday that is no holiday, or a 调休 make-up day). */
  isWorkingDay(date: string): boolean;
  /** Working days in the half-open range (from, to]: `from` itself is not counted. 0 when to ≤ from. */
  workingDaysBetween(from: string, to: string): number;
  /**
   * The date of the n-th working day after `date` (n = 0 gives `date`). `n` must be a whole number ≥ 0:
   * anything else (NaN, −1, 1.5, a string) throws `calendar/invalid-days`.
   */
  addWorkingDays(date: string, n: number): string;
  /** The years this calendar has data for, ascending. */
  readonly years: readonly number[];
}

/** What a calendar is made of: holidays, make-up working days, local closures and the covered years. */
export interface WorkCalendarData {
  /** Public holidays (days off), YYYY-MM-DD. */
  holidays: Iterable<string>;
  /** 调休 make-up working days on a Saturday or Sunday, YYYY-MM-DD. */
  workdays?: Iterable<string>;
  /** Local closures (e.g. a county's own day off), YYYY-MM-DD: treated as holidays. */
  closures?: Iterable<string>;
  /** Years covered by the data; dates outside them are errors. */
  years: Iterable<number>;
}

/**
 * Checks a count of days given to a calendar: a whole number ≥ 0, else `calendar/invalid-days` (NaN used to
 * give the calendar's last day, and 1.5 silently became 1).
 *
 * @example
 * checkDayCount(3) // 3
 * checkDayCount(Number.NaN) // throws EngineFailure calendar/invalid-days
 */
export function checkDayCount(n: unknown): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    throw new EngineFailure(engineError('calendar/invalid-days', { days: String(n) }));
  }
  return n;
}

/**
 * Builds a {@link WorkCalendar} from holiday data. Lookups are O(1): a prefix sum of working days over the
 * covered years, and its inverse (the day of the k-th working day) for `addWorkingDays`.
 *
 * @example
 * const calendar = createWorkCalendar({ holidays: ['2026-10-01'], workdays: ['2026-10-10'], years: [2026] });
 * calendar.isWorkingDay('2026-10-10') // true (a make-up Saturday)
 * calendar.addWorkingDays('2026-09-30', 1) // '2026-10-02'
 */
export function createWorkCalendar(data: WorkCalendarData): WorkCalendar {
  const years = [...new Set(data.years)].sort((a, b) => a - b);
  if (years.length === 0) throw new EngineFailure(engineError('calendar/no-data', { year: '—' }));
  for (const year of years) {
    if (!Number.isInteger(year) || year < 1 || year > 9999) {
      throw new EngineFailure(engineError('calendar/invalid-date', { date: `${year}` }));
    }
  }
  const first = dayNumber(`${String(years[0]).padStart(4, '0')}-01-01`);
  const last = dayNumber(`${String(years[years.length - 1]).padStart(4, '0')}-12-31`);
  const covered = new Set(years);
  const off = new Set<number>();
  for (const d of data.holidays) off.add(dayNumber(d));
  for (const d of data.closures ?? []) off.add(dayNumber(d));
  const on = new Set<number>();
  for (const d of data.workdays ?? []) on.add(dayNumber(d));
  // Per day index i (day first + i): whether it is covered and working, and prefix sums: prefix[i] = working
  // days in [first, first + i), gaps[i] = uncovered days in the same range (a range through a year without
  // data is refused in O(1)). Uncovered days are never working days.
  const size = last - first + 1;
  const isCovered = new Uint8Array(size);
  const working = new Uint8Array(size);
  const prefix = new Int32Array(size + 1);
  const gaps = new Int32Array(size + 1);
  const dates: string[] = new Array(size);
  for (let i = 0; i < size; i++) {
    const day = first + i;
    const date = dateOfDayNumber(day);
    dates[i] = date;
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
    isCovered[i] = covered.has(Number(date.slice(0, 4))) ? 1 : 0;
    working[i] = isCovered[i] && (on.has(day) || (!off.has(day) && weekday !== 0 && weekday !== 6)) ? 1 : 0;
    prefix[i + 1] = prefix[i]! + working[i]!;
    gaps[i + 1] = gaps[i]! + (isCovered[i] ? 0 : 1);
  }
  const totalWorking = prefix[size]!;
  // nth[k] = index of the k-th working day (k = 1 … totalWorking): the inverse of `prefix`.
  const nth = new Int32Array(totalWorking + 1);
  for (let i = 0; i < size; i++) if (working[i]) nth[prefix[i + 1]!] = i;

  // uncoveredFrom[i] = index of the first day at or after i in a year without data (size: none).
  const uncoveredFrom = new Int32Array(size + 1);
  uncoveredFrom[size] = size;
  for (let i = size - 1; i >= 0; i--) uncoveredFrom[i] = isCovered[i] ? uncoveredFrom[i + 1]! : i;
  /** The first year without data after day index i (for the message). */
  const firstGapYearAfter = (i: number): number => {
    const j = uncoveredFrom[Math.min(i, size)]!;
    return j < size ? Number(dates[j]!.slice(0, 4)) : years[years.length - 1]! + 1;
  };
  // One failure per missing year, built once and thrown again: clocks meet a missing year on every
  // deadline past the data (all of December), and building an Error with its stack each time was a fifth
  // of `caseStatistics` in December. Its stack is the first caller's; the message names the year. The
  // error data is frozen: every clock that reports it (`calendarError`) shares it.
  const failures = new Map<number | string, EngineFailure>();
  const noData = (year: number | string): never => {
    let failure = failures.get(year);
    if (!failure) {
      failure = new EngineFailure(Object.freeze(engineError('calendar/no-data', { year })));
      failures.set(year, failure);
    }
    throw failure;
  };
  // The calendar's own date strings, found without parsing: a clock asks about the same few dates (the
  // acceptance day, the dates this calendar returned) many times, and a string keeps its hash once computed.
  const indexOfDate = new Map<string, number>();
  for (let i = 0; i < size; i++) indexOfDate.set(dates[i]!, i);
  const index = (date: string): number => {
    const i = indexOfDate.get(date) ?? dayNumber(date) - first;
    if (i < 0 || i >= size || isCovered[i] === 0) noData(Number(date.slice(0, 4)));
    return i;
  };

  return {
    years,
    isWorkingDay: (date) => working[index(date)] === 1,
    workingDaysBetween(from, to) {
      const a = index(from);
      const b = index(to);
      return b <= a ? 0 : prefix[b + 1]! - prefix[a + 1]!;
    },
    addWorkingDays(date, n) {
      const wanted = checkDayCount(n);
      const i = index(date);
      if (wanted === 0) return date;
      const target = prefix[i + 1]! + wanted;
      if (target > totalWorking) return noData(firstGapYearAfter(i + 1));
      const j = nth[target]!;
      if (gaps[j + 1] !== gaps[i + 1]) return noData(firstGapYearAfter(i + 1));
      return dates[j]!;
    },
  };
}
