import { EVENT_LABELS } from './eventLabels.js';
import { STATE_LABELS } from './flowModel.js';
import { ROLE_LABELS } from './roles.js';
import type { CaseEventType, Role } from './types.js';

/** window → 综合窗口. */
function roleLabel(role: unknown, lang: 'zh-CN' | 'en'): string {
  return ROLE_LABELS[role as Role]?.[lang] ?? String(role);
}

/** "accepted.review" → 已受理（review）: people read the state's name, not its id. */
function stateLabel(state: unknown, lang: 'zh-CN' | 'en'): string {
  const [root = '', ...rest] = String(state).split('.');
  const label = STATE_LABELS[root]?.[lang] ?? root;
  return rest.length
    ? `${label}${lang === 'zh-CN' ? '（' : ' ('}${rest.join('.')}${lang === 'zh-CN' ? '）' : ')'}`
    : label;
}

/** ACCEPT → “受理”（ACCEPT): the button's word, with the event type for developers. */
function eventLabel(type: unknown, lang: 'zh-CN' | 'en'): string {
  const label = EVENT_LABELS[type as CaseEventType]?.[lang];
  if (!label) return String(type);
  return lang === 'zh-CN' ? `“${label}”（${String(type)}）` : `"${label}" (${String(type)})`;
}

/**
 * Stable error codes for refused events and engine failures. The code never changes; the messages may.
 */
export type EngineErrorCode =
  | 'event/invalid'
  | 'event/unknown-type'
  | 'event/time-order'
  | 'role/not-allowed'
  | 'role/stage'
  | 'role/proxy-not-offered'
  | 'role/not-the-applicant'
  | 'role/on-behalf-of-required'
  | 'role/not-the-agent'
  | 'role/party-as-staff'
  | 'role/separation'
  | 'state/not-allowed'
  | 'state/concluded'
  | 'state/suspended'
  | 'state/not-suspended'
  | 'form/invalid'
  | 'materials/unknown'
  | 'materials/missing'
  | 'materials/commitment-not-allowed'
  | 'materials/not-owed'
  | 'materials/tolerated-outstanding'
  | 'materials/tolerance-not-due'
  | 'correction/empty'
  | 'correction/unknown-target'
  | 'correction/duplicate'
  | 'correction/pending'
  | 'reason/required'
  | 'automatic/not-declared'
  | 'automatic/rule-not-met'
  | 'automatic/materials-incomplete'
  | 'automatic/approve-only'
  | 'tolerance/commitment-required'
  | 'tolerance/credit-refused'
  | 'acceptance/not-deemable'
  | 'acceptance/not-due'
  | 'correction/not-due'
  | 'suspension/kind'
  | 'suspension/not-declared'
  | 'suspension/none-declared'
  | 'extension/not-allowed'
  | 'extension/limit'
  | 'extension/days'
  | 'extension/too-late'
  | 'withdraw/after-decision'
  | 'deliver/method'
  | 'evaluation/done'
  | 'evaluation/score'
  | 'evaluation/comment-required'
  | 'follow-up/none'
  | 'follow-up/no-revisit'
  | 'evaluation/not-yet'
  | 'notice/duplicate'
  | 'case/spec-mismatch'
  | 'case/revision-mismatch'
  | 'case/spec-changed'
  | 'case/invalid'
  | 'case/tampered'
  | 'calendar/no-data'
  | 'calendar/invalid-date'
  | 'calendar/invalid-days'
  | 'calendar/year-missing';

/** A refusal or failure: a stable code, a zh-CN message and an English one. */
export interface EngineError {
  code: EngineErrorCode;
  /** zh-CN message for people. */
  message: string;
  /** The same in English. */
  messageEn: string;
  /** Machine-readable detail (e.g. the missing material ids, the form errors). */
  details?: Record<string, unknown>;
}

