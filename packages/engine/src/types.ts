import type { Material, ServiceItemSpec } from '@onewindow/spec';

/** The seven roles that may act on a case (DESIGN.md "The flow"). */
export type Role = 'applicant' | 'agent' | 'window' | 'reviewer' | 'approver' | 'superior' | 'system';

/** Who sent an event: a person or a system, in one role, optionally in an organisation (机构). */
export interface Actor {
  id: string;
  role: Role;
  org?: string;
  name?: string;
}

/** 特别程序 kinds (the spec schema's SuspensionKind). */
export type SuspensionKind = NonNullable<ServiceItemSpec['flow']['specialProcedures']>[number]['kind'];

/** 送达方式. */
export type DeliveryMethod = 'window' | 'post' | 'electronic';

/** One problem named in a 一次性告知: a material or a form field (top-level name or JSON pointer). */
export type CorrectionItem = { materialId: string; reason: string } | { field: string; reason: string };

interface EventBase<T extends string> {
  type: T;
  actor: Actor;
  /** ISO 8601 time with offset; the engine never reads the wall clock. */
  at: string;
  /** Free text kept in the audit log (办理意见). */
  note?: string;
}

/** 提交: the form data and the ids of the materials handed in (uploaded, checked or fetched as e-licence). */
export interface SubmitEvent extends EventBase<'SUBMIT'> {
  formData: unknown;
  materials: string[];
  /** Material ids replaced by a signed commitment (告知承诺制); only materials with `commitment: true`. */
  commitments?: string[];
  /** For an agent: the applicant acted for (帮办代办). */
  onBehalfOf?: string;
  /**
   * How the application arrived (收件渠道): `online` (网上申请) or `post` (信函) start the 5-day 受理 limit of
   * 行政许可法 第三十二条; `window` (default) is decided at the window on the spot.
   */
  channel?: ReceiptChannel;
}

/** A number of days and their unit (the spec's `Period`). */
export type CorrectionPeriodDays = NonNullable<ServiceItemSpec['timeLimit']['correction']>;

/** 收件渠道: online (网上), by post (信函), at the window (窗口). */
export type ReceiptChannel = 'online' | 'post' | 'window';
/** 补正后重新提交: omitted fields keep their earlier values. */
export interface ResubmitEvent extends EventBase<'RESUBMIT'> {
  formData?: unknown;
  materials?: string[];
  commitments?: string[];
}
/** The applicant's signed 容缺承诺书: they will hand in the tolerated materials by their deadlines. */
export interface ToleranceCommitment {
  /** Who signed (the applicant, or the agent for them). */
  signedBy: string;
  /** The signed document as the host stores it (scan id, e-signature reference …). */
  documentId?: string;
}
/** 受理. With tolerated (容缺) materials owed, it carries the applicant's signed 容缺承诺书. */
export interface AcceptEvent extends EventBase<'ACCEPT'> {
  toleranceCommitment?: ToleranceCommitment;
}
/**
 * 视为受理 (行政许可法 第三十二条第一款第四项: 逾期不告知的，自收到申请材料之日起即为受理): an application
 * received online or by post was neither accepted, sent back for correction nor refused within the item's
 * `timeLimit.acceptanceDays` (default 5 working days). Sent by the scheduler; the clock starts at receipt.
 */
export interface DeemAcceptEvent extends EventBase<'DEEM_ACCEPT'> {
  /** When the application was received (the SUBMIT or RESUBMIT time); the clock counts from that day. */
  receivedAt: string;
}
/**
 * 逾期未补正，视为撤回: the applicant did not correct within the item's `timeLimit.correction` period
 * (default 30 natural days) after the 一次性告知. Sent by the scheduler (or the window); the case ends as withdrawn.
 */
export interface LapseEvent extends EventBase<'LAPSE'> {
  reason?: string;
}
export interface RequestCorrectionEvent extends EventBase<'REQUEST_CORRECTION'> {
  items: CorrectionItem[];
}
export interface RejectEvent extends EventBase<'REJECT'> {
  reason: string;
}
export interface CompleteStageEvent extends EventBase<'COMPLETE_STAGE'> {
  opinion?: string;
}
export interface ReturnEvent extends EventBase<'RETURN'> {
  reason: string;
}
export interface SuspendEvent extends EventBase<'SUSPEND'> {
  kind: SuspensionKind;
  reason: string;
}
export type ResumeEvent = EventBase<'RESUME'>;
/**
 * 延长审批 (行政许可法 第四十二条): with the approval of the body's head, the limit is extended by `days`
 * (at most the item's `timeLimit.extension.days`, as often as its `times`); work and the clock go on.
 */
