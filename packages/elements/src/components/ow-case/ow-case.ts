import {
  type Actor,
  type ApplyResult,
  allowedEvents,
  applyEvent,
  availableRatings,
  type Case,
  type CaseClock,
  type CaseEvent,
  type CaseEventType,
  type CorrectionItem,
  caseClock,
  checkEvent,
  type EngineContext,
  type EngineError,
  EngineFailure,
  EVENT_LABELS,
  materialName,
  outcomeLabels,
  ROLE_LABELS,
  type Role,
  type ToleratedMaterial,
  type WorkCalendar,
} from '@onewindow/engine';
import { localize, type ServiceItemSpec } from '@onewindow/spec';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { OwElement } from '../../base/OwElement.js';
import { OwActionEvent } from '../../events/OwActionEvent.js';
import { OwCaseChangeEvent } from '../../events/OwCaseChangeEvent.js';
import type { OwEvaluateEvent } from '../../events/OwEvaluateEvent.js';
import type { Lang } from '../../i18n/lang.js';
import { terms } from '../../i18n/terms.js';
import { reviewRows } from '../ow-apply/reviewRows.js';
import '../ow-evaluation/ow-evaluation.js';
import { caseClockFacts } from './caseClockFacts.js';
import { caseStateLabel } from './caseStateLabel.js';
import { correctionItemLabel } from './correctionItemLabel.js';
import { owCaseStyles } from './ow-case.styles.js';
import { type PanelProblem, panelProblem } from './panelProblem.js';

/**
 * Events the workbench never offers: they carry an application (use `<ow-apply>`) or come from a
 * scheduler (NOTIFY, DEEM_ACCEPT: `dueEvents` sends them).
 */
const NOT_FROM_WORKBENCH = new Set<CaseEventType>(['SUBMIT', 'RESUBMIT', 'NOTIFY', 'DEEM_ACCEPT']);
/** Events sent with one click: the clerk has nothing to add (ACCEPT only while the engine needs no 容缺承诺书). */
const IMMEDIATE = new Set<CaseEventType>(['ACCEPT', 'RESUME', 'ARCHIVE']);

/** Host options the engine's checks use, as the host's server uses them (everything but the spec and calendar). */
export type OwCaseEngineOptions = Omit<EngineContext, 'spec' | 'calendar'>;

/** The fields of an event as a panel builds them; the element adds `actor` and `at`. */
type EventFields = Record<string, unknown> & { type: CaseEventType };

