/**
 * Names of the 好差评 scores for people (zh-CN, en), in the national order (GB/T 39046 A.8):
 * 1 非常满意 … 5 非常不满意.
 *
 * @example
 * SCORE_LABELS[4]['zh-CN']; // '不满意'
 */
export const SCORE_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, { 'zh-CN': string; en: string }>> = {
  1: { 'zh-CN': '非常满意', en: 'Very satisfied' },
  2: { 'zh-CN': '满意', en: 'Satisfied' },
  3: { 'zh-CN': '基本满意', en: 'Fairly satisfied' },
  4: { 'zh-CN': '不满意', en: 'Dissatisfied' },
  5: { 'zh-CN': '非常不满意', en: 'Very dissatisfied' },
};
