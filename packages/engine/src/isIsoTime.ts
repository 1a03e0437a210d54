/** The number written by two ASCII digits at `i`, or NaN. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/**
 * Whether a value is an ISO 8601 time with an offset that names a real moment
 * (`YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)`): the date exists (`2026-02-30` does not, although
 * `Date.parse` rolls it over to March 2), hours 00–23, minutes and seconds 00–59, offset at most ±23:59.
 * Runs on every event, so it reads characters rather than running a regular expression.
 *
 * @example
 * isIsoTime('2026-03-02T09:00:00+08:00') // true
 * isIsoTime('2026-02-30T09:00:00+08:00') // false
 * isIsoTime('2026-03-02') // false: a time needs a time of day and an offset
 */
export function isIsoTime(value: unknown): value is string {
  if (typeof value !== 'string' || value.length < 17) return false;
  const s = value;
  const year = twoDigits(s, 0) * 100 + twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  if (s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':') return false;
  // NaN fails every comparison below
  if (!(month >= 1 && month <= 12 && day >= 1 && hour <= 23 && minute <= 59 && year >= 0)) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const monthDays =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > monthDays) return false;
  let i = 16;
  if (s[i] === ':') {
    if (!(twoDigits(s, i + 1) <= 59)) return false;
    i += 3;
    if (s[i] === '.') {
      const digitsFrom = ++i;
      while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
      if (i === digitsFrom) return false;
    }
  }
  if (s[i] === 'Z') return i + 1 === s.length;
  if (s[i] !== '+' && s[i] !== '-') return false;
  return i + 6 === s.length && twoDigits(s, i + 1) <= 23 && s[i + 3] === ':' && twoDigits(s, i + 4) <= 59;
}
