import type { ServiceItemSpec } from '@onewindow/spec';
import { calendarDateOf } from './calendarDate.js';
import { caseClock } from './caseClock.js';
import { defaultCalendar } from './chineseHolidayCalendar.js';
import { toleratedDueDates } from './dueDates.js';
import type { EngineError } from './errors.js';
import { formField } from './formFields.js';
import { materialName } from './materialName.js';
import { text } from './text.js';
import type { Actor, AuditEntry, Case, CorrectionItem } from './types.js';
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
/** 不予受理通知书: the reason and the remedies. */
export interface RejectionNotice extends NoticeHeader {
  kind: 'rejection';
  reason: string;
  remedies: string;
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
  const entry = last(c, 'ACCEPT');
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
  return {
    kind: 'rejection',
    ...header(c, spec, entry, lang),
    reason: entry.reason,
    remedies:
      lang === 'en'
        ? 'You may apply for administrative reconsideration within 60 days or bring an administrative lawsuit within 6 months.'
        : '如不服本决定，可在收到本通知书之日起六十日内依法申请行政复议，或者六个月内依法提起行政诉讼。',
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