export interface ExtendEvent extends EventBase<'EXTEND'> {
  /** Days added, in the item's time unit. */
  days: number;
  /** The reason, told to the applicant in the 延期通知书. */
  reason: string;
  /** Who approved it (本行政机关负责人). */
  approvedBy: string;
}
export interface EscalateEvent extends EventBase<'ESCALATE'> {
  opinion?: string;
}
export interface DecideEvent extends EventBase<'DECIDE'> {
  approved: boolean;
  reason?: string;
  /**
   * 秒批: the system's decision records the result of the item's rule (`flow.automaticDecision.when`) over the
   * form data, so the audit log says why; the engine checks it against its own evaluation.
   */
  automaticRule?: { result: boolean };
}
export interface IssueEvent extends EventBase<'ISSUE'> {
  certificateNo?: string;
}
export interface DeliverEvent extends EventBase<'DELIVER'> {
  method: DeliveryMethod;
}
export interface EvaluateEvent extends EventBase<'EVALUATE'> {
  /** 1 非常满意, 2 满意, 3 基本满意, 4 不满意, 5 非常不满意 (GB/T 39046 A.8). */
  score: 1 | 2 | 3 | 4 | 5;
  comment?: string;
  /** 一次一评: the service contact rated (受理 or 出件); absent: the case as a whole after its outcome (一事一评). */
  contact?: ServiceContact;
  /** Where the rating was given (评价器 at the window, online, app, SMS, hotline). */
  channel?: RatingChannel;
}
export interface WithdrawEvent extends EventBase<'WITHDRAW'> {
  reason?: string;
}
export type ArchiveEvent = EventBase<'ARCHIVE'>;
/** 补交容缺材料 (engine addition: the contract has no event for it). */
export interface SupplyEvent extends EventBase<'SUPPLY'> {
  materials: string[];
}
/** 终止: tolerated materials not supplied by their deadline (engine addition). */
export interface TerminateEvent extends EventBase<'TERMINATE'> {
  reason: string;
}
/** A scheduler's notice written to the audit log; changes no state (engine addition). */
export interface NotifyEvent extends EventBase<'NOTIFY'> {
  notice: NoticeKind;
  /** The deadline the notice is about (YYYY-MM-DD); one notice per kind, scope and deadline. */
  deadline: string;
  /** What the notice is about when a case has several: a stage id, a level (`local`/`superior`), a 特别程序 kind. */
  scope?: string;
}

/**
 * Scheduler notices: the case's deadline near (warning) or past (overdue); a bad rating's follow-up past
 * due; a level's own limit past (上报件: the town's 初审+上报 or the superior's); the current stage past its
 * days; a 特别程序 past its declared maximum.
 */
export type NoticeKind =
  | 'warning'
  | 'overdue'
  | 'followUpOverdue'
  | 'levelOverdue'
  | 'stageOverdue'
  | 'procedureOverdue'
  | 'revisitOverdue';
/** 差评整改办结 (engine addition). */
export interface CloseFollowUpEvent extends EventBase<'CLOSE_FOLLOW_UP'> {
  note: string;
  /** The contact rating whose follow-up is closed; absent: the case's 一事一评. */
  contact?: ServiceContact;
}
/** 回访: after 整改, the rater is visited/called back and told what was done (反馈). */
export interface RevisitEvent extends EventBase<'REVISIT'> {
  /** What the rater was told. */
  feedback: string;
  /** The contact rating revisited; absent: the case's 一事一评. */
  contact?: ServiceContact;
}

/** Every event the engine understands. */
export type CaseEvent =
  | SubmitEvent
  | ResubmitEvent
  | AcceptEvent
  | DeemAcceptEvent
  | LapseEvent
  | RequestCorrectionEvent
  | RejectEvent
  | CompleteStageEvent
  | ReturnEvent
  | SuspendEvent
  | ResumeEvent
  | ExtendEvent
  | EscalateEvent
  | DecideEvent
  | IssueEvent
  | DeliverEvent
  | EvaluateEvent
  | WithdrawEvent
  | ArchiveEvent
  | SupplyEvent
  | TerminateEvent
  | NotifyEvent
  | CloseFollowUpEvent
  | RevisitEvent;

export type CaseEventType = CaseEvent['type'];

/** The record that opens every audit log (written by `openCase`). */
export interface OpenRecord {
  type: 'OPEN';
  actor: Actor;
  at: string;
  caseId: string;
  note?: string;
  /** The spec the case was opened on: id, revision and content hash (`specHash`); absent in cases from before 0.2. */
  specId?: string;
  specRevision?: string;
  specHash?: string;
}

/**
 * A migration written to the audit log by `loadCase`: the case moved from one spec revision to another
 * (a host's registered `Migration`), or an engine upgrade rewrote what an older engine stored
 * (`upgrade`). `replay` re-applies it, so a migrated case's log still replays.
 */
