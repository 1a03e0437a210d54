import {
  type AuditEntry,
  type Case,
  type CaseEventType,
  caseSteps,
  EVENT_LABELS,
  materialName,
  outcomeLabels,
  ROLE_LABELS,
  SCORE_LABELS,
} from '@onewindow/engine';
import { localize, type ServiceItemSpec } from '@onewindow/spec';
import { html, nothing, type TemplateResult } from 'lit';
import { OwElement } from '../../base/OwElement.js';
import type { Lang } from '../../i18n/lang.js';
import { terms } from '../../i18n/terms.js';
import { caseStateLabel } from '../ow-case/caseStateLabel.js';
import { correctionItemLabel } from '../ow-case/correctionItemLabel.js';

import { owTimelineStyles } from './ow-timeline.styles.js';

/**
 * Entries an applicant does not need to see: the technical opening and scheduler notices. A migration
 * (MIGRATE) is shown: the rules the case runs on changed.
 */
const HIDDEN = new Set(['OPEN', 'NOTIFY']);

const messages = {
  'zh-CN': {
    heading: '办件进度',
    caseNo: (id: string) => `办件编号 ${id}`,
    current: '当前状态：',
    empty: '暂无办理记录。',
    reason: '理由',
    opinion: '办理意见',
    note: '说明',
    correction: '请补正以下内容：',
    materials: (n: number) => `提交材料 ${n} 项`,
    commitments: (names: string) => `告知承诺：${names}`,
    onBehalf: '由代办员代为申请',
    stageDone: (stage: string) => `${stage}环节办结`,
    certificate: (no: string) => `证照编号 ${no}`,
    delivery: (method: string) => `送达方式：${method}`,
    supplied: (names: string) => `补交材料：${names}`,
    suspension: (kind: string) => `特别程序：${kind}`,
    score: (label: string) => `评价：${label}`,
    extendedBy: (days: string) => `延长 ${days}`,
    approvedBy: (name: string) => `批准人：${name}`,
    deemed: (received: string) => `受理时限届满，自收到申请之日（${received}）起视为受理`,
    lapsed: '补正期限届满未补正，视为撤回申请',
    migrate: '系统升级/迁移',
    revision: (from: string, to: string) => `事项版本 ${from} → ${to}`,
    legacyExtension: '旧版“延长审批”记录已转为延长期限',
    days: { workingDays: (n: number) => `${n} 个工作日`, naturalDays: (n: number) => `${n} 日` },
    listSeparator: '、',
    colon: '：',
  },
  en: {
    heading: 'Case progress',
    caseNo: (id: string) => `Case ${id}`,
    current: 'Current state: ',
    empty: 'Nothing has happened yet.',
    reason: 'Reason',
    opinion: 'Opinion',
    note: 'Note',
    correction: 'Please correct:',
    materials: (n: number) => `${n} materials handed in`,
    commitments: (names: string) => `Signed commitment instead of: ${names}`,
    onBehalf: 'Applied for by an agent',
    stageDone: (stage: string) => `${stage} completed`,
    certificate: (no: string) => `Certificate no. ${no}`,
    delivery: (method: string) => `Delivery: ${method}`,
    supplied: (names: string) => `Supplied: ${names}`,
    suspension: (kind: string) => `Special procedure: ${kind}`,
    score: (label: string) => `Rating: ${label}`,
    extendedBy: (days: string) => `Extended by ${days}`,
    approvedBy: (name: string) => `Approved by: ${name}`,
    deemed: (received: string) =>
      `The acceptance limit passed: accepted as from the day the application was received (${received})`,
    lapsed: 'Not corrected within the period: the application counts as withdrawn',
    migrate: 'System upgrade / migration',
    revision: (from: string, to: string) => `Item revision ${from} → ${to}`,
    legacyExtension: 'An old “extension” record now extends the time limit',
    days: {
      workingDays: (n: number) => `${n} working day${n === 1 ? '' : 's'}`,
      naturalDays: (n: number) => `${n} calendar day${n === 1 ? '' : 's'}`,
    },
    listSeparator: ', ',
    colon: ': ',
  },
} satisfies Record<Lang, unknown>;