type Params = Record<string, string | number | undefined>;
const MESSAGES: Record<EngineErrorCode, [zh: (p: Params) => string, en: (p: Params) => string]> = {
  'event/invalid': [(p) => `事件格式不正确：${p.detail}`, (p) => `Malformed event: ${p.detail}`],
  'event/unknown-type': [(p) => `未知的事件类型：${p.type}`, (p) => `Unknown event type: ${p.type}`],
  'event/time-order': [
    (p) => `事件时间 ${p.at} 早于上一条记录的时间 ${p.last}`,
    (p) => `Event time ${p.at} is earlier than the last record (${p.last})`,
  ],
  'role/not-allowed': [
    (p) => `${roleLabel(p.role, 'zh-CN')}不能${eventLabel(p.type, 'zh-CN')}`,
    (p) => `The ${roleLabel(p.role, 'en')} may not send ${eventLabel(p.type, 'en')}`,
  ],
  'role/stage': [
    (p) =>
      `当前环节“${p.stage}”由${roleLabel(p.expected, 'zh-CN')}办理，${roleLabel(p.role, 'zh-CN')}不能${eventLabel(p.type, 'zh-CN')}`,
    (p) =>
      `Stage "${p.stage}" is handled by the ${roleLabel(p.expected, 'en')}, not the ${roleLabel(p.role, 'en')} (${eventLabel(p.type, 'en')})`,
  ],
  'role/proxy-not-offered': [
    () => '本事项不提供帮办代办，代办员不能代为办理',
    () => 'This item offers no proxy service; an agent may not act',
  ],
  'role/not-the-applicant': [
    (p) => `只有本办件的申请人（${p.applicant}）可以执行 ${p.type}`,
    (p) => `Only this case's applicant (${p.applicant}) may send ${p.type}`,
  ],
  'role/on-behalf-of-required': [
    () => '代办员提交申请须注明所代办的申请人（onBehalfOf）',
    () => 'An agent must name the applicant acted for (onBehalfOf)',
  ],
  'role/not-the-agent': [
    (p) => `只有为本办件提交申请的代办员（${p.agent}）可以代为执行 ${p.type}`,
    (p) => `Only the agent who submitted this case (${p.agent}) may send ${p.type}`,
  ],
  'role/party-as-staff': [
    (p) => `${p.id} 是本办件的申请人或代办员，不能以工作人员身份办理本办件（${p.type}）`,
    (p) => `${p.id} is this case's applicant or agent and may not act on it as staff (${p.type})`,
  ],
  'role/separation': [
    (p) => `受审分离：${p.id} 受理了本办件，不能再作出决定`,
    (p) => `Separate acceptance and decision: ${p.id} accepted this case and may not decide it`,
  ],
  'state/not-allowed': [
    (p) => `办件处于“${stateLabel(p.state, 'zh-CN')}”状态，不能${eventLabel(p.type, 'zh-CN')}`,
    (p) => `${eventLabel(p.type, 'en')} is not possible while the case is "${stateLabel(p.state, 'en')}"`,
  ],
  'state/concluded': [
    (p) => `办件已办结（${stateLabel(p.state, 'zh-CN')}），不能${eventLabel(p.type, 'zh-CN')}`,
    (p) => `The case has concluded (${stateLabel(p.state, 'en')}); ${eventLabel(p.type, 'en')} is refused`,
  ],
  'state/suspended': [
    (p) => `办件处于特别程序（${p.kind}）中，请先恢复办理`,
    (p) => `The case is suspended (${p.kind}); resume it first`,
  ],
  'state/not-suspended': [() => '办件未挂起，无需恢复', () => 'The case is not suspended'],
  'form/invalid': [
    (p) => `申请表有 ${p.count} 处错误，请更正后提交`,
    (p) => `The form has ${p.count} error(s); correct them and submit again`,
  ],
  'materials/unknown': [(p) => `本事项没有材料“${p.ids}”`, (p) => `No such material in this item: ${p.ids}`],
  'materials/missing': [(p) => `缺少必要材料：${p.names}`, (p) => `Required materials missing: ${p.names}`],
  'materials/commitment-not-allowed': [
    (p) => `材料“${p.names}”不适用告知承诺制`,
    (p) => `Material(s) ${p.names} cannot be replaced by a commitment`,
  ],
  'materials/not-owed': [
    (p) => `材料“${p.ids}”不在待补交的容缺材料中`,
    (p) => `Material(s) ${p.ids} are not owed as tolerated materials`,
  ],
  'materials/tolerated-outstanding': [
    (p) => `容缺材料尚未补齐：${p.names}`,
    (p) => `Tolerated materials still outstanding: ${p.names}`,
  ],
  'materials/tolerance-not-due': [
    () => '容缺材料补交期限未届满，不能终止办理',
    () => 'No tolerated material is past its deadline; the case cannot be terminated',
  ],
  'correction/empty': [
    () => '一次性告知须列明全部需要补正的材料或事项',
    () => 'A correction request must list every problem',
  ],
  'correction/unknown-target': [
    (p) => `补正事项“${p.target}”不是本事项的材料或表单字段`,
    (p) => `Correction target "${p.target}" is not a material or form field of this item`,
  ],
  'correction/duplicate': [
    (p) => `补正事项“${p.target}”重复`,
    (p) => `Correction target "${p.target}" is listed twice`,
  ],
  'correction/pending': [
    () => '已一次性告知补正内容，申请人重新提交前不能再次要求补正',
    () => 'A correction request is pending; another is refused until the applicant resubmits',
  ],
  'reason/required': [(p) => `${p.type} 须说明理由`, (p) => `${p.type} needs a reason`],
  'suspension/kind': [
    (p) => `特别程序种类“${p.kind}”无效`,
    (p) => `Unknown special procedure kind "${p.kind}"`,
  ],
  'automatic/not-declared': [
    (p) => `本事项未声明秒批规则（flow.automaticDecision），系统不能${eventLabel(p.type, 'zh-CN')}`,
    (p) =>
      `This item declares no automatic decision (flow.automaticDecision); the system may not send ${eventLabel(p.type, 'en')}`,
  ],
  'automatic/rule-not-met': [
    () => '秒批规则不成立，转人工办理',
    () => 'The automatic decision rule does not hold; a person must handle the case',
  ],
  'automatic/materials-incomplete': [
    () => '材料不齐全（含容缺），不能秒批，转人工办理',
    () => 'Materials are incomplete (or tolerated); no automatic decision, a person must handle the case',
  ],
  'automatic/approve-only': [
    () => '秒批只能准予；不符合规则的申请转人工办理，不能由系统作出不予决定',
    () => 'An automatic decision only approves; the system may not refuse — a person handles the rest',
  ],
  'tolerance/commitment-required': [
    (p) => `容缺受理（${p.count} 项材料后补）须有申请人签署的容缺承诺书（toleranceCommitment）`,
    (p) =>
      `Accepting with ${p.count} tolerated material(s) needs the applicant's signed commitment (toleranceCommitment)`,
  ],
  'tolerance/credit-refused': [
    (p) => `信用核查未通过，不予容缺受理：${p.reason}`,
    (p) => `The credit check refused tolerated acceptance: ${p.reason}`,
  ],
  'acceptance/not-deemable': [
    () => '只有网上或邮寄提交的申请适用受理时限（行政许可法 第三十二条），窗口申请当场受理',
    () => 'Only applications received online or by post have the acceptance limit (art. 32)',
  ],
  'acceptance/not-due': [
    (p) => `受理时限至 ${p.due} 届满，届满前不能视为受理`,
    (p) => `The acceptance limit runs until ${p.due}; the application is not deemed accepted before`,
  ],
  'correction/not-due': [
    (p) => `补正期限至 ${p.due} 届满，届满前不能视为撤回`,
    (p) => `The correction period runs until ${p.due}; the application does not lapse before`,
  ],
  'suspension/not-declared': [
    (p) => `本事项未声明特别程序“${p.kind}”（已声明：${p.declared}）`,
    (p) => `This item does not declare the special procedure "${p.kind}" (declared: ${p.declared})`,
  ],
  'suspension/none-declared': [
    () => '本事项未声明任何特别程序（flow.specialProcedures），不能挂起',
    () => 'This item declares no special procedure (flow.specialProcedures); it cannot be suspended',
  ],
  'extension/not-allowed': [
    () => '本事项未规定可延长审批期限（timeLimit.extension）',
    () => 'This item allows no extension of its time limit (timeLimit.extension)',
  ],
  'extension/limit': [
    (p) => `本事项只能延长审批 ${p.times} 次，已用完`,
    (p) => `This item allows ${p.times} extension(s); none is left`,
  ],
  'extension/days': [
    (p) => `延长天数须为 1 至 ${p.most} 的整数，收到 ${p.days}`,
    (p) => `Extension days must be a whole number from 1 to ${p.most}; got ${p.days}`,
  ],
  'extension/too-late': [
    (p) => `办理期限已于 ${p.deadline} 届满，不能再延长（行政许可法 第四十二条：须在期限内决定延长）`,
    (p) => `The time limit ended on ${p.deadline}; an extension must be granted before it ends (art. 42)`,
  ],
  'withdraw/after-decision': [
    () => '已作出决定，不能撤回申请',
    () => 'The decision has been taken; the application can no longer be withdrawn',
  ],
  'deliver/method': [
    (p) => `本事项不支持送达方式“${p.method}”`,
    (p) => `Delivery method "${p.method}" is not offered for this item`,
  ],
  'evaluation/done': [() => '本办件已评价，每件只能评价一次', () => 'This case has already been evaluated'],
  'evaluation/score': [
    (p) => `评价等级须为 1（非常满意）至 5（非常不满意），收到 ${p.score}`,
    (p) => `The score must be 1 (very satisfied) to 5 (very dissatisfied); got ${p.score}`,
  ],
  'evaluation/comment-required': [
    () => '“不满意”或“非常不满意”须填写原因',
    () => 'A dissatisfied rating needs a comment',
  ],
  'follow-up/no-revisit': [
    () => '没有待回访的差评整改（须先整改办结）',
    () => 'No follow-up awaits a revisit (close the follow-up first)',
  ],
  'evaluation/not-yet': [
    (p) => `${p.contact}尚未完成，还不能评价`,
    (p) => `The service being rated (${p.contact}) has not happened yet`,
  ],
  'follow-up/none': [() => '本办件没有待整改的差评', () => 'This case has no open follow-up'],
  'notice/duplicate': [
    (p) => `已发出过同一期限（${p.deadline}）的“${p.notice}”提醒`,
    (p) => `A "${p.notice}" notice for deadline ${p.deadline} was already sent`,
  ],
  'case/spec-mismatch': [
    (p) => `办件属于事项“${p.caseSpec}”，不能按事项“${p.spec}”办理`,
    (p) => `The case belongs to item "${p.caseSpec}", not "${p.spec}"`,
  ],
  'case/revision-mismatch': [
    (p) =>
      p.missing === 'spec'
        ? `办件记录始于事项修订版 ${p.caseRevision}，重放须提供该修订版的事项定义（resolveSpec），不能只按修订版 ${p.revision} 重放`
        : `办件按事项修订版 ${p.caseRevision} 办理，不能按修订版 ${p.revision} 加载（未登记迁移）`,
    (p) =>
      p.missing === 'spec'
        ? `The log began on revision ${p.caseRevision}; replaying it needs that revision's spec (resolveSpec), not only ${p.revision}`
        : `The case runs on revision ${p.caseRevision}; loading it against ${p.revision} needs a registered migration`,
  ],
  'case/spec-changed': [
    (p) =>
      `事项“${p.spec}”修订版 ${p.revision} 的内容已与办件所依据的不同（内容哈希 ${p.caseHash}，现为 ${p.specHash}）：修改事项须启用新的修订版号，并为在办件登记迁移`,
    (p) =>
      `Item "${p.spec}" revision ${p.revision} is not the content this case runs on (hash ${p.caseHash}, now ${p.specHash}): a changed spec needs a new revision, and a migration for open cases`,
  ],
  'case/invalid': [(p) => `办件数据无效：${p.detail}`, (p) => `Invalid case data: ${p.detail}`],
  'case/tampered': [
    (p) => `办件数据与其办理记录不一致（${p.where}：${p.zh}），可能已被篡改，拒绝办理`,
    (p) =>
      `The case does not agree with its own audit log (${p.where}: ${p.en}); it may have been tampered with`,
  ],
  'calendar/no-data': [
    (p) => `工作日历没有 ${p.year} 年的节假日数据，无法计算工作日`,
    (p) => `The work calendar has no holiday data for ${p.year}; working days cannot be computed`,
  ],
  'calendar/invalid-date': [(p) => `日期“${p.date}”无效`, (p) => `Invalid date "${p.date}"`],
  'calendar/invalid-days': [
    (p) => `天数“${p.days}”无效：须为不小于 0 的整数`,
    (p) => `Invalid number of days "${p.days}": a whole number of 0 or more is needed`,
  ],
  'calendar/year-missing': [
    (p) =>
      `工作日历还没有 ${p.year} 年的节假日安排：${p.year} 年的期限和到期日无法计算。请按国务院办公厅的通知加入该年（docs/engine.md“新年”）`,
    (p) =>
      `The work calendar has no holiday schedule for ${p.year} yet: deadlines and due dates in ${p.year} cannot be computed. Add the year from the State Council's notice (docs/engine.md, "New Year")`,
  ],
};

/**
 * Builds an {@link EngineError} with its zh-CN and English messages.
 *
 * @example
 * engineError('reason/required', { type: 'REJECT' }).message // 'REJECT 须说明理由'
 */
export function engineError(
  code: EngineErrorCode,
  params: Params = {},
  details?: Record<string, unknown>,
): EngineError {
  const [zh, en] = MESSAGES[code];
  const error: EngineError = { code, message: zh(params), messageEn: en(params) };
  if (details) error.details = details;
  return error;
}

/** Thrown (not returned) for failures that are not refusals: a calendar without data, a broken case. */
export class EngineFailure extends Error {
  readonly code: EngineErrorCode;
  readonly error: EngineError;
  constructor(error: EngineError) {
    super(error.message);
    this.name = 'EngineFailure';
    this.code = error.code;
    this.error = error;
  }
}
