import type { ServiceItemSpec } from '@onewindow/spec';
import { calendarDateOf } from './calendarDate.js';
import { caseClock } from './caseClock.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import { type DayUnit, dayCounter } from './dayCounter.js';
import { toleratedDueDates, unlessNoCalendarData } from './dueDates.js';
import type { EngineError } from './errors.js';
import { formField } from './formFields.js';
import { materialName } from './materialName.js';
import { outcomeLabels } from './outcomeLabels.js';
import { declaredProcedure } from './specialProcedures.js';
import { text } from './text.js';
import type { Actor, AuditEntry, Case, CorrectionItem, SuspensionKind } from './types.js';
import type { WorkCalendar } from './workCalendar.js';

type Lang = 'zh-CN' | 'en';

/** What every printed notice carries. */
export interface NoticeHeader {
  caseId: string;
  itemName: string;
  itemCode: string;
  implementingBody: string;
  applicantId: string | null;
  /** The date of the notice (YYYY-MM-DD, Beijing). */
  date: string;
  /** Who issued it (the window clerk). */
  issuedBy: Actor;
  complaint: string;
}

/** 一次性告知书: every problem at once. */
export interface CorrectionNotice extends NoticeHeader {
  kind: 'correction';
  items: { target: 'material' | 'field'; id: string; name: string; reason: string }[];
  basis: string;
}
/** 受理通知书: with the promised deadline. */
export interface AcceptanceNotice extends NoticeHeader {
  kind: 'acceptance';
  acceptedOn: string;
  limit: number;
  /** Null only when the calendar has no holiday data for the deadline's year (see `calendarError`). */
  deadline: string | null;
  /** Why the deadline (or a 容缺 due date) could not be computed: add the year to the calendar. */
  calendarError?: EngineError;
  /** Tolerated materials still owed (see the tolerance notice). */
  tolerated: { id: string; name: string; due: string | null }[];
}
/** 救济途径: where and how long an applicant may challenge a refusal. */
export interface Remedies {
  /** 行政复议: within 60 days of receiving the decision (行政复议法 第二十条). */
  reconsideration: { body: string | null; days: 60; basis: string };
  /** 行政诉讼: within 6 months of knowing the decision (行政诉讼法 第四十六条). */
  litigation: { court: string | null; months: 6; basis: string };
  /** The sentence printed on the notice. */
  text: string;
}
/** 不予受理通知书: the reason and the remedies. */
export interface RejectionNotice extends NoticeHeader {
  kind: 'rejection';
  reason: string;
  /** The sentence printed on the notice (`remedyDetails` has the parts). */
  remedies: string;
  remedyDetails: Remedies;
}
/**
 * 决定书 data: the outcome in the item's words (准予许可 / 不予给付 …); a negative decision carries its
 * reasons and 救济途径 (行政许可法 第三十八条第二款).
 */
export interface DecisionNotice extends NoticeHeader {
  kind: 'decision';
  approved: boolean;
  outcome: string;
  decidedOn: string;
  reason: string | null;
  remedies: Remedies | null;
}
/** 特别程序告知书 (行政许可法 第四十五条: 所需时间书面告知申请人): which procedure, why, how long at most. */
export interface SpecialProcedureNotice extends NoticeHeader {
  kind: 'specialProcedure';
  procedure: SuspensionKind;
  name: string;
  reason: string;
  startedOn: string;
  /** Declared maximum and its unit; null without one. */
  maximum: number | null;
  unit: DayUnit;
  /** The last day within the maximum (null without one). */
  expectedEnd: string | null;
  /** Whether its time counts in the time limit (almost never: 第四十五条). */
  counted: boolean;
  basis: string;
}
/** 延期通知书 (行政许可法 第四十二条): the days added, why, who approved, and the new deadline. */
export interface ExtensionNotice extends NoticeHeader {
  kind: 'extension';
  days: number;
  reason: string;
  approvedBy: string;
  /** The deadline before and after the extension, as of the extension's own moment. */
  previousDeadline: string | null;
  deadline: string | null;
  basis: string;
}
/** 容缺受理通知书: the materials owed and their deadlines. */
export interface ToleranceNotice extends NoticeHeader {
  kind: 'tolerance';
  materials: { id: string; name: string; due: string | null }[];
  consequence: string;
}

function header(c: Case, spec: ServiceItemSpec, entry: AuditEntry, lang: Lang): NoticeHeader {
  return {
    caseId: c.id,
    itemName: text(spec.name, lang),
    itemCode: spec.code.implementation,
    implementingBody: text(spec.implementingBody.name, lang),
    applicantId: c.snapshot.context.applicantId,
    date: calendarDateOf(entry.at),
    issuedBy: entry.actor,
    complaint: spec.contact.complaint,
  };
}

const last = (c: Case, type: AuditEntry['type']): AuditEntry | undefined => {
  for (let i = c.events.length - 1; i >= 0; i--) if (c.events[i]!.type === type) return c.events[i];
  return undefined;
};