const messages = {
  'zh-CN': {
    workbench: '办件工作台',
    item: '事项',
    role: '当前身份',
    correction: '待补正',
    tolerated: '容缺待补材料',
    due: (date: string) => `${date} 前补交`,
    actions: '可办理的操作',
    noActions: '当前身份在此状态下无可办理的操作。',
    confirm: (label: string) => `确认${label}`,
    cancel: '取消',
    reason: '理由',
    optional: (label: string) => `${label}（可选）`,
    opinion: '办理意见（可选）',
    note: '说明',
    feedback: '回访反馈（告知评价人整改情况）',
    rating: (what: string) => `评价对象：${what}`,
    ratingOf: {
      outcome: '办理结果（一事一评）',
      acceptance: '受理服务（一次一评）',
      issue: '出件服务（一次一评）',
    },
    correctionHelp: '一次性告知：勾选需要补正的全部材料和表单项，并逐项写明原因。',
    materials: '申请材料',
    fields: '申请表',
    reasonFor: (label: string) => `补正原因：${label}`,
    kind: '特别程序种类',
    decision: '决定',
    denyReasonLabel: '理由（不予时必填）',
    method: '送达方式',
    certificateNo: '证照编号（可选）',
    documentNo: '决定书文号（可选）',
    supply: '补交的材料',
    refused: '操作未执行：',
    toleratedIntro: '容缺受理：以下材料后补，申请人须签署容缺承诺书，承诺按期补交。',
    commitmentSigned: '申请人已签署容缺承诺书',
    commitmentDocumentId: '承诺书编号（可选）',
    extensionRule: (times: number, days: string, approval: string) =>
      `经${approval}批准，可延长 ${times} 次，每次最多 ${days}（行政许可法第四十二条）。延长的理由将写入延期通知书告知申请人。`,
    defaultApproval: '本行政机关负责人',
    extensionDays: (most: string) => `延长天数（最多 ${most}）`,
    extensionReason: '延长理由（写入延期通知书）',
    approvedBy: '批准延长的负责人',
    days: { workingDays: (n: number) => `${n} 个工作日`, naturalDays: (n: number) => `${n} 日` },
  },
  en: {
    workbench: 'Case workbench',
    item: 'Item',
    role: 'Acting as',
    correction: 'Correction requested',
    tolerated: 'Materials to follow',
    due: (date: string) => `due ${date}`,
    actions: 'Actions',
    noActions: 'No action is open to this role now.',
    confirm: (label: string) => `Confirm: ${label}`,
    cancel: 'Cancel',
    reason: 'Reason',
    optional: (label: string) => `${label} (optional)`,
    opinion: 'Opinion (optional)',
    note: 'Note',
    feedback: 'Feedback to the rater (what was done)',
    rating: (what: string) => `Rating: ${what}`,
    ratingOf: { outcome: 'the outcome', acceptance: 'the acceptance service', issue: 'the issuing service' },
    correctionHelp: 'One-time notice: tick every material and field to correct, with a reason for each.',
    materials: 'Materials',
    fields: 'Form',
    reasonFor: (label: string) => `Reason to correct: ${label}`,
    kind: 'Kind of procedure',
    decision: 'Decision',
    denyReasonLabel: 'Reason (required for a denial)',
    method: 'Delivery method',
    certificateNo: 'Certificate no. (optional)',
    documentNo: 'Decision document no. (optional)',
    supply: 'Materials supplied',
    refused: 'Not done: ',
    toleratedIntro:
      'Accepting with materials to follow: the applicant signs a tolerance commitment to hand them in by their dates.',
    commitmentSigned: 'The applicant signed the tolerance commitment (容缺承诺书)',
    commitmentDocumentId: 'Commitment document no. (optional)',
    extensionRule: (times: number, days: string, approval: string) =>
      `With the approval of ${approval}, the limit may be extended ${times} time${times === 1 ? '' : 's'}, by at most ${days} each (Administrative Licensing Law, art. 42). The reason goes to the applicant in the extension notice.`,
    defaultApproval: 'the head of the body',
    extensionDays: (most: string) => `Days to add (at most ${most})`,
    extensionReason: 'Reason (told to the applicant)',
    approvedBy: 'Head who approved the extension',
    days: {
      workingDays: (n: number) => `${n} working day${n === 1 ? '' : 's'}`,
      naturalDays: (n: number) => `${n} calendar day${n === 1 ? '' : 's'}`,
    },
  },
} satisfies Record<Lang, unknown>;

type Messages = (typeof messages)[Lang];

/**
 * @summary 办件工作台: one case for one role — its state, the clock (deadline, the current stage's and
 * each level's due dates, the 受理/补正 limits, a running 特别程序), and the actions this role may take
 * now, each with the inputs it needs (一次性告知 checklist, reasons, 容缺承诺书, decision, 延长审批 …).
 *
 * The element holds no flow rules: the buttons are the engine's `allowedEvents`, and a panel's data
 * is checked by the engine (`applyEvent` on a copy; `checkEvent` per 一次性告知 item) before anything is
 * sent. Its refusal is shown beside the control it concerns, or as the refusal.
 *
 * Without `mode="local"` the element fires `ow-action` for an event the engine accepts; the host applies
 * it (its server is the authority) and sets `case` back. With `mode="local"` it also applies it.
 *
 * @event ow-action - {@link OwActionEvent} with `{ event }`; cancelable (local mode then does not apply it).
 * @event ow-case-change - {@link OwCaseChangeEvent} with `{ case }` after local mode applied an event.
 *
 * @csspart header - Case number and state.
 * @csspart facts - The facts list (item, role, clock).
 * @csspart light - The case's clock light (green / yellow / red) with its words.
 * @csspart stage-light - The current stage's own light.
 * @csspart level-light - A level's light (上报件: the town's 初审+上报, the superior's decision).
 * @csspart calendar-error - Why there is no deadline: the calendar has no holiday data for its year.
 * @csspart case-error - Why the case cannot be worked: it does not match this spec or its own log.
 * @csspart actions - The row of action buttons.
 * @csspart action - Each action button.
 * @csspart panel - The inputs of the chosen action.
 * @csspart refusal - The engine's refusal message.
 *
 * @cssprop --ow-case-green - Colour of the green light.
 * @cssprop --ow-case-yellow - Colour of the yellow light.
 * @cssprop --ow-case-red - Colour of the red light.
 * @cssprop --ow-color-primary - Buttons and the action panel.
 */
