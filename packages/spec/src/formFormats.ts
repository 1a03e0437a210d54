import { isChineseIdCardNumber } from './isChineseIdCardNumber.js';
import { isMainlandMobile } from './isMainlandMobile.js';

/**
 * The custom string formats that form schemas may use, besides the standard ones (date, email, uri …).
 *
 * @example
 * formFormats['cn-mobile']('13800138000'); // true
 */
export const formFormats: Readonly<Record<string, (value: string) => boolean>> = {
  'cn-id-card': isChineseIdCardNumber,
  'cn-mobile': isMainlandMobile,
};
