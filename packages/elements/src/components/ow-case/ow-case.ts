import {
  type Actor,
  allowedEvents,
  applyEvent,
  type Case,
  type CaseClock,
  type CaseEvent,
  type CaseEventType,
  type CorrectionItem,
  caseClock,
  type DeliveryMethod,
  type EngineError,
  EngineFailure,
  EVENT_LABELS,
  materialName,
  outcomeLabels,
  ROLE_LABELS,
  type Role,
  type SuspensionKind,
  type WorkCalendar,
} from '@onewindow/engine';
import { localize, type ServiceItemSpec } from '@onewindow/spec';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { OwElement } from '../../base/OwElement.js';
import { OwActionEvent } from '../../events/OwActionEvent.js';
import { OwCaseChangeEvent } from '../../events/OwCaseChangeEvent.js';
import type { OwEvaluateEvent } from '../../events/OwEvaluateEvent.js';
import type { Lang } from '../../i18n/lang.js';
import { terms } from '../../i18n/terms.js';
import { reviewRows } from '../ow-apply/reviewRows.js';
import '../ow-evaluation/ow-evaluation.js';
import { caseStateLabel } from './caseStateLabel.js';
import { correctionItemLabel } from './correctionItemLabel.js';
import { owCaseStyles } from './ow-case.styles.js';

/** Events the workbench never offers: they carry an application (use `<ow-apply>`) or come from a scheduler. */
const NOT_FROM_WORKBENCH = new Set<CaseEventType>(['SUBMIT', 'RESUBMIT', 'NOTIFY']);
/** Events sent with one click: they need no input. */
const IMMEDIATE = new Set<CaseEventType>(['ACCEPT', 'RESUME', 'ARCHIVE']);

const messages = {
  'zh-CN': {
    workbench: '办件工作台',
    caseNo: '办件编号',
    item: '事项',
    state: '当前状态',
    role: '当前身份',
    limit: '承诺时限',
    acceptedOn: '受理日期',
    deadline: '办结期限',
    legalDeadline: '法定期限',
    usedLeft: (used: number, left: number) => `已用 ${used} 个工作日，剩余 ${left} 个工作日`,
    overdue: (days: number) => `已超期 ${days} 个工作日`,
    light: { green: '正常（绿灯）', yellow: '临近期限（黄灯预警）', red: '已超期（红灯）' },
    paused: {
      correcting: '暂停计时：补正中',
      suspended: '暂停计时：特别程序',
      uncountedStage: '暂停计时：本环节不计入时限',
    },
    notStarted: '受理后开始计时',
    concluded: (onTime: boolean | null) => (onTime === false ? '已办结（超期）' : '已办结'),
    clock: '时限',
    correction: '待补正',
    tolerated: '容缺待补材料',
    due: (date: string) => `${date} 前补交`,
    actions: '可办理的操作',
    noActions: '当前身份在此状态下无可办理的操作。',
    confirm: (label: string) => `确认${label}`,
    cancel: '取消',
    reason: '理由',
    opinion: '办理意见（可选）',
    note: '说明',
    correctionHelp: '一次性告知：勾选需要补正的全部材料和表单项，并逐项写明原因。',
    materials: '申请材料',
    fields: '申请表',
    reasonFor: (label: string) => `补正原因：${label}`,
    correctionEmpty: '请至少勾选一项需要补正的内容。',
    correctionReason: (label: string) => `请填写“${label}”的补正原因。`,
    reasonRequired: '请填写理由。',
    kind: '特别程序种类',
    decision: '决定',
    decisionRequired: '请选择决定。',
    denyReason: '作出不予决定时须写明理由。',
    method: '送达方式',
    methodRequired: '请选择送达方式。',
    certificateNo: '证照编号（可选）',
    supply: '补交的材料',
    supplyRequired: '请勾选补交的材料。',
    refused: '操作未执行：',
    noteRequired: '请填写说明。',
  },
  en: {
    workbench: 'Case workbench',
    caseNo: 'Case no.',
    item: 'Item',
    state: 'State',
    role: 'Acting as',
    limit: 'Promised limit',
    acceptedOn: 'Accepted on',
    deadline: 'Deadline',
    legalDeadline: 'Legal deadline',
    usedLeft: (used: number, left: number) => `${used} working days used, ${left} left`,
    overdue: (days: number) => `Overdue by ${days} working days`,
    light: { green: 'On track (green)', yellow: 'Near the deadline (yellow)', red: 'Overdue (red)' },
    paused: {
      correcting: 'Clock paused: correcting',
      suspended: 'Clock paused: special procedure',
      uncountedStage: 'Clock paused: stage not counted',
    },
    notStarted: 'The clock starts at acceptance',
    concluded: (onTime: boolean | null) => (onTime === false ? 'Concluded (late)' : 'Concluded'),
    clock: 'Time limit',
    correction: 'Correction requested',
    tolerated: 'Materials to follow',
    due: (date: string) => `due ${date}`,
    actions: 'Actions',
    noActions: 'No action is open to this role now.',
    confirm: (label: string) => `Confirm: ${label}`,
    cancel: 'Cancel',
    reason: 'Reason',
    opinion: 'Opinion (optional)',
    note: 'Note',
    correctionHelp: 'One-time notice: tick every material and field to correct, with a reason for each.',
    materials: 'Materials',
    fields: 'Form',
    reasonFor: (label: string) => `Reason to correct: ${label}`,
    correctionEmpty: 'Tick at least one item to correct.',
    correctionReason: (label: string) => `Give a reason for “${label}”.`,
    reasonRequired: 'Please give a reason.',
    kind: 'Kind of procedure',
    decision: 'Decision',
    decisionRequired: 'Choose a decision.',
    denyReason: 'A denial needs a reason.',
    method: 'Delivery method',
    methodRequired: 'Choose a delivery method.',
    certificateNo: 'Certificate no. (optional)',
    supply: 'Materials supplied',
    supplyRequired: 'Tick the materials supplied.',
    refused: 'Not done: ',
    noteRequired: 'Please write a note.',
  },
} satisfies Record<Lang, unknown>;