export class OwCase extends OwElement {
  static override properties = {
    case: { attribute: false },
    spec: { attribute: false },
    // Not the ARIA `role` attribute: `role="window"` on the host would be an invalid ARIA role.
    role: { type: String, attribute: 'actor-role' },
    actor: { attribute: false },
    mode: { type: String, reflect: true },
    now: { type: String },
    calendar: { attribute: false },
    engineOptions: { attribute: false },
    refusal: { type: String },
    panel: { attribute: false, state: true },
    panelProblems: { attribute: false, state: true },
    checked: { attribute: false, state: true },
  };

  static override styles = [OwElement.baseStyles, owCaseStyles];

  /** The case (plain JSON from the engine). */
  declare case: Case | undefined;
  /** The spec the case runs on. */
  declare spec: ServiceItemSpec | undefined;
  /**
   * The role of the person at this workbench (attribute `actor-role`). This property shadows the
   * ARIA `role` reflection of HTMLElement on purpose; the host element has no ARIA role of its own.
   */
  declare role: Role;
  /** Who acts; default `{ id: role, role }`. */
  declare actor: Actor | undefined;
  /** `local`: apply events with the engine here; otherwise only fire `ow-action`. */
  declare mode: 'local' | string | undefined;
  /** The time used for the clock and for events (ISO 8601); default: the current time. */
  declare now: string | undefined;
  /** Working-day calendar for the clock and the engine; default: the engine's Chinese holiday calendar. */
  declare calendar: WorkCalendar | undefined;
  /**
   * What else the engine's checks should use, as your server does: `migrations` (a case on an older
   * revision), `requiredMaterials`, `creditCheck`, `validateForm`, `evaluationFollowUpDays`.
   */
  declare engineOptions: OwCaseEngineOptions | undefined;
  /** A refusal to show (set by the host when its server refused an action; set by the element). */
  declare refusal: string;
  declare protected panel: CaseEventType | null;
  declare protected panelProblems: PanelProblem[];
  declare protected checked: Set<string>;