export interface MigrateRecord {
  type: 'MIGRATE';
  /** Always the engine itself: `{ id: 'onewindow', role: 'system' }`. */
  actor: Actor;
  /** The time of the event that led to it, or the host's time given to `loadCase`. */
  at: string;
  /** Spec revision before and after (equal for an engine upgrade). */
  from: string;
  to: string;
  /** An engine upgrade rather than a host's migration: `legacyExtension` closes a 0.1 延长审批 suspension. */
  upgrade?: 'legacyExtension';
  /** Content hash of revision `to`'s spec, when known: the case is pinned to it from here on. */
  specHash?: string;
  /** What changed, for people reading the log. */
  note?: string;
}

/** One line of the audit log: the event as received, its sequence number and the state it led to. */
export type AuditEntry = (CaseEvent | OpenRecord | MigrateRecord) & { seq: number; state: string };

/** A tolerated (容缺) material still owed, with the last day (YYYY-MM-DD, Beijing) to supply it. */
export interface ToleratedMaterial {
  materialId: string;
  /** Null when the calendar had no data for it at acceptance: see `toleratedDueDates`. */
  due: string | null;
}

/** The machine context: everything the flow needs besides the state. Plain JSON. */
export interface CaseContext {
  formData: unknown;
  materials: string[];
  commitments: string[];
  /** Actor id of the applicant (or the applicant an agent acts for), fixed at SUBMIT. */
  applicantId: string | null;
  /** Actor id of the agent (帮办代办) who submitted for the applicant, fixed at SUBMIT (absent in cases from before 0.2). */
  agentId?: string | null;
  /** Actor id of the clerk who accepted (受理): under 受审分离 they may not decide (absent in cases from before 0.2). */
  acceptedBy?: string | null;
  /** When and how the latest (re)submission was received (absent in cases from before 0.2). */
  receipt?: { at: string; channel: ReceiptChannel } | null;
  /** The pending correction request (only while `correcting`). */
  correction: { items: CorrectionItem[]; at: string } | null;
  corrections: number;
  tolerated: ToleratedMaterial[];
  /** The 容缺承诺书 the applicant signed at acceptance (absent in cases from before 0.2, null without 容缺). */
  toleranceCommitment?: ToleranceCommitment | null;
  suspension: { kind: SuspensionKind; reason: string; at: string } | null;
  /** 延长审批 granted so far (absent in cases from before 0.2: none). */
  extensions?: { days: number; reason: string; approvedBy: string; at: string }[];
  decision: { approved: boolean; reason?: string; at: string } | null;
  certificateNo: string | null;
  delivery: DeliveryMethod | null;
  /** 一事一评: the rating of the whole case after its outcome. */
  evaluation: Rating | null;
  /** 一次一评: ratings of single service contacts (受理, 出件 at the window), one per contact (absent before 0.2). */
  contactRatings?: (Rating & { contact: ServiceContact })[];
  /** Scheduler notices already recorded, as `notice@deadline`. */
  notices: string[];
}

/** 评价渠道: the window's rating device (评价器), online, the app, SMS, the 12345 hotline. */
export type RatingChannel = 'evaluator' | 'online' | 'app' | 'sms' | 'hotline';

/** 一次一评: the service contacts rated on their own (受理 and 出件 at the window). */
export type ServiceContact = 'acceptance' | 'issue';

/**
 * 差评整改 → 回访 → 反馈: what a bad rating (4, 5) opened. `due` (整改期限) is null when the calendar had no data for
 * it at the rating; `days` lets it be computed later. After 整改 (`closedAt`), a 回访 is due by `revisitDue`; the
 * revisit records the feedback given to the rater.
 */
export interface FollowUp {
  due: string | null;
  closedAt: string | null;
  days?: number;
  /** Last day for the 回访 after 整改 (null: not in the calendar's years, or not yet closed). */
  revisitDue?: string | null;
  revisitedAt?: string | null;
  /** What the rater was told (反馈). */
  feedback?: string;
}

/** One 好差评 rating (GB/T 39734): 1 非常满意 … 5 非常不满意. */
export interface Rating {
  score: 1 | 2 | 3 | 4 | 5;
  comment?: string;
  at: string;
  channel?: RatingChannel;
  followUp: FollowUp | null;
}

/** A case (办件) as plain JSON: safe to store, send and `JSON.parse(JSON.stringify())`. */
export interface Case {
  id: string;
  specId: string;
  specRevision: string;
  snapshot: { value: string; context: CaseContext };
  /** The audit log: who, which role, when, what, why. */
  events: AuditEntry[];
  /** Revisions this case was migrated from, oldest first. */
  migratedFrom?: string[];
}

/** A form error as the spec package reports it (`FormError` in @onewindow/spec). */
export interface FormErrorLike {
  pointer: string;
  message: string;
  keyword?: string;
}

/** Computes the materials required for some form data (the spec package's `requiredMaterials`). */
export type RequiredMaterialsFn = (spec: ServiceItemSpec, formData: unknown) => Material[];