type Messages = (typeof messages)[Lang];

/**
 * @summary 办件工作台: one case for one role — its state, the working-day clock and deadline,
 * and the actions this role may take now, each with the inputs it needs (一次性告知 checklist,
 * reasons, decision, delivery method).
 *
 * Without `mode="local"` the element only fires `ow-action`; the host applies the event (its
 * server is the authority) and sets `case` back. With `mode="local"` it runs the engine itself
 * (demos, stories) and shows refusals.
 *
 * @event ow-action - {@link OwActionEvent} with `{ event }`; cancelable (local mode then does not apply it).
 * @event ow-case-change - {@link OwCaseChangeEvent} with `{ case }` after local mode applied an event.
 *
 * @csspart header - Case number and state.
 * @csspart facts - The facts list (item, role, clock).
 * @csspart light - The clock light (green / yellow / red) with its words.
 * @csspart calendar-error - Why there is no deadline: the calendar has no holiday data for its year.
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
    refusal: { type: String },
    panel: { attribute: false, state: true },
    panelErrors: { attribute: false, state: true },
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
  /** A refusal to show (set by the host when its server refused an action; set by local mode). */
  declare refusal: string;
  declare protected panel: CaseEventType | null;
  declare protected panelErrors: string[];
  declare protected checked: Set<string>;

  constructor() {
    super();
    this.role = 'window';
    this.refusal = '';
    this.panel = null;
    this.panelErrors = [];
    this.checked = new Set();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('case') && changed.get('case') !== undefined) {
      this.panel = null;
      this.panelErrors = [];
      this.checked = new Set();
    }
  }

  private get currentActor(): Actor {
    return this.actor ?? { id: this.role, role: this.role };
  }

  private at(): string {
    return this.now ?? new Date().toISOString();
  }

  /**
   * The actions this role may take now (the engine's `allowedEvents`, less those the workbench
   * does not offer).
   *
   * @example
   * workbench.availableActions(); // ['ACCEPT', 'REQUEST_CORRECTION', 'REJECT']
   */
  availableActions(): CaseEventType[] {
    if (!this.case || !this.spec) return [];
    return allowedEvents(this.case, this.role, { spec: this.spec, actor: this.currentActor }).filter(
      (type) => !NOT_FROM_WORKBENCH.has(type),
    );
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

  /** Sends an event as the confirm buttons do: fires `ow-action`, and in local mode applies it. */
  private send(fields: Record<string, unknown> & { type: CaseEventType }): void {
    const event = { ...fields, actor: this.currentActor, at: this.at() } as CaseEvent;
    const action = new OwActionEvent({ event });
    const proceed = this.dispatchEvent(action);
    if (this.mode !== 'local') {
      this.panel = null;
      return;
    }
    if (!proceed || !this.case || !this.spec) return;
    let result: ReturnType<typeof applyEvent>;
    try {
      result = applyEvent(this.case, event, {
        spec: this.spec,
        ...(this.calendar ? { calendar: this.calendar } : {}),
      });
    } catch (error) {
      // e.g. calendar/no-data: a date outside the holiday data is an error, never guessed.
      this.refusal = error instanceof Error ? error.message : String(error);
      return;
    }
    if (!result.ok) {
      this.refusal = this.language === 'en' ? result.error.messageEn : result.error.message;
      return;
    }
    this.refusal = '';
    this.case = result.case;
    this.panel = null;
    this.dispatchEvent(new OwCaseChangeEvent({ case: result.case }));
  }

  private open(type: CaseEventType): void {
    this.refusal = '';
    if (IMMEDIATE.has(type)) {
      this.send({ type });
      return;
    }
    this.panel = this.panel === type ? null : type;
    this.panelErrors = [];
    this.checked = new Set();
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement>('form.panel input, form.panel select, form.panel textarea')
        ?.focus(),
    );
  }

  override render() {
    const m = messages[this.language];
    const lang = this.language;
    const caseData = this.case;
    const spec = this.spec;
    if (!caseData || !spec) return nothing;
    const actions = this.availableActions();
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
          ${this.renderClock(m, spec)} ${this.renderPending(m, caseData, spec)}
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
                  class=${IMMEDIATE.has(type) ? 'primary' : ''}
                  aria-expanded=${IMMEDIATE.has(type) ? nothing : this.panel === type ? 'true' : 'false'}
                  @click=${() => this.open(type)}
                >
                  ${EVENT_LABELS[type][lang]}
                </button>`,
              )}
            </div>`
        }
        ${this.panel && actions.includes(this.panel) ? this.renderPanel(this.panel, caseData, spec) : nothing}
      </section>
    `;
  }

  private renderClock(m: Messages, spec: ServiceItemSpec): TemplateResult {
    const { clock, calendarError } = this.clock();
    const t = terms[this.language];
    const rows: TemplateResult[] = [
      html`<dt>${m.limit}</dt><dd>${t.workingDays(spec.timeLimit.promised)}</dd>`,
    ];
    if (calendarError && !clock) {
      rows.push(
        html`<dt>${m.clock}</dt><dd class="calendar-error" part="calendar-error">${calendarError}</dd>`,
      );
      return html`${rows}`;
    }
    if (!clock?.started) {
      rows.push(html`<dt>${m.clock}</dt><dd>${m.notStarted}</dd>`);
      return html`${rows}`;
    }
    rows.push(html`<dt>${m.acceptedOn}</dt><dd>${clock.acceptedOn}</dd>`);
    rows.push(
      html`<dt>${m.deadline}</dt>${
        clock.deadline
          ? html`<dd>${clock.deadline}</dd>`
          : html`<dd class="calendar-error" part="calendar-error">${calendarError}</dd>`
      }`,
    );
    if (clock.legalDeadline) rows.push(html`<dt>${m.legalDeadline}</dt><dd>${clock.legalDeadline}</dd>`);
    const status = clock.concluded
      ? m.concluded(clock.onTime)
      : clock.left < 0
        ? m.overdue(clock.overdueDays || -clock.left)
        : m.usedLeft(clock.used, clock.left);
    rows.push(html`<dt>${m.clock}</dt>
      <dd>
        ${
          clock.light
            ? html`<span class="light" part="light" data-light=${clock.light}>${m.light[clock.light]}</span> `
            : nothing
        }
        ${status}${clock.pausedNow ? html`<div class="muted">${m.paused[clock.pausedNow]}</div>` : nothing}
      </dd>`);
    return html`${rows}`;
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
        <dd>
          <ul>
            ${context.tolerated.map(
              (t) =>
                html`<li>${materialName(spec, t.materialId, this.language)}${t.due ? terms[this.language].punct.paren(m.due(t.due)) : ''}</li>`,
            )}
          </ul>
        </dd>`);
    }
    return rows.length ? html`${rows}` : nothing;
  }

  private renderPanel(type: CaseEventType, caseData: Case, spec: ServiceItemSpec): TemplateResult {
    const m = messages[this.language];
    const label = EVENT_LABELS[type][this.language];
    if (type === 'EVALUATE') {
      return html`<div class="panel" part="panel">
        <ow-evaluation
          lang=${this.language}
          ?elder=${this.elder}
          @ow-evaluate=${(e: OwEvaluateEvent) => {
            e.stopPropagation();
            this.send({
              type: 'EVALUATE',
              score: e.detail.score,
              ...(e.detail.comment ? { comment: e.detail.comment } : {}),
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
      ${this.panelInputs(type, caseData, spec, m)}
      ${
        this.panelErrors.length
          ? html`<div role="alert">${this.panelErrors.map((error) => html`<p class="error">${error}</p>`)}</div>`
          : nothing
      }
      <div class="actions">
        <button type="submit" class="primary">${m.confirm(label)}</button>
        <button type="button" @click=${() => this.open(type)}>${m.cancel}</button>
      </div>
    </form>`;
  }

  private textArea(name: string, label: string, required: boolean): TemplateResult {
    const invalid = required && this.panelErrors.length > 0;
    return html`<div class="field">
      <label for=${`in-${name}`}>${label}</label>
      <textarea id=${`in-${name}`} name=${name} rows="3" ?required=${required} aria-invalid=${invalid ? 'true' : 'false'}></textarea>
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
    m: Messages,
  ): TemplateResult {
    const lang = this.language;
    switch (type) {
      case 'REQUEST_CORRECTION': {
        const targets = this.correctionTargets(caseData, spec);
        const group = (legend: string, list: { key: string; label: string }[]) => html`<fieldset>
          <legend>${legend}</legend>
          <ul class="checklist">
            ${list.map((target) => {
              const on = this.checked.has(target.key);
              const id = target.key.replace(/[^a-zA-Z0-9_-]/g, '_');
              return html`<li>
                <label
                  ><input
                    type="checkbox"
                    name="item"
                    .value=${target.key}
                    .checked=${on}
                    @change=${(e: Event) => this.toggle(target.key, (e.target as HTMLInputElement).checked)}
                  />
                  ${target.label}</label
                >
                <input
                  type="text"
                  id=${`reason-${id}`}
                  name=${`reason:${target.key}`}
                  aria-label=${m.reasonFor(target.label)}
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
        return this.textArea('reason', `${m.reason}${lang === 'en' ? ' (optional)' : '（可选）'}`, false);
      case 'CLOSE_FOLLOW_UP':
        return this.textArea('note', m.note, true);
      case 'COMPLETE_STAGE':
      case 'ESCALATE':
        return this.textArea('opinion', m.opinion, false);
      case 'SUSPEND': {
        // Only the 特别程序 the item declares may be started (the engine refuses the others).
        const procedures = spec.flow.specialProcedures ?? [];
        const kinds = [...new Set(procedures.map((p) => p.kind))];
        return html`<div class="field">
            <label for="in-kind">${m.kind}</label>
            <select id="in-kind" name="kind">
              ${kinds.map((kind) => {
                const named = procedures.find((p) => p.kind === kind);
                const kindName = terms[lang].suspensionKind[kind] ?? kind;
                return html`<option value=${kind}>${named ? `${localize(named.name, lang)}${terms[lang].punct.paren(kindName)}` : kindName}</option>`;
              })}
            </select>
          </div>
          ${this.textArea('reason', m.reason, true)}`;
      }
      case 'DECIDE':
        return html`<fieldset class="choice">
            <legend>${m.decision}</legend>
            <label><input type="radio" name="approved" value="true" />${outcomeLabels(spec).approved[this.language]}</label>
            <label><input type="radio" name="approved" value="false" />${outcomeLabels(spec).denied[this.language]}</label>
          </fieldset>
          ${this.textArea('reason', m.reason, false)}`;
      case 'DELIVER': {
        const offered = [...new Set(spec.outputs.flatMap((o) => o.delivery))];
        return html`<fieldset class="choice">
          <legend>${m.method}</legend>
          ${offered.map(
            (method) =>
              html`<label><input type="radio" name="method" value=${method} />${terms[lang].delivery[method] ?? method}</label>`,
          )}
        </fieldset>`;
      }
      case 'ISSUE':
        return html`<div class="field">
          <label for="in-certificateNo">${m.certificateNo}</label>
          <input type="text" id="in-certificateNo" name="certificateNo" />
        </div>`;
      case 'SUPPLY':
        return html`<fieldset>
          <legend>${m.supply}</legend>
          ${caseData.snapshot.context.tolerated.map(
            (t) =>
              html`<label
                ><input type="checkbox" name="materials" value=${t.materialId} />${materialName(spec, t.materialId, lang)}</label
              >`,
          )}
        </fieldset>`;
      default:
        return html``;
    }
  }

  private onPanelSubmit(
    event: SubmitEvent,
    type: CaseEventType,
    caseData: Case,
    spec: ServiceItemSpec,
  ): void {
    event.preventDefault();
    const m = messages[this.language];
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const errors: string[] = [];
    let fields: Record<string, unknown> & { type: CaseEventType } = { type };
    switch (type) {
      case 'REQUEST_CORRECTION': {
        const labels = new Map(this.correctionTargets(caseData, spec).map((t) => [t.key, t.label]));
        const items: CorrectionItem[] = [];
        for (const key of this.checked) {
          const reason = text(`reason:${key}`);
          if (!reason) errors.push(m.correctionReason(labels.get(key) ?? key));
          const [kind, ...rest] = key.split(':');
          const target = rest.join(':');
          items.push(kind === 'material' ? { materialId: target, reason } : { field: target, reason });
        }
        if (items.length === 0) errors.push(m.correctionEmpty);
        fields = { type, items };
        break;
      }
      case 'REJECT':
      case 'RETURN':
      case 'TERMINATE':
        if (!text('reason')) errors.push(m.reasonRequired);
        fields = { type, reason: text('reason') };
        break;
      case 'WITHDRAW':
        fields = text('reason') ? { type, reason: text('reason') } : { type };
        break;
      case 'CLOSE_FOLLOW_UP':
        if (!text('note')) errors.push(m.noteRequired);
        fields = { type, note: text('note') };
        break;
      case 'COMPLETE_STAGE':
      case 'ESCALATE':
        fields = text('opinion') ? { type, opinion: text('opinion') } : { type };
        break;
      case 'SUSPEND':
        if (!text('reason')) errors.push(m.reasonRequired);
        fields = { type, kind: text('kind') as SuspensionKind, reason: text('reason') };
        break;
      case 'DECIDE': {
        const approved = data.get('approved');
        if (approved === null) errors.push(m.decisionRequired);
        else if (approved === 'false' && !text('reason')) errors.push(m.denyReason);
        fields = {
          type,
          approved: approved === 'true',
          ...(text('reason') ? { reason: text('reason') } : {}),
        };
        break;
      }
      case 'DELIVER':
        if (!data.get('method')) errors.push(m.methodRequired);
        fields = { type, method: text('method') as DeliveryMethod };
        break;
      case 'ISSUE':
        fields = text('certificateNo') ? { type, certificateNo: text('certificateNo') } : { type };
        break;
      case 'SUPPLY': {
        const materials = data.getAll('materials').map(String);
        if (materials.length === 0) errors.push(m.supplyRequired);
        fields = { type, materials };
        break;
      }
    }
    this.panelErrors = errors;
    if (errors.length === 0) this.send(fields);
  }
}

if (!customElements.get('ow-case')) customElements.define('ow-case', OwCase);

declare global {
  interface HTMLElementTagNameMap {
    'ow-case': OwCase;
  }
}