  constructor() {
    super();
    this.role = 'window';
    this.refusal = '';
    this.panel = null;
    this.panelProblems = [];
    this.checked = new Set();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('case') && changed.get('case') !== undefined) {
      this.panel = null;
      this.panelProblems = [];
      this.checked = new Set();
    }
  }

  override updated(changed: PropertyValues): void {
    // After a refusal, take the clerk to the first control it concerns.
    if (changed.has('panelProblems') && this.panelProblems.some((p) => p.input)) {
      this.renderRoot.querySelector<HTMLElement>('form.panel [aria-invalid="true"]')?.focus();
    }
  }

  private get currentActor(): Actor {
    return this.actor ?? { id: this.role, role: this.role };
  }

  private at(): string {
    return this.now ?? new Date().toISOString();
  }

  private engineContext(spec: ServiceItemSpec): EngineContext {
    return { ...this.engineOptions, spec, ...(this.calendar ? { calendar: this.calendar } : {}) };
  }

  /**
   * The actions this role may take now (the engine's `allowedEvents`, less those the workbench
   * does not offer). Empty when the engine cannot load the case with this spec (see `part="case-error"`).
   *
   * @example
   * workbench.availableActions(); // ['ACCEPT', 'REQUEST_CORRECTION', 'REJECT']
   */
  availableActions(): CaseEventType[] {
    return this.inspect().actions;
  }

  /** The engine's buttons, or why it will not work this case with this spec (changed spec, tampered log …). */
  private inspect(): { actions: CaseEventType[]; caseError?: string } {
    if (!this.case || !this.spec) return { actions: [] };
    try {
      const allowed = allowedEvents(this.case, this.role, {
        spec: this.spec,
        actor: this.currentActor,
        ...(this.engineOptions?.migrations ? { migrations: this.engineOptions.migrations } : {}),
      });
      return { actions: allowed.filter((type) => !NOT_FROM_WORKBENCH.has(type)) };
    } catch (error) {
      if (error instanceof EngineFailure) return { actions: [], caseError: this.engineMessage(error.error) };
      throw error;
    }
  }

  /** The clock now, or why there is none (no calendar data for these dates: no clock rather than a wrong one). */
  private clock(): { clock: CaseClock | null; calendarError?: string } {
    if (!this.case || !this.spec) return { clock: null };
    try {
      const clock = caseClock(this.case, this.spec, this.at(), ...(this.calendar ? [this.calendar] : []));
      return clock.calendarError
        ? { clock, calendarError: this.engineMessage(clock.calendarError) }
        : { clock };
    } catch (error) {
      if (error instanceof EngineFailure && error.code === 'calendar/no-data')
        return { clock: null, calendarError: this.engineMessage(error.error) };
      throw error;
    }
  }

  private engineMessage(error: EngineError): string {
    return this.language === 'en' ? error.messageEn : error.message;
  }

  private event(fields: EventFields): CaseEvent {
    return { ...fields, actor: this.currentActor, at: this.at() } as CaseEvent;
  }

  /** The engine's verdict on an event, without keeping anything (`applyEvent` is pure). */
  private verdict(event: CaseEvent): ApplyResult {
    if (!this.case || !this.spec)
      return { ok: false, error: { code: 'case/invalid', message: '', messageEn: '' } };
    try {
      return applyEvent(this.case, event, this.engineContext(this.spec));
    } catch (error) {
      if (error instanceof EngineFailure) return { ok: false, error: error.error };
      throw error;
    }
  }

  /**
   * What 受理 would leave owed (容缺), when the engine wants the applicant's 容缺承诺书 for it; null when
   * 受理 needs nothing from the clerk. Both answers are the engine's: its refusal of a bare ACCEPT, and
   * the materials an ACCEPT with a commitment records.
   */
  private toleratedOnAcceptance(): ToleratedMaterial[] | null {
    const bare = this.verdict(this.event({ type: 'ACCEPT' }));
    if (bare.ok || bare.error.code !== 'tolerance/commitment-required') return null;
    const signedBy = this.case?.snapshot.context.applicantId ?? 'applicant';
    const signed = this.verdict(this.event({ type: 'ACCEPT', toleranceCommitment: { signedBy } }));
    return signed.ok ? signed.case.snapshot.context.tolerated : [];
  }

  /**
   * Sends an event the engine accepts: fires `ow-action`, and in local mode applies it. A refused event
   * is not sent: its refusal goes beside the control it concerns, or into the refusal. In host mode a
   * calendar refusal (`calendar/…`) does not stop it: the server may know a year this page does not.
   */
  private send(fields: EventFields): void {
    const event = this.event(fields);
    const verdict = this.verdict(event);
    const local = this.mode === 'local';
    if (!verdict.ok && (local || !verdict.error.code.startsWith('calendar/'))) {
      const problem = panelProblem(verdict.error, fields.type, this.language, {
        extensionDays: this.spec?.timeLimit.extension?.days,
      });
      const onForm = problem.input && this.panel === fields.type;
      this.panelProblems = onForm ? [problem] : [];
      this.refusal = onForm ? '' : problem.message;
      return;
    }
    this.panelProblems = [];
    this.refusal = '';
    const proceed = this.dispatchEvent(new OwActionEvent({ event }));
    if (!local) {
      this.panel = null;
      return;
    }
    if (!proceed || !verdict.ok) return;
    this.case = verdict.case;
    this.panel = null;
    this.dispatchEvent(new OwCaseChangeEvent({ case: verdict.case }));
  }

  private open(type: CaseEventType, needsPanel: boolean): void {
    this.refusal = '';
    if (!needsPanel) {
      this.send({ type });
      return;
    }
    this.panel = this.panel === type ? null : type;
    this.panelProblems = [];
    this.checked = new Set();
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>('form.panel input, form.panel select, form.panel textarea')
        ?.focus(),
    );
  }

  override render() {
    const caseData = this.case;
    const spec = this.spec;
    if (!caseData || !spec) return nothing;
    const m = messages[this.language];
    const lang = this.language;
    const { actions, caseError } = this.inspect();
    if (caseError) {
      return html`<section aria-labelledby="case-title">
        <header part="header"><h2 id="case-title">${m.workbench} · ${caseData.id}</h2></header>
        <p class="refusal" part="case-error" role="alert">${caseError}</p>
      </section>`;
    }
    const owed = actions.includes('ACCEPT') ? this.toleratedOnAcceptance() : null;
    const needsPanel = (type: CaseEventType) => !IMMEDIATE.has(type) || (type === 'ACCEPT' && owed !== null);
    const { clock, calendarError } = this.clock();
    return html`
      <section aria-labelledby="case-title">
        <header part="header">
          <h2 id="case-title">${m.workbench} · ${caseData.id}</h2>
          <span class="state" role="status">${caseStateLabel(caseData, spec, lang)}</span>
        </header>
        <dl class="facts" part="facts">
          <dt>${m.item}</dt>
          <dd>${localize(spec.name, lang)}</dd>
          <dt>${m.role}</dt>
          <dd>${ROLE_LABELS[this.role]?.[lang] ?? this.role}</dd>
          ${caseClockFacts({ caseData, spec, clock, ...(calendarError ? { calendarError } : {}), lang })}
          ${this.renderPending(m, caseData, spec)}
        </dl>
        ${this.refusal ? html`<p class="refusal" part="refusal" role="alert">${m.refused}${this.refusal}</p>` : nothing}
        <h3>${m.actions}</h3>
        ${
          actions.length === 0
            ? html`<p class="muted">${m.noActions}</p>`
            : html`<div class="actions" part="actions">
              ${actions.map(
                (type) => html`<button
                  type="button"
                  part="action"
                  data-event=${type}
                  class=${needsPanel(type) ? '' : 'primary'}
                  aria-expanded=${needsPanel(type) ? (this.panel === type ? 'true' : 'false') : nothing}
                  @click=${() => this.open(type, needsPanel(type))}
                >
                  ${EVENT_LABELS[type][lang]}
                </button>`,
              )}
            </div>`
        }
        ${
          this.panel && actions.includes(this.panel) && needsPanel(this.panel)
            ? this.renderPanel(this.panel, caseData, spec, owed ?? [])
            : nothing
        }
      </section>
    `;
  }

  private renderPending(m: Messages, caseData: Case, spec: ServiceItemSpec): TemplateResult | typeof nothing {
    const context = caseData.snapshot.context;
    const rows: TemplateResult[] = [];
    if (context.correction) {
      rows.push(html`<dt>${m.correction}</dt>
        <dd>
          <ul>
            ${context.correction.items.map(
              (item) =>
                html`<li>${correctionItemLabel(item, spec, this.language)}${terms[this.language].punct.colon}${item.reason}</li>`,
            )}
          </ul>
        </dd>`);
    }
    if (context.tolerated.length) {
      rows.push(html`<dt>${m.tolerated}</dt>
        <dd>${this.toleratedList(context.tolerated, spec)}</dd>`);
    }
    return rows.length ? html`${rows}` : nothing;
  }

  private toleratedList(tolerated: readonly ToleratedMaterial[], spec: ServiceItemSpec): TemplateResult {
    const m = messages[this.language];
    return html`<ul>
      ${tolerated.map(
        (t) =>
          html`<li>${materialName(spec, t.materialId, this.language)}${t.due ? terms[this.language].punct.paren(m.due(t.due)) : ''}</li>`,
      )}
    </ul>`;
  }

  private renderPanel(
    type: CaseEventType,
    caseData: Case,
    spec: ServiceItemSpec,
    owed: readonly ToleratedMaterial[],
  ): TemplateResult {
    const m = messages[this.language];
    const label = EVENT_LABELS[type][this.language];
    if (type === 'EVALUATE') {
      // 一事一评 once the outcome is in, else the 一次一评 of the contact that happened (受理, 出件)
      const contact = availableRatings(caseData.snapshot.value, caseData.snapshot.context)[0];
      return html`<div class="panel" part="panel">
        <p class="muted" part="rating-target">${m.rating(m.ratingOf[contact ?? 'outcome'])}</p>
        <ow-evaluation
          lang=${this.language}
          ?elder=${this.elder}
          @ow-evaluate=${(e: OwEvaluateEvent) => {
            e.stopPropagation();
            this.send({
              type: 'EVALUATE',
              score: e.detail.score,
              ...(e.detail.comment ? { comment: e.detail.comment } : {}),
              ...(contact ? { contact } : {}),
            });
          }}
        ></ow-evaluation>
      </div>`;
    }
    return html`<form
      class="panel"
      part="panel"
      novalidate
      aria-labelledby="panel-title"
      @submit=${(e: SubmitEvent) => this.onPanelSubmit(e, type, caseData, spec)}
    >
      <h3 id="panel-title">${label}</h3>
      ${this.panelInputs(type, caseData, spec, owed, m)}
      ${
        this.panelProblems.length
          ? html`<div role="alert">
              ${this.panelProblems.map((problem, i) => html`<p class="error" id=${`problem-${i}`}>${problem.message}</p>`)}
            </div>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="primary">${m.confirm(label)}</button>
        <button type="button" @click=${() => this.open(type, true)}>${m.cancel}</button>
      </div>
    </form>`;
  }

  /** `aria-invalid` and `aria-describedby` of a control from the engine's refusal (by the control's name). */
  private problemOf(name: string): { invalid: 'true' | 'false'; describedBy: string | undefined } {
    const index = this.panelProblems.findIndex((p) => p.input === name);
    return index < 0
      ? { invalid: 'false', describedBy: undefined }
      : { invalid: 'true', describedBy: `problem-${index}` };
  }

  private textArea(name: string, label: string, required: boolean): TemplateResult {
    const problem = this.problemOf(name);
    return html`<div class="field">
      <label for=${`in-${name}`}>${label}</label>
      <textarea
        id=${`in-${name}`}
        name=${name}
        rows="3"
        ?required=${required}
        aria-invalid=${problem.invalid}
        aria-describedby=${ifDefined(problem.describedBy)}
      ></textarea>
    </div>`;
  }

  private textInput(name: string, label: string, required = false): TemplateResult {
    const problem = this.problemOf(name);
    return html`<div class="field">
      <label for=${`in-${name}`}>${label}</label>
      <input
        type="text"
        id=${`in-${name}`}
        name=${name}
        ?required=${required}
        aria-invalid=${problem.invalid}
        aria-describedby=${ifDefined(problem.describedBy)}
      />
    </div>`;
  }

  private toggle(key: string, on: boolean): void {
    const next = new Set(this.checked);
    if (on) next.add(key);
    else next.delete(key);
    this.checked = next;
  }

  private correctionTargets(caseData: Case, spec: ServiceItemSpec): { key: string; label: string }[] {
    const lang = this.language;
    const materials = spec.materials.map((mat) => ({
      key: `material:${mat.id}`,
      label: localize(mat.name, lang),
    }));
    const topFields = spec.form.steps.flatMap((step) => step.fields);
    const fields = reviewRows(spec.form.schema, caseData.snapshot.context.formData, topFields, lang).map(
      (row) => ({
        key: `field:${row.pointer}`,
        label: row.label,
        value: row.value,
      }),
    );
    return [...materials, ...fields];
  }

  private panelInputs(
    type: CaseEventType,
    caseData: Case,
    spec: ServiceItemSpec,
    owed: readonly ToleratedMaterial[],
    m: Messages,
  ): TemplateResult {
    const lang = this.language;
    switch (type) {
      case 'ACCEPT': {
        const signed = this.problemOf('commitmentSigned');
        return html`<p>${m.toleratedIntro}</p>
          ${this.toleratedList(owed, spec)}
          <div class="field">
            <label class="check"
              ><input
                type="checkbox"
                name="commitmentSigned"
                value="yes"
                aria-invalid=${signed.invalid}
                aria-describedby=${ifDefined(signed.describedBy)}
              />
              ${m.commitmentSigned}</label
            >
          </div>
          ${this.textInput('commitmentDocumentId', m.commitmentDocumentId)}`;
      }
      case 'REQUEST_CORRECTION': {
        const targets = this.correctionTargets(caseData, spec);
        const none = this.problemOf('item');
        const group = (legend: string, list: { key: string; label: string }[]) => html`<fieldset>
          <legend>${legend}</legend>
          <ul class="checklist">
            ${list.map((target) => {
              const on = this.checked.has(target.key);
              const id = target.key.replace(/[^a-zA-Z0-9_-]/g, '_');
              const reason = this.problemOf(`reason:${target.key}`);
              return html`<li>
                <label
                  ><input
                    type="checkbox"
                    name="item"
                    .value=${target.key}
                    .checked=${on}
                    aria-invalid=${none.invalid}
                    aria-describedby=${ifDefined(none.describedBy)}
                    @change=${(e: Event) => this.toggle(target.key, (e.target as HTMLInputElement).checked)}
                  />
                  ${target.label}</label
                >
                <input
                  type="text"
                  id=${`reason-${id}`}
                  name=${`reason:${target.key}`}
                  aria-label=${m.reasonFor(target.label)}
                  aria-invalid=${reason.invalid}
                  aria-describedby=${ifDefined(reason.describedBy)}
                  ?disabled=${!on}
                  ?required=${on}
                />
              </li>`;
            })}
          </ul>
        </fieldset>`;
        return html`<p class="muted">${m.correctionHelp}</p>
          ${group(
            m.materials,
            targets.filter((t) => t.key.startsWith('material:')),
          )}
          ${group(
            m.fields,
            targets.filter((t) => t.key.startsWith('field:')),
          )}`;
      }
      case 'REJECT':
      case 'RETURN':
      case 'TERMINATE':
        return this.textArea('reason', m.reason, true);
      case 'WITHDRAW':
      case 'LAPSE':
        return this.textArea('reason', m.optional(m.reason), false);
      case 'CLOSE_FOLLOW_UP':
        return this.textArea('note', m.note, true);
      case 'REVISIT':
        return this.textArea('feedback', m.feedback, true);
      case 'COMPLETE_STAGE':
      case 'ESCALATE':
        return this.textArea('opinion', m.opinion, false);
      case 'SUSPEND': {
        // The 特别程序 the item declares (the engine refuses the others).
        const procedures = spec.flow.specialProcedures ?? [];
        const kinds = [...new Set(procedures.map((p) => p.kind))];
        const kind = this.problemOf('kind');
        return html`<div class="field">
            <label for="in-kind">${m.kind}</label>
            <select
              id="in-kind"
              name="kind"
              aria-invalid=${kind.invalid}
              aria-describedby=${ifDefined(kind.describedBy)}
            >
              ${kinds.map((kind) => {
                const named = procedures.find((p) => p.kind === kind);
                const kindName = terms[lang].suspensionKind[kind] ?? kind;
                return html`<option value=${kind}>${named ? `${localize(named.name, lang)}${terms[lang].punct.paren(kindName)}` : kindName}</option>`;
              })}
            </select>
          </div>
          ${this.textArea('reason', m.reason, true)}`;
      }
      case 'EXTEND': {
        const rule = spec.timeLimit.extension;
        const days = (n: number) => m.days[spec.timeLimit.unit](n);
        const most = rule?.days ?? 0;
        const input = this.problemOf('days');
        const approval = rule?.approval ? localize(rule.approval, lang) : m.defaultApproval;
        return html`<p class="muted">${m.extensionRule(rule?.times ?? 1, days(most), approval)}</p>
          <div class="field">
            <label for="in-days">${m.extensionDays(days(most))}</label>
            <input
              type="number"
              id="in-days"
              name="days"
              min="1"
              max=${most}
              step="1"
              inputmode="numeric"
              required
              aria-invalid=${input.invalid}
              aria-describedby=${ifDefined(input.describedBy)}
            />
          </div>
          ${this.textArea('reason', m.extensionReason, true)} ${this.textInput('approvedBy', m.approvedBy, true)}`;
      }
      case 'DECIDE': {
        const decision = this.problemOf('approved');
        const outcome = outcomeLabels(spec);
        const radio = (value: 'true' | 'false', text: string) =>
          html`<label
            ><input
              type="radio"
              name="approved"
              value=${value}
              aria-invalid=${decision.invalid}
              aria-describedby=${ifDefined(decision.describedBy)}
            />${text}</label
          >`;
        return html`<fieldset class="choice">
            <legend>${m.decision}</legend>
            ${radio('true', outcome.approved[lang])} ${radio('false', outcome.denied[lang])}
          </fieldset>
          ${this.textArea('reason', m.denyReasonLabel, false)}`;
      }
      case 'DELIVER': {
        const offered = [...new Set(spec.outputs.flatMap((o) => o.delivery))];
        const method = this.problemOf('method');
        return html`<fieldset class="choice">
          <legend>${m.method}</legend>
          ${offered.map(
            (value) =>
              html`<label
                ><input
                  type="radio"
                  name="method"
                  value=${value}
                  aria-invalid=${method.invalid}
                  aria-describedby=${ifDefined(method.describedBy)}
                />${terms[lang].delivery[value] ?? value}</label
              >`,
          )}
        </fieldset>`;
      }
      case 'ISSUE':
        // A denial is issued too (不予许可决定书): it has a document number, not a certificate.
        return this.textInput(
          'certificateNo',
          caseData.snapshot.value === 'denied' ? m.documentNo : m.certificateNo,
        );
      case 'SUPPLY': {
        const supplied = this.problemOf('materials');
        return html`<fieldset>
          <legend>${m.supply}</legend>
          ${caseData.snapshot.context.tolerated.map(
            (t) =>
              html`<label
                ><input
                  type="checkbox"
                  name="materials"
                  value=${t.materialId}
                  aria-invalid=${supplied.invalid}
                  aria-describedby=${ifDefined(supplied.describedBy)}
                />${materialName(spec, t.materialId, lang)}</label
              >`,
          )}
        </fieldset>`;
      }
      default:
        return html``;
    }
  }

  /**
   * The event a panel's inputs make. Only the mapping from controls to fields lives here; whether the
   * data will do is the engine's answer (`send`).
   */
  private panelEvent(type: CaseEventType, data: FormData, caseData: Case): EventFields {
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const optional = (name: string) => (text(name) ? { [name]: text(name) } : {});
    switch (type) {
      case 'ACCEPT':
        return data.get('commitmentSigned')
          ? {
              type,
              toleranceCommitment: {
                signedBy: caseData.snapshot.context.applicantId ?? 'applicant',
                ...(text('commitmentDocumentId') ? { documentId: text('commitmentDocumentId') } : {}),
              },
            }
          : { type };
      case 'REQUEST_CORRECTION':
        return { type, items: this.correctionItems(data) };
      case 'REJECT':
      case 'RETURN':
      case 'TERMINATE':
        return { type, reason: text('reason') };
      case 'WITHDRAW':
      case 'LAPSE':
        return { type, ...optional('reason') };
      case 'CLOSE_FOLLOW_UP':
        return { type, note: text('note'), ...followUpContact(caseData, 'close') };
      case 'REVISIT':
        return { type, feedback: text('feedback'), ...followUpContact(caseData, 'revisit') };
      case 'COMPLETE_STAGE':
      case 'ESCALATE':
        return { type, ...optional('opinion') };
      case 'SUSPEND':
        return { type, kind: text('kind'), reason: text('reason') };
      case 'EXTEND':
        return {
          type,
          days: text('days') === '' ? Number.NaN : Number(text('days')),
          reason: text('reason'),
          approvedBy: text('approvedBy'),
        };
      case 'DECIDE': {
        const approved = data.get('approved');
        return {
          type,
          ...(approved === null ? {} : { approved: approved === 'true' }),
          ...optional('reason'),
        };
      }
      case 'DELIVER':
        return { type, method: text('method') };
      case 'ISSUE':
        return { type, ...optional('certificateNo') };
      case 'SUPPLY':
        return { type, materials: data.getAll('materials').map(String) };
      default:
        return { type };
    }
  }

  private correctionItems(data: FormData): CorrectionItem[] {
    return [...this.checked].map((key) => {
      const reason = String(data.get(`reason:${key}`) ?? '').trim();
      const [kind, ...rest] = key.split(':');
      const target = rest.join(':');
      return kind === 'material' ? { materialId: target, reason } : { field: target, reason };
    });
  }

  private onPanelSubmit(
    event: SubmitEvent,
    type: CaseEventType,
    caseData: Case,
    spec: ServiceItemSpec,
  ): void {
    event.preventDefault();
    const fields = this.panelEvent(type, new FormData(event.target as HTMLFormElement), caseData);
    // 一次性告知: the engine checks each item on its own too, so every item it refuses is marked at once.
    const problems: PanelProblem[] = [];
    if (type === 'REQUEST_CORRECTION') {
      const labels = new Map(this.correctionTargets(caseData, spec).map((t) => [t.key, t.label]));
      const keys = [...this.checked];
      (fields.items as CorrectionItem[]).forEach((item, i) => {
        const key = keys[i]!;
        const error = checkEvent(spec, caseData.snapshot.value, caseData.snapshot.context, {
          ...this.event(fields),
          items: [item],
        } as CaseEvent);
        if (error) {
          problems.push(
            panelProblem(error, type, this.language, { item: { key, label: labels.get(key) ?? key } }),
          );
        }
      });
      if (problems.length > 0) {
        this.panelProblems = problems;
        return;
      }
    }
    this.send(fields);
  }
}

if (!customElements.get('ow-case')) customElements.define('ow-case', OwCase);

declare global {
  interface HTMLElementTagNameMap {
    'ow-case': OwCase;
  }
}

/**
 * The rating whose follow-up the next step is for (the 一事一评 first, then 一次一评 contacts): `{ contact }`
 * for a contact rating, `{}` for the 一事一评.
 */
function followUpContact(caseData: Case, step: 'close' | 'revisit'): { contact?: 'acceptance' | 'issue' } {
  const { evaluation, contactRatings = [] } = caseData.snapshot.context;
  const candidates = [
    { contact: undefined, rating: evaluation },
    ...contactRatings.map((rating) => ({ contact: rating.contact, rating })),
  ];
  const found = candidates.find(({ rating }) =>
    step === 'close'
      ? rating?.followUp && !rating.followUp.closedAt
      : rating?.followUp?.closedAt && !rating.followUp.revisitedAt,
  );
  return found?.contact ? { contact: found.contact } : {};
}
