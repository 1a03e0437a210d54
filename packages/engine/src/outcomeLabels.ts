import type { ServiceItemSpec } from '@onewindow/spec';
import type { Label } from './events/EventDefinition.js';

/** The words for an item's two outcomes: 准予 and 不予 … */
export interface OutcomeLabels {
  approved: Label;
  denied: Label;
}

/**
 * Outcome words per 事项类型 (GB/T 39046 事项类型代码): a benefit is 给付 / 不予给付, a confirmation 确认 /
 * 不予确认, a licence 准予许可 / 不予许可 (行政许可法 第三十八条), and so on; other kinds 准予 / 不予.
 */
const BY_ITEM_TYPE: Readonly<Record<string, OutcomeLabels>> = {
  '01': {
    approved: { 'zh-CN': '准予许可', en: 'Licence granted' },
    denied: { 'zh-CN': '不予许可', en: 'Licence refused' },
  },
  '04': {
    approved: { 'zh-CN': '予以征收', en: 'Levied' },
    denied: { 'zh-CN': '不予征收', en: 'Not levied' },
  },
  '05': {
    approved: { 'zh-CN': '给付', en: 'Benefit granted' },
    denied: { 'zh-CN': '不予给付', en: 'Benefit refused' },
  },
  '07': {
    approved: { 'zh-CN': '确认', en: 'Confirmed' },
    denied: { 'zh-CN': '不予确认', en: 'Not confirmed' },
  },
  '08': {
    approved: { 'zh-CN': '给予奖励', en: 'Award granted' },
    denied: { 'zh-CN': '不予奖励', en: 'Award refused' },
  },
  '09': {
    approved: { 'zh-CN': '作出裁决', en: 'Ruled' },
    denied: { 'zh-CN': '不予裁决', en: 'Ruling refused' },
  },
  '20': { approved: { 'zh-CN': '予以办理', en: 'Granted' }, denied: { 'zh-CN': '不予办理', en: 'Refused' } },
};
const GENERIC: OutcomeLabels = {
  approved: { 'zh-CN': '准予', en: 'Approved' },
  denied: { 'zh-CN': '不予', en: 'Refused' },
};

/**
 * The words for an item's outcomes, following its 事项类型: buttons, state names, notices.
 *
 * @example
 * outcomeLabels(dibaoSpec).denied['zh-CN'] // '不予给付' (itemType 05)
 */
export function outcomeLabels(spec: Pick<ServiceItemSpec, 'itemType'>): OutcomeLabels {
  return Object.hasOwn(BY_ITEM_TYPE, spec.itemType) ? BY_ITEM_TYPE[spec.itemType]! : GENERIC;
}