/**
 * Data for the 一次性告知书 of the case's latest correction request, or null if there was none.
 *
 * @example
 * correctionNotice(caseData, spec)?.items // [{ target: 'material', id: 'idCard', name: '居民身份证', reason: '复印件不清晰' }]
 */
export function correctionNotice(
  c: Case,
  spec: ServiceItemSpec,
  lang: Lang = 'zh-CN',
): CorrectionNotice | null {
  const entry = last(c, 'REQUEST_CORRECTION');
  if (entry?.type !== 'REQUEST_CORRECTION') return null;
  return {
    kind: 'correction',
    ...header(c, spec, entry, lang),
    items: entry.items.map((item: CorrectionItem) =>
      'materialId' in item
        ? {
            target: 'material',
            id: item.materialId,
            name: materialName(spec, item.materialId, lang),
            reason: item.reason,
          }
        : {
            target: 'field',
            id: item.field,
            name: (() => {
              const title = formField(spec, item.field)?.title;
              return typeof title === 'string' ? title : item.field;
            })(),
            reason: item.reason,
          },
    ),
    basis:
      lang === 'en'
        ? 'Administrative Licensing Law of the PRC, Art. 32'
        : '《中华人民共和国行政许可法》第三十二条',
  };
}

/**
 * Data for the 受理通知书, with the deadline date, or null before acceptance.
 *
 * @example
 * acceptanceNotice(caseData, spec)?.deadline // '2026-03-26'
 */
export function acceptanceNotice(
  c: Case,
  spec: ServiceItemSpec,
  calendar: WorkCalendar = defaultCalendar(),
  lang: Lang = 'zh-CN',
): AcceptanceNotice | null {
  // 受理, or 视为受理 (行政许可法 第三十二条) when the limit passed
  const entry = last(c, 'ACCEPT') ?? last(c, 'DEEM_ACCEPT');
  if (!entry) return null;
  const clock = caseClock(c, spec, entry.at, calendar);
  return {
    kind: 'acceptance',
    ...header(c, spec, entry, lang),
    acceptedOn: clock.acceptedOn!,
    limit: clock.limit,
    deadline: clock.deadline,
    ...(clock.calendarError ? { calendarError: clock.calendarError } : {}),
    tolerated: clock.tolerated.map((t) => ({
      id: t.materialId,
      name: materialName(spec, t.materialId, lang),
      due: t.due,
    })),
  };
}

/**
 * Data for the 不予受理通知书, or null if the case was not rejected.
 *
 * @example
 * rejectionNotice(caseData, spec)?.reason // '不属于本机关职权范围'
 */
export function rejectionNotice(
  c: Case,
  spec: ServiceItemSpec,
  lang: Lang = 'zh-CN',
): RejectionNotice | null {
  const entry = last(c, 'REJECT');
  if (entry?.type !== 'REJECT') return null;
  const remedyDetails = remedies(spec, lang);
  return {
    kind: 'rejection',
    ...header(c, spec, entry, lang),
    reason: entry.reason,
    remedies: remedyDetails.text,
    remedyDetails,
  };
}

/**
 * 救济途径 for a refusal: 行政复议 within 60 days (行政复议法 第二十条) before the body the item names
 * (`remedies.reconsideration`), or 行政诉讼 within 6 months (行政诉讼法 第四十六条).
 *
 * @example
 * remedies(spec).text // '如不服本决定，可以自收到本决定之日起六十日内向XX县人民政府申请行政复议，或者在六个月内向XX县人民法院提起行政诉讼。'
 */
export function remedies(spec: ServiceItemSpec, lang: Lang = 'zh-CN'): Remedies {
  const body = spec.remedies?.reconsideration ? text(spec.remedies.reconsideration, lang) : null;
  const court = spec.remedies?.litigation ? text(spec.remedies.litigation, lang) : null;
  const sentence =
    lang === 'en'
      ? `If you disagree, you may apply for administrative reconsideration${body ? ` to ${body}` : ''} within 60 days of receiving this decision, or bring an administrative lawsuit${court ? ` before ${court}` : ''} within 6 months.`
      : `如不服本决定，可以自收到本决定之日起六十日内${body ? `向${body}` : '依法'}申请行政复议，或者在六个月内${court ? `向${court}` : '依法'}提起行政诉讼。`;
  return {
    reconsideration: {
      body,
      days: 60,
      basis:
        lang === 'en'
          ? 'Administrative Reconsideration Law, Art. 20'
          : '《中华人民共和国行政复议法》第二十条',
    },
    litigation: {
      court,
      months: 6,
      basis:
        lang === 'en' ? 'Administrative Litigation Law, Art. 46' : '《中华人民共和国行政诉讼法》第四十六条',
    },
    text: sentence,
  };
}

/**
 * Data for the written decision (决定书) of a decided case, positive or negative, or null before the decision.
 * The outcome follows the item type (`outcomeLabels`); a refusal carries its reasons and 救济途径.
 *
 * @example
 * decisionNotice(deniedCase, dibaoSpec) // { outcome: '不予给付', reason: '家庭收入超过标准', remedies: { … } … }
 */
