import { createFormValidator, type FormValidator, localize, type ServiceItemSpec } from '@onewindow/spec';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { OwElement } from '../../base/OwElement.js';
import { SpecLoader } from '../../base/SpecLoader.js';
import type { MaterialsValue } from '../../events/OwMaterialsChangeEvent.js';
import { OwSubmitEvent } from '../../events/OwSubmitEvent.js';
import type { Lang } from '../../i18n/lang.js';
import { terms } from '../../i18n/terms.js';
import '../ow-form/ow-form.js';
import type { OwForm, OwFormChangeDetail } from '../ow-form/ow-form.js';
import '../ow-guide/ow-guide.js';
import '../ow-materials/ow-materials.js';
import { missingMaterials, neededMaterials } from '../ow-materials/neededMaterials.js';
import {
  type ELicenseProvider,
  materialStatusLabels,
  type OwMaterials,
  type UploadHook,
} from '../ow-materials/ow-materials.js';
import {
  type ApplyDraft,
  applyDraftKey,
  readApplyDraft,
  removeApplyDraft,
  writeApplyDraft,
} from './applyDraft.js';
import { owApplyStyles } from './ow-apply.styles.js';
import { reviewRows } from './reviewRows.js';

const messages = {
  'zh-CN': {
    steps: '申请步骤',
    stepDone: '已完成',
    guide: '阅读办事指南',
    materials: '上传材料',
    review: '确认提交',
    start: '开始申请',
    back: '上一步',
    next: '下一步',
    submit: '提交申请',
    edit: '修改',
    loading: '正在加载事项…',
    stepOf: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`,
    draftTitle: '发现未完成的申请',
    draftText: (time: string) => `您在 ${time} 保存了一份未完成的申请，是否继续填写？`,
    resume: '继续填写',
    discard: '重新填写',
    reviewHint: '请核对以下信息，确认无误后提交。',
    materialsHeading: '申请材料',
    noMaterials: '无需提交材料',
    formInvalid: '申请表还有未填写或填写有误的内容，请返回修改。',
    submitted: '申请已提交。请留意办件进度，我们将按承诺时限办理。',
    files: (names: string[]) => `（${names.join('、')}）`,
  },
  en: {
    steps: 'Application steps',
    stepDone: 'done',
    guide: 'Read the guide',
    materials: 'Materials',
    review: 'Review and submit',
    start: 'Start the application',
    back: 'Back',
    next: 'Next',
    submit: 'Submit the application',
    edit: 'Edit',
    loading: 'Loading the item…',
    stepOf: (n: number, total: number) => `Step ${n} of ${total}`,
    draftTitle: 'Unfinished application found',
    draftText: (time: string) => `You saved an unfinished application on ${time}. Continue with it?`,
    resume: 'Continue',
    discard: 'Start again',
    reviewHint: 'Please check the information below, then submit.',
    materialsHeading: 'Materials',
    noMaterials: 'No materials needed',
    formInvalid: 'Some answers are missing or wrong; please go back and correct them.',
    submitted: 'Your application has been submitted. You can follow its progress online.',
    files: (names: string[]) => ` (${names.join(', ')})`,
  },
} satisfies Record<Lang, unknown>;

type StepKind =
  | { kind: 'guide' }
  | { kind: 'form'; index: number }
  | { kind: 'materials' }
  | { kind: 'review' };

/** localStorage, or undefined where reading it throws (storage disabled, sandboxed frames). */
function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

/** Debounce of the draft autosave, in milliseconds. */
const DRAFT_DELAY = 400;

/**
 * @summary 在线申请: one item from guide to submission — read the guide, fill the form step
 * by step, supply the materials, review, submit — with a draft that survives a reload.
 *
 * @event ow-submit - {@link OwSubmitEvent} with `{ specId, specRevision, formData, materials }` on submission.
 * @event ow-spec-error - When `spec-src` cannot be fetched or is not a valid spec.
 * @event ow-materials-change - Bubbles out of the materials step whenever a material changes.
 * @event ow-change - Bubbles out of the form steps whenever the form data changes.
 *
 * @csspart stepper - The ordered list of steps.
 * @csspart step - One step in the stepper (the current one has `aria-current="step"`).
 * @csspart draft-prompt - The 「继续填写 / 重新填写」 prompt.
 * @csspart nav - The back / next row.
 * @csspart back-button - 上一步.
 * @csspart next-button - 下一步 / 提交申请.
 * @csspart review - The review page.
 * @csspart done - The message after submission.
 *
 * @cssprop --ow-color-primary - Current step and buttons.
 * @cssprop --ow-color-success - Completed steps and the submission message.
 * @cssprop --ow-font-size - Base font size (larger in `elder` mode).
 */
export class OwApply extends OwElement {
  static override properties = {
    spec: { attribute: false },
    specSrc: { type: String, attribute: 'spec-src', reflect: true },
    formData: { attribute: false },
    materials: { attribute: false },
    upload: { attribute: false },
    eLicenseProvider: { attribute: false },
    validator: { attribute: false },
    noDraft: { type: Boolean, attribute: 'no-draft' },
    step: { type: Number, reflect: true },
    draftPrompt: { attribute: false, state: true },
    submitted: { type: Boolean, reflect: true },
    reviewError: { attribute: false, state: true },
  };

  static override styles = [OwElement.baseStyles, owApplyStyles];

  /** The item spec; or use `spec-src`. */
  declare spec: ServiceItemSpec | undefined;
  /** Address of a spec JSON file to fetch and validate. */
  declare specSrc: string | undefined;
  /** The form data so far (also restored from a draft). */
  declare formData: Record<string, unknown>;
  /** The materials value so far (see `<ow-materials>`). */
  declare materials: MaterialsValue;
  /** Passed to `<ow-materials>`: stores a file, returns its record. */
  declare upload: UploadHook | undefined;
  /** Passed to `<ow-materials>`: fetches 免证 electronic licences. */
  declare eLicenseProvider: ELicenseProvider | undefined;
  /** Whole-form validator; default `createFormValidator(spec.form.schema)`. Plug a precompiled one for strict CSP. */
  declare validator: FormValidator | undefined;
  /** Do not keep a draft in localStorage. */
  declare noDraft: boolean;
  /** Index of the current step (0 = guide). */
  declare step: number;
  /** True after submission. */
  declare submitted: boolean;
  declare protected draftPrompt: ApplyDraft | null;
  declare protected reviewError: string;

  /** Where drafts are kept; hosts may swap in sessionStorage or their own Storage. */
  storage: Storage | undefined = browserStorage();

  private readonly loader = new SpecLoader(this, (spec) => {
    this.spec = spec;
  });
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  /** The spec the draft prompt was decided for (restore or discard happens once per spec). */
  private draftCheckedFor: ServiceItemSpec | undefined;

  constructor() {
    super();
    this.formData = {};
    this.materials = {};
    this.noDraft = false;
    this.step = 0;
    this.submitted = false;
    this.draftPrompt = null;
    this.reviewError = '';
  }

  private get draftKey(): string | undefined {
    return this.spec ? applyDraftKey(this.spec.id, this.spec.revision) : undefined;
  }

  /** The steps: guide, one per form step, materials, review. */
  private get steps(): StepKind[] {
    const formSteps = this.spec?.form.steps ?? [];
    return [
      { kind: 'guide' },
      ...formSteps.map((_, index) => ({ kind: 'form' as const, index })),
      { kind: 'materials' },
      { kind: 'review' },
    ];
  }

  private stepTitle(step: StepKind): string {
    const m = messages[this.language];
    switch (step.kind) {
      case 'guide':
        return m.guide;
      case 'form':
        return localize(this.spec?.form.steps[step.index]?.title, this.language);
      case 'materials':
        return m.materials;
      case 'review':
        return m.review;
    }
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('specSrc') && this.specSrc) void this.loader.load(this.specSrc, this.language);
    if (changed.has('spec') && this.spec && this.draftCheckedFor !== this.spec) {
      this.draftCheckedFor = this.spec;
      this.submitted = false;
      const draft = this.noDraft || !this.draftKey ? null : readApplyDraft(this.storage, this.draftKey);
      this.draftPrompt = draft;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Leaving the page mid-typing must not lose the last keystrokes.
    if (this.saveTimer !== undefined) this.saveDraftNow();
  }

  private scheduleSave(): void {
    if (this.noDraft || this.submitted || this.draftPrompt) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveDraftNow(), DRAFT_DELAY);
  }

  private saveDraftNow(): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const key = this.draftKey;
    if (!key || this.noDraft || this.submitted || this.draftPrompt) return;
    writeApplyDraft(this.storage, key, {
      formData: this.formData,
      materials: this.materials,
      step: this.step,
      savedAt: new Date().toISOString(),
    });
  }

  private resumeDraft(): void {
    const draft = this.draftPrompt;
    if (!draft) return;
    this.formData = draft.formData;
    this.materials = draft.materials;
    this.step = Math.min(Math.max(draft.step, 0), this.steps.length - 1);
    this.draftPrompt = null;
    void this.focusHeading();
  }

  private discardDraft(): void {
    if (this.draftKey) removeApplyDraft(this.storage, this.draftKey);
    this.draftPrompt = null;
    this.formData = {};
    this.materials = {};
    this.step = 0;
    void this.focusHeading();
  }

  private async focusHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
  }

  private goTo(step: number): void {
    this.step = step;
    this.reviewError = '';
    this.scheduleSave();
    void this.focusHeading();
  }

  private async next(): Promise<void> {
    const current = this.steps[this.step];
    if (current?.kind === 'form') {
      const form = this.renderRoot.querySelector<OwForm>('ow-form');
      if (form) {
        await form.updateComplete;
        if (!form.checkValidity()) return;
      }
    }
    if (current?.kind === 'materials') {
      const materials = this.renderRoot.querySelector<OwMaterials>('ow-materials');
      if (materials && !materials.checkValidity()) return;
    }
    if (current?.kind === 'review') {
      this.submit();
      return;
    }
    this.goTo(this.step + 1);
  }

  private validateAll(): boolean {
    const spec = this.spec;
    if (!spec) return false;
    const validator = this.validator ?? createFormValidator(spec.form.schema, { lang: this.language });
    return validator.validate(this.formData).length === 0;
  }

  /**
   * Submits as the 提交申请 button does: checks the whole form and the materials, fires
   * `ow-submit`, removes the draft. Returns false (and shows why) when something is missing.
   *
   * @example
   * apply.addEventListener('ow-submit', (e) => api.createCase(e.detail));
   */
  submit(): boolean {
    const spec = this.spec;
    if (!spec || this.submitted) return false;
    const m = messages[this.language];
    if (!this.validateAll()) {
      this.reviewError = m.formInvalid;
      return false;
    }
    if (missingMaterials(spec, this.formData, this.materials).length > 0) {
      this.reviewError = m.formInvalid;
      return false;
    }
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    this.dispatchEvent(
      new OwSubmitEvent({
        specId: spec.id,
        specRevision: spec.revision,
        formData: this.formData,
        materials: this.materials,
      }),
    );
    if (this.draftKey) removeApplyDraft(this.storage, this.draftKey);
    this.submitted = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[part=done]')?.focus());
    return true;
  }

  private onFormChange = (event: CustomEvent<OwFormChangeDetail>): void => {
    this.formData = event.detail.formData as Record<string, unknown>;
    this.scheduleSave();
  };

  private onMaterialsChange = (event: Event): void => {
    this.materials = (event as CustomEvent<{ materials: MaterialsValue }>).detail.materials;
    this.scheduleSave();
  };

  /** The inner form's own `ow-submit` (Enter in a field) means "next"; it must not leave this element. */
  private onInnerSubmit = (event: Event): void => {
    event.stopPropagation();
    void this.next();
  };

  override render() {
    const m = messages[this.language];
    if (this.loader.error) return html`<p class="status error" role="alert">${this.loader.error}</p>`;
    const spec = this.spec;
    if (!spec) return this.loader.loading ? html`<p class="status" role="status">${m.loading}</p>` : nothing;
    if (this.submitted)
      return html`<p class="done-message" part="done" role="status" tabindex="-1">${m.submitted}</p>`;
    if (this.draftPrompt) return this.renderDraftPrompt(this.draftPrompt);
    const steps = this.steps;
    const index = Math.min(this.step, steps.length - 1);
    const current = steps[index]!;
    return html`
      <nav aria-label=${m.steps}>
        <ol class="stepper" part="stepper">
          ${steps.map(
            (step, i) => html`<li
              part="step"
              class=${i < index ? 'done' : ''}
              aria-current=${i === index ? 'step' : nothing}
            >
              ${this.stepTitle(step)}
              ${i < index ? html`<span class="visually-hidden">${terms[this.language].punct.paren(m.stepDone)}</span>` : nothing}
            </li>`,
          )}
        </ol>
      </nav>
      <section aria-labelledby="step-title">
        <h2 id="step-title" tabindex="-1">
          ${this.stepTitle(current)}
          <span class="visually-hidden">${terms[this.language].punct.paren(m.stepOf(index + 1, steps.length))}</span>
        </h2>
        ${this.renderStep(spec, current)}
      </section>
      <div class="nav" part="nav">
        ${
          index > 0
            ? html`<button type="button" part="back-button" @click=${() => this.goTo(index - 1)}>${m.back}</button>`
            : html`<span></span>`
        }
        <button type="button" class="primary" part="next-button" @click=${() => this.next()}>
          ${current.kind === 'guide' ? m.start : current.kind === 'review' ? m.submit : m.next}
        </button>
      </div>
    `;
  }

  private renderDraftPrompt(draft: ApplyDraft): TemplateResult {
    const m = messages[this.language];
    const time = draft.savedAt
      ? new Date(draft.savedAt).toLocaleString(this.language === 'en' ? 'en-GB' : 'zh-CN')
      : '';
    return html`<section class="draft" part="draft-prompt" role="region" aria-labelledby="draft-title">
      <h2 id="draft-title" tabindex="-1">${m.draftTitle}</h2>
      <p>${m.draftText(time)}</p>
      <div class="actions">
        <button type="button" class="primary" @click=${() => this.resumeDraft()}>${m.resume}</button>
        <button type="button" @click=${() => this.discardDraft()}>${m.discard}</button>
      </div>
    </section>`;
  }

  private renderStep(spec: ServiceItemSpec, step: StepKind): TemplateResult {
    switch (step.kind) {
      case 'guide':
        return html`<ow-guide .spec=${spec} lang=${this.language} ?elder=${this.elder}></ow-guide>`;
      case 'form': {
        const formStep = spec.form.steps[step.index];
        return html`${formStep?.description ? html`<p>${localize(formStep.description, this.language)}</p>` : nothing}
          <ow-form
            .schema=${spec.form.schema}
            .uiSchema=${spec.form.uiSchema}
            .formData=${this.formData}
            .fields=${formStep?.fields}
            .validator=${this.validator}
            no-submit
            lang=${this.language}
            ?elder=${this.elder}
            @ow-change=${this.onFormChange}
            @ow-submit=${this.onInnerSubmit}
          ></ow-form>`;
      }
      case 'materials':
        return html`<ow-materials
          .spec=${spec}
          .formData=${this.formData}
          .materials=${this.materials}
          .upload=${this.upload}
          .eLicenseProvider=${this.eLicenseProvider}
          lang=${this.language}
          ?elder=${this.elder}
          @ow-materials-change=${this.onMaterialsChange}
        ></ow-materials>`;
      case 'review':
        return this.renderReview(spec);
    }
  }

  private renderReview(spec: ServiceItemSpec): TemplateResult {
    const m = messages[this.language];
    const lang = this.language;
    const needed = neededMaterials(spec, this.formData);
    const labels = materialStatusLabels[lang];
    return html`<div part="review">
      <p>${m.reviewHint}</p>
      ${this.reviewError ? html`<p class="error" role="alert">${this.reviewError}</p>` : nothing}
      ${spec.form.steps.map(
        (formStep, i) => html`<section class="review" aria-labelledby=${`review-${i}`}>
          <h3 id=${`review-${i}`}>
            ${localize(formStep.title, lang)}
            <button type="button" class="link" @click=${() => this.goTo(i + 1)}>
              ${m.edit}<span class="visually-hidden">${localize(formStep.title, lang)}</span>
            </button>
          </h3>
          <dl class="review">
            ${reviewRows(spec.form.schema, this.formData, formStep.fields, lang).map(
              (row) => html`<dt>${row.label}</dt><dd>${row.value}</dd>`,
            )}
          </dl>
        </section>`,
      )}
      <section class="review" aria-labelledby="review-materials">
        <h3 id="review-materials">
          ${m.materialsHeading}
          <button type="button" class="link" @click=${() => this.goTo(spec.form.steps.length + 1)}>
            ${m.edit}<span class="visually-hidden">${m.materialsHeading}</span>
          </button>
        </h3>
        ${
          needed.length === 0
            ? html`<p>${m.noMaterials}</p>`
            : html`<dl class="review">
              ${needed.map((material) => {
                const entry = this.materials[material.id];
                const status = entry?.status ?? 'missing';
                const files = entry?.files?.map((f) => f.name) ?? [];
                return html`<dt>${localize(material.name, lang)}</dt>
                  <dd class=${status === 'missing' ? 'error' : ''}>
                    ${labels[status]}${files.length && status === 'uploaded' ? m.files(files) : ''}
                  </dd>`;
              })}
            </dl>`
        }
      </section>
    </div>`;
  }
}

if (!customElements.get('ow-apply')) customElements.define('ow-apply', OwApply);

declare global {
  interface HTMLElementTagNameMap {
    'ow-apply': OwApply;
  }
}
