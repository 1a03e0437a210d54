import type { SuspensionKind } from './types.js';

/**
 * The 特别程序 kinds a SUSPEND may name (the spec schema's SuspensionKind enum), in the schema's order:
 * 听证, 检验, 检测, 检疫, 鉴定, 专家评审, 勘测, 公示, 延长审批, 其他.
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
  'extension',
  'other',
];
