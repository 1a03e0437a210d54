import { EngineFailure, engineError } from './errors.js';

const DAY_MS = 86_400_000;
/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): pure arithmetic. */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * The calendar date (YYYY-MM-DD) in China Standard Time of an ISO time. Working days are Beijing days,
 * whatever zone the event's time was written in.
 *
 * @example
 * calendarDateOf('2026-02-13T17:30:00Z') // '2026-02-14'
 */
export function calendarDateOf(at: string): string {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new EngineFailure(engineError('calendar/invalid-date', { date: at }));
  return dateOfDayNumber(Math.floor((ms + CHINA_OFFSET_MS) / DAY_MS));
}

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
};

/**
 * Days since 1970-01-01 for a YYYY-MM-DD date: the engine's arithmetic works on these numbers.
 *
 * @example
 * dayNumber('1970-01-02') // 1
 */
export function dayNumber(date: string): number {
  if (typeof date !== 'string' || date.length !== 10 || date[4] !== '-' || date[7] !== '-') {
    throw new EngineFailure(engineError('calendar/invalid-date', { date: String(date) }));
  }
  const y = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const m = digit(date, 5) * 10 + digit(date, 6);
  const d = digit(date, 8) * 10 + digit(date, 9);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const monthDays = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= monthDays)) {
    throw new EngineFailure(engineError('calendar/invalid-date', { date }));
  }
  return daysFromCivil(y, m, d);
}

/**
 * The YYYY-MM-DD date of a day number (H. Hinnant's civil_from_days).
 *
 * @example
 * dateOfDayNumber(1) // '1970-01-02'
 */
export function dateOfDayNumber(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
}
