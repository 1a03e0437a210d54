import { EVENT_DEFINITIONS } from './eventDefinitions.js';
import type { CaseEventType, Role } from './types.js';

/** Every role, in the order a UI lists them. */
export const ROLES: readonly Role[] = [
  'applicant',
  'agent',
  'window',
  'reviewer',
  'approver',
  'superior',
  'system',
];

/** Role names for people (zh-CN, en). */
export const ROLE_LABELS: Readonly<Record<Role, { 'zh-CN': string; en: string }>> = {
  applicant: { 'zh-CN': '申请人', en: 'Applicant' },
  agent: { 'zh-CN': '代办员', en: 'Agent' },
  window: { 'zh-CN': '综合窗口', en: 'Front desk' },
  reviewer: { 'zh-CN': '审核人员', en: 'Reviewer' },
  approver: { 'zh-CN': '审批人员', en: 'Approver' },
  superior: { 'zh-CN': '上级部门', en: 'Superior department' },
  system: { 'zh-CN': '系统', en: 'System' },
};

/**
 * Which roles may send each event at all (from the event definitions). Stage events (COMPLETE_STAGE,
 * RETURN, ESCALATE, DECIDE …) are further limited to the role of the current stage; see `caseSteps`.
 */
export const EVENT_ROLES: Readonly<Record<CaseEventType, readonly Role[]>> = Object.fromEntries(
  Object.entries(EVENT_DEFINITIONS).map(([type, definition]) => [type, definition.roles]),
) as Record<CaseEventType, readonly Role[]>;

/** Every event type, in a stable order. */
export const EVENT_TYPES = Object.keys(EVENT_ROLES) as CaseEventType[];

/**
 * Whether `role` may send events of `type` at all (before state and stage are considered).
 *
 * @example
 * roleMaySend('window', 'ACCEPT') // true
 * roleMaySend('applicant', 'ACCEPT') // false
 */
export function roleMaySend(role: Role, type: CaseEventType): boolean {
  return EVENT_ROLES[type].includes(role);
}
