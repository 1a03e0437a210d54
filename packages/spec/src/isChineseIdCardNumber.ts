const SHAPE = /^\d{17}[\dX]$/;
/** GB 11643-1999 weights for the first 17 digits (2^(17-i) mod 11). */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** Check character for each weighted sum modulo 11. */
const CHECK_CHARACTERS = '10X98765432';

/**
 * True for an 18-character 居民身份证号码: 17 digits and a check character (digit or upper-case X),
 * a real birth date (1900-01-01 … 2099-12-31) and a correct GB 11643 checksum.
 * Lower-case `x` is refused: the standard prints an upper-case X.
 *
 * @example
 * isChineseIdCardNumber('11010519491231002X'); // true
 * isChineseIdCardNumber('110105194912310021'); // false (wrong check character)
 */
export function isChineseIdCardNumber(value: string): boolean {
  if (typeof value !== 'string' || !SHAPE.test(value)) return false;
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  if (year < 1900 || year > 2099 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(value[i]) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARACTERS[sum % 11] === value[17];
}
