// Dates and times for the `date`, `time`, `date-time`, `iso-time` and `iso-date-time` formats. Every
// pattern below is anchored and has fixed-width fields; the one unbounded repetition, the fraction's `\d+`,
// is followed by a character `\d` cannot match, so a failing match backtracks over it once: linear time.

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** RFC 3339 `full-time`: the offset is required, `Z` or `±hh:mm`. */
const RFC3339_TIME = /^(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:z|([+-])(\d\d):(\d\d))$/i;
/** ISO 8601 extended time (ajv-formats' `iso-time`): the offset is optional and may be `±hh`, `±hhmm`. */
const ISO_TIME = /^(\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
/** Between date and time: `T`, `t` or a white-space character, as @cfworker/json-schema and ajv-formats. */
const DATE_TIME_SEPARATOR = /^[t\s]$/i;

const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/**
 * True for an RFC 3339 `full-date` that exists in the calendar (`2024-02-29` yes, `2023-02-29` no).
 *
 * @example
 * isDate('2024-02-29'); // true
 * isDate('2024-2-29');  // false
 */
export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const lastDay = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month];
  return month >= 1 && month <= 12 && day >= 1 && lastDay !== undefined && day <= lastDay;
}

/**
 * True for a time of day: `offset: 'required'` is RFC 3339 `full-time` (the `time` format of draft-07:
 * `Z` or `±hh:mm` required), `'optional'` is ajv-formats' `iso-time` (no offset, or `Z`, `±hh`, `±hhmm`,
 * `±hh:mm`). A leap second (`:60`) is valid only at 23:59 UTC.
 *
 * @example
 * isTime('08:30:06.283185Z', 'required'); // true
 * isTime('08:30:06', 'required');         // false: no offset
 * isTime('08:30:06', 'optional');         // true
 * isTime('23:59:60+00:00', 'required');   // true: a leap second
 */
export function isTime(value: string, offset: 'required' | 'optional'): boolean {
  const match = (offset === 'required' ? RFC3339_TIME : ISO_TIME).exec(value);
  if (!match) return false;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  const second = Number(match[3]);
  const sign = match[4] === '-' ? -1 : match[4] === '+' ? 1 : 0;
  const offsetHour = Number(match[5] ?? 0);
  const offsetMinute = Number(match[6] ?? 0);
  if (hour > 23 || minute > 59 || second > 60 || offsetHour > 23 || offsetMinute > 59) return false;
  if (second < 60) return true;
  const minutesPerDay = 24 * 60;
  const utcMinute =
    (hour * 60 + minute - sign * (offsetHour * 60 + offsetMinute) + minutesPerDay) % minutesPerDay;
  return utcMinute === 23 * 60 + 59;
}

/**
 * True for a date, a `T` (or `t`, or a white-space character) and a time: `offset: 'required'` is RFC 3339
 * `date-time` (draft-07's `date-time`), `'optional'` ajv-formats' `iso-date-time`.
 *
 * @example
 * isDateTime('2024-03-01T08:30:00+08:00', 'required'); // true
 * isDateTime('2024-03-01T08:30:00', 'optional');       // true
 */
export function isDateTime(value: string, offset: 'required' | 'optional'): boolean {
  // The date has a fixed width, so the separator is the 11th character: no split into pieces (which costs
  // an array as long as the value when the value is all separators).
  return (
    value.length > 11 &&
    DATE_TIME_SEPARATOR.test(value.charAt(10)) &&
    isDate(value.slice(0, 10)) &&
    isTime(value.slice(11), offset)
  );
}