/** Formats an ISO time as Beijing time (the case's legal clock), e.g. 2026-03-02 10:00. */
function beijingTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = new Intl.DateTimeFormat(lang === 'en' ? 'en-CA' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/**
 * @summary 办件进度: the applicant's view of a case — its current state and every step so far,
 * with the time, who acted (by role) and why (reasons, correction items, decision).
 *
 * @csspart heading - The heading.
 * @csspart current - The current-state line.
 * @csspart timeline - The ordered list of events.
 * @csspart entry - One event.
 *
 * @cssprop --ow-timeline-line - Colour of the vertical line.
 * @cssprop --ow-timeline-dot - Colour of each event's dot.
 * @cssprop --ow-font-size - Base font size (larger in `elder` mode).
 */
export class OwTimeline extends OwElement {
  static override properties = {
    case: { attribute: false },
    spec: { attribute: false },
  };

  static override styles = [OwElement.baseStyles, owTimelineStyles];

  /** The case (plain JSON from the engine). */
  declare case: Case | undefined;
  /** The spec the case runs on (names of materials, fields and stages). */
  declare spec: ServiceItemSpec | undefined;

  override render() {
    const caseData = this.case;
    const spec = this.spec;
    if (!caseData || !spec) return nothing;
    const m = messages[this.language];
    const entries = caseData.events
      .map((entry, index) => ({ entry, previous: caseData.events[index - 1] }))
      .filter(({ entry }) => !HIDDEN.has(entry.type));
    return html`<section aria-labelledby="timeline-title">
      <h2 id="timeline-title" part="heading">${m.heading}<span class="meta"> ${m.caseNo(caseData.id)}</span></h2>
      <p class="current" part="current">${m.current}<strong>${caseStateLabel(caseData, spec, this.language)}</strong></p>
      ${
        entries.length === 0
          ? html`<p class="empty">${m.empty}</p>`
          : html`<ol class="timeline" part="timeline">
            ${entries.map(({ entry, previous }) => this.renderEntry(entry, previous, spec))}
          </ol>`
      }
    </section>`;
  }

  private renderEntry(
    entry: AuditEntry,
    previous: AuditEntry | undefined,
    spec: ServiceItemSpec,
  ): TemplateResult {
    const lang = this.language;
    // MIGRATE is written by the engine itself and has no event label.
    const label =
      entry.type === 'MIGRATE'
        ? messages[lang].migrate
        : Object.hasOwn(EVENT_LABELS, entry.type)
          ? EVENT_LABELS[entry.type as CaseEventType][lang]
          : '';
    const details = this.details(entry, previous, spec);
    return html`<li part="entry" data-event=${entry.type}>
      <div class="what">${label}</div>
      <div class="meta">
        <time datetime=${entry.at}>${beijingTime(entry.at, lang)}</time>
        <span>${ROLE_LABELS[entry.actor.role]?.[lang] ?? entry.actor.role}</span>
      </div>
      ${details.length ? html`<ul class="details">${details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}
    </li>`;
  }

  /** What happened and why, line by line, for one audit entry. */
  private details(
    entry: AuditEntry,
    previous: AuditEntry | undefined,
    spec: ServiceItemSpec,
  ): (string | TemplateResult)[] {
    const m = messages[this.language];
    const lang = this.language;
    const t = terms[lang];
    const names = (ids: readonly string[]) =>
      ids.map((id) => materialName(spec, id, lang)).join(m.listSeparator);
    const lines: (string | TemplateResult)[] = [];
    switch (entry.type) {
      case 'SUBMIT':
      case 'RESUBMIT':
        if (entry.materials) lines.push(m.materials(entry.materials.length));
        if (entry.commitments?.length) lines.push(m.commitments(names(entry.commitments)));
        if (entry.actor.role === 'agent') lines.push(m.onBehalf);
        break;
      case 'REQUEST_CORRECTION':
        lines.push(html`${m.correction}
          <ul>
            ${entry.items.map((item) => html`<li>${correctionItemLabel(item, spec, lang)}${m.colon}${item.reason}</li>`)}
          </ul>`);
        break;
      case 'REJECT':
      case 'RETURN':
      case 'TERMINATE':
        lines.push(`${m.reason}${m.colon}${entry.reason}`);
        break;
      case 'WITHDRAW':
        if (entry.reason) lines.push(`${m.reason}${m.colon}${entry.reason}`);
        break;
      case 'SUSPEND':
        lines.push(
          m.suspension(t.suspensionKind[entry.kind] ?? entry.kind),
          `${m.reason}${m.colon}${entry.reason}`,
        );
        break;
      case 'COMPLETE_STAGE': {
        const step = caseSteps(spec).find((s) => s.state === previous?.state);
        if (step) lines.push(m.stageDone(localize(step.name, lang)));
        if (entry.opinion) lines.push(`${m.opinion}${m.colon}${entry.opinion}`);
        break;
      }
      case 'ESCALATE':
        if (entry.opinion) lines.push(`${m.opinion}${m.colon}${entry.opinion}`);
        break;
      case 'DECIDE':
        lines.push(outcomeLabels(spec)[entry.approved ? 'approved' : 'denied'][lang]);
        if (entry.reason) lines.push(`${m.reason}${m.colon}${entry.reason}`);
        break;
      case 'ISSUE':
        if (entry.certificateNo) lines.push(m.certificate(entry.certificateNo));
        break;
      case 'DELIVER':
        lines.push(m.delivery(t.delivery[entry.method] ?? entry.method));
        break;
      case 'EVALUATE':
        lines.push(m.score(SCORE_LABELS[entry.score]?.[this.language] ?? String(entry.score)));
        if (entry.comment) lines.push(entry.comment);
        break;
      case 'SUPPLY':
        lines.push(m.supplied(names(entry.materials)));
        break;
      case 'EXTEND':
        lines.push(
          m.extendedBy(m.days[spec.timeLimit.unit](entry.days)),
          `${m.reason}${m.colon}${entry.reason}`,
          m.approvedBy(entry.approvedBy),
        );
        break;
      case 'DEEM_ACCEPT':
        lines.push(m.deemed(beijingTime(entry.receivedAt, lang).slice(0, 10)));
        break;
      case 'LAPSE':
        lines.push(m.lapsed);
        if (entry.reason) lines.push(`${m.reason}${m.colon}${entry.reason}`);
        break;
      case 'MIGRATE':
        if (entry.from !== entry.to) lines.push(m.revision(entry.from, entry.to));
        if (entry.upgrade === 'legacyExtension') lines.push(m.legacyExtension);
        break;
      case 'CLOSE_FOLLOW_UP':
        break;
    }
    if (entry.note) lines.push(`${m.note}${m.colon}${entry.note}`);
    return lines;
  }
}

if (!customElements.get('ow-timeline')) customElements.define('ow-timeline', OwTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'ow-timeline': OwTimeline;
  }
}
