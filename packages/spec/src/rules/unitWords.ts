import type { ServiceItemSpec } from '../serviceItem.generated.js';

/**
 * The item's time unit in words for messages: 个工作日 / working days, 天（自然日）/ natural days.
 *
 * @example
 * unitWords(spec) // { unitZh: '个工作日', unitEn: 'working days' }
 */
export function unitWords(spec: ServiceItemSpec): { unitZh: string; unitEn: string } {
  return spec.timeLimit.unit === 'naturalDays'
    ? { unitZh: '天（自然日）', unitEn: 'natural days' }
    : { unitZh: '个工作日', unitEn: 'working days' };
}