export function decisionNotice(c: Case, spec: ServiceItemSpec, lang: Lang = 'zh-CN'): DecisionNotice | null {
  const entry = last(c, 'DECIDE');
  if (entry?.type !== 'DECIDE') return null;
  const words = outcomeLabels(spec);
  return {
    kind: 'decision',
    ...header(c, spec, entry, lang),
    approved: entry.approved,
    outcome: (entry.approved ? words.approved : words.denied)[lang],
    decidedOn: calendarDateOf(entry.at),
    reason: entry.reason ?? null,
    remedies: entry.approved ? null : remedies(spec, lang),
  };
}

/**
 * Data for the 延期通知书 of the case's latest extension (延长审批), or null if there was none: the new
 * deadline as of the extension's own moment (行政许可法 第四十二条: 将延长期限的理由告知申请人).
 *
 * @example
 * extensionNotice(caseData, spec)?.deadline // '2026-04-10'
 */
export function extensionNotice(
  c: Case,
  spec: ServiceItemSpec,
  calendar: WorkCalendar = defaultCalendar(),
  lang: Lang = 'zh-CN',
): ExtensionNotice | null {
  let index = c.events.length - 1;
  while (index >= 0 && c.events[index]!.type !== 'EXTEND') index--;
  const entry = c.events[index];
  if (entry?.type !== 'EXTEND') return null;
  const after = caseClock(c, spec, entry.at, calendar);
  // The same moment without this extension: the log up to the entry before it.
  const before = caseClock({ ...c, events: c.events.slice(0, index) }, spec, entry.at, calendar);
  return {
    kind: 'extension',
    ...header(c, spec, entry, lang),
    days: entry.days,
    reason: entry.reason,
    approvedBy: entry.approvedBy,
    previousDeadline: before.deadline,
    deadline: after.deadline,
    basis:
      lang === 'en'
        ? 'Administrative Licensing Law of the PRC, Art. 42'
        : '《中华人民共和国行政许可法》第四十二条',
  };
}

/**
 * Data for the 容缺受理通知书 (tolerated materials and their deadlines), or null if nothing was tolerated.
 *
 * @example
 * toleranceNotice(caseData, spec)?.materials // [{ id: 'householdRegister', name: '户口簿', due: '2026-03-09' }]
 */
export function toleranceNotice(
  c: Case,
  spec: ServiceItemSpec,
  lang: Lang = 'zh-CN',
  calendar: WorkCalendar = defaultCalendar(),
): ToleranceNotice | null {
  const entry = last(c, 'ACCEPT');
  const owed = toleratedDueDates(c, spec, calendar);
  if (!entry || owed.length === 0) return null;
  return {
    kind: 'tolerance',
    ...header(c, spec, entry, lang),
    materials: owed.map((t) => ({
      id: t.materialId,
      name: materialName(spec, t.materialId, lang),
      due: t.due,
    })),
    consequence:
      lang === 'en'
        ? 'If the materials are not supplied by their deadline, the case is terminated.'
        : '请在期限内补交上述材料；逾期未补交的，终止办理。',
  };
}

/**
 * Data for the 特别程序告知书 of the case's latest SUSPEND, or null if none ran: the procedure in the item's
 * words, the reason, its declared maximum and the day it should end; its time is not counted in the limit
 * (行政许可法 第四十五条).
 *
 * @example
 * specialProcedureNotice(caseData, spec)?.expectedEnd // '2026-03-17' (公示 7 天 from 03-10)
 */
export function specialProcedureNotice(
  c: Case,
  spec: ServiceItemSpec,
  calendar: WorkCalendar = defaultCalendar(),
  lang: Lang = 'zh-CN',
): SpecialProcedureNotice | null {
  const entry = last(c, 'SUSPEND');
  if (entry?.type !== 'SUSPEND') return null;
  const declared = declaredProcedure(spec, entry.kind);
  const startedOn = calendarDateOf(entry.at);
  const unit = declared?.unit ?? 'naturalDays';
  const maximum = declared?.maximum ?? null;
  const counter = dayCounter(unit, calendar);
  const declaredBasis = spec.flow?.specialProcedures?.find((p) => p.kind === entry.kind)?.basis;
  return {
    kind: 'specialProcedure',
    ...header(c, spec, entry, lang),
    procedure: entry.kind,
    name: declared ? text(declared.name, lang) : entry.kind,
    reason: entry.reason,
    startedOn,
    maximum,
    unit,
    expectedEnd:
      maximum === null ? null : unlessNoCalendarData(() => counter.lastDay(counter.add(startedOn, maximum))),
    counted: declared?.counted === true,
    basis: declaredBasis
      ? text(declaredBasis, lang)
      : lang === 'en'
        ? 'Administrative Licensing Law of the PRC, Art. 45'
        : '《中华人民共和国行政许可法》第四十五条',
  };
}
