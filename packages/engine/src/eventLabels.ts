import type { CaseEventType } from './types.js';

/** Names of the events for people (zh-CN, en): buttons, timelines, diagrams. */
export const EVENT_LABELS: Readonly<Record<CaseEventType, { 'zh-CN': string; en: string }>> = {
  SUBMIT: { 'zh-CN': '提交', en: 'Submit' },
  RESUBMIT: { 'zh-CN': '补正后提交', en: 'Resubmit' },
  ACCEPT: { 'zh-CN': '受理', en: 'Accept' },
  REQUEST_CORRECTION: { 'zh-CN': '一次性告知补正', en: 'Request correction' },
  REJECT: { 'zh-CN': '不予受理', en: 'Reject' },
  COMPLETE_STAGE: { 'zh-CN': '办结本环节', en: 'Complete stage' },
  RETURN: { 'zh-CN': '退回', en: 'Return' },
  SUSPEND: { 'zh-CN': '挂起（特别程序）', en: 'Suspend' },
  RESUME: { 'zh-CN': '恢复办理', en: 'Resume' },
  ESCALATE: { 'zh-CN': '上报', en: 'Escalate' },
  DECIDE: { 'zh-CN': '决定', en: 'Decide' },
  ISSUE: { 'zh-CN': '出件', en: 'Issue' },
  DELIVER: { 'zh-CN': '送达', en: 'Deliver' },
  EVALUATE: { 'zh-CN': '评价', en: 'Evaluate' },
  WITHDRAW: { 'zh-CN': '撤回', en: 'Withdraw' },
  ARCHIVE: { 'zh-CN': '归档', en: 'Archive' },
  SUPPLY: { 'zh-CN': '补交容缺材料', en: 'Supply tolerated material' },
  TERMINATE: { 'zh-CN': '终止', en: 'Terminate' },
  NOTIFY: { 'zh-CN': '预警提醒', en: 'Notify' },
  CLOSE_FOLLOW_UP: { 'zh-CN': '整改办结', en: 'Close follow-up' },
};
