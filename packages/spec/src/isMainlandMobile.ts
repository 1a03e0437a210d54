const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * True for a mainland China mobile number: 11 digits, `1` then 3–9 (no spaces, no +86).
 *
 * @example
 * isMainlandMobile('13800138000'); // true
 * isMainlandMobile('12800138000'); // false
 */
export function isMainlandMobile(value: string): boolean {
  return typeof value === 'string' && MAINLAND_MOBILE.test(value);
}
