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
  /** The date of the n-th working day after `date` (n ≥ 0; n = 0 gives `date`). */
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
 * Builds a {@link WorkCalendar} from holiday data. Lookups are O(1): a prefix sum over the covered years.
 *
 * @example
 * const calendar = createWorkCalendar({ holidays: ['2026-10-01'], workdays: ['2026-10-10'], years: [2026] });
 * calendar.isWorkingDay('2026-10-10') // true (a make-up Saturday)
 * calendar.addWorkingDays('2026-09-30', 1) // '2026-10-02'
 */
export function createWorkCalendar(data: WorkCalendarData): WorkCalendar {
  const years = [...new Set(data.years)].sort((a, b) => a - b);
  if (years.length === 0) throw new EngineFailure(engineError('calendar/no-data', { year: '—' }));
  const first = dayNumber(`${String(years[0]).padStart(4, '0')}-01-01`);
  const last = dayNumber(`${String(years[years.length - 1]).padStart(4, '0')}-12-31`);
  const covered = new Set(years);
  const off = new Set<number>();
  for (const d of data.holidays) off.add(dayNumber(d));
  for (const d of data.closures ?? []) off.add(dayNumber(d));
  const on = new Set<number>();
  for (const d of data.workdays ?? []) on.add(dayNumber(d));
  // prefix[i] = working days in [first, first + i); days of years without data are never working days
  // and are counted in `gaps`, so a range through them can be refused in O(1).
  const size = last - first + 1;
  const working = new Uint8Array(size);
  const prefix = new Int32Array(size + 1);
  const gaps = new Int32Array(size + 1);
  for (let i = 0; i < size; i++) {
    const day = first + i;
    const year = Number(dateOfDayNumber(day).slice(0, 4));
    const weekday = (day + 4) % 7; // 1970-01-01 was a Thursday (4); 0 = Sunday
    const isCovered = covered.has(year);
    const isWorking = isCovered && (on.has(day) || (!off.has(day) && weekday !== 0 && weekday !== 6));
    working[i] = isWorking ? 1 : 0;
    prefix[i + 1] = prefix[i]! + working[i]!;
    gaps[i + 1] = gaps[i]! + (isCovered ? 0 : 1);
  }
  const firstGapAfter = (i: number): number => {
    let j = i;
    while (j < size && gaps[j + 1] === gaps[j]) j++;
    return Number(dateOfDayNumber(first + Math.min(j, size - 1)).slice(0, 4));
  };

  const index = (date: string): number => {
    const day = dayNumber(date);
    const year = Number(date.slice(0, 4));
    if (!covered.has(year) || day < first || day > last) {
      throw new EngineFailure(engineError('calendar/no-data', { year }));
    }
    return day - first;
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
      const i = index(date);
      const wanted = Math.max(0, Math.floor(n));
      if (wanted === 0) return date;
      const target = prefix[i + 1]! + wanted;
      if (prefix[size]! < target)
        throw new EngineFailure(engineError('calendar/no-data', { year: years.at(-1)! + 1 }));
      // smallest j > i with prefix[j + 1] >= target
      let lo = i + 1;
      let hi = size - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (prefix[mid + 1]! >= target) hi = mid;
        else lo = mid + 1;
      }
      if (gaps[lo + 1] !== gaps[i + 1])
        throw new EngineFailure(engineError('calendar/no-data', { year: firstGapAfter(i + 1) }));
      return dateOfDayNumber(first + lo);
    },
  };
}
