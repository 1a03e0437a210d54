import type { SuspensionKind } from './types.js';

/**
 * The 特别程序 kinds a SUSPEND may name (the spec schema's SuspensionKind enum), in the schema's order:
 * 听证, 检验, 检测, 检疫, 鉴定, 专家评审, 勘测, 公示, 其他 (延长审批 is not one: it is the EXTEND event, 行政许可法 第四十二条).
 *
 * @example
 * SUSPENSION_KINDS.includes('expertReview'); // true
 */
export const SUSPENSION_KINDS: readonly SuspensionKind[] = [
  'hearing',
  'inspection',
  'testing',
  'quarantine',
  'appraisal',
  'expertReview',
  'survey',
  'publicNotice',
  'other',
];
