import { createFormValidator, type FormError, type FormValidator, formErrorMessage } from '@onewindow/spec';
import { html, nothing, type PropertyValues, render } from 'lit';
import { OwElement } from '../../base/OwElement.js';
import { computeDefaults } from '../../form/computeDefaults.js';
import type { FormContext } from '../../form/FormContext.js';
import { type FieldParent, fieldSlot } from '../../form/fieldSlot.js';
import { prepareFrames } from '../../form/fieldView.js';
import { formText } from '../../form/formText.js';
import { OwFormField } from '../../form/OwFormField.js';
import { pickRenderer, registerRenderer, rendererRegistry } from '../../form/rendererRegistry.js';
import type { JsonSchema, RendererEntry, UiSchema } from '../../form/types.js';
import { uiOption } from '../../form/uiOption.js';
import type { Lang } from '../../i18n/lang.js';
import { owFormStyles } from './ow-form.styles.js';

/** Detail of `ow-change`: the new form data; `errors` (full validation) is computed when first read. */
export interface OwFormChangeDetail {
  formData: unknown;
  readonly errors: FormError[];
}

/** Detail of `ow-submit`: valid form data. */
export interface OwFormSubmitDetail {
  formData: unknown;
}

interface Summary {
  count: number;
  unattached: string[];
}

let formCount = 0;

/** `live-validate="false"` turns live validation off; any other value (or none) keeps it on. */
const booleanDefaultTrue = {
  fromAttribute: (value: string | null) => value !== 'false',
  toAttribute: (value: boolean) => (value ? null : 'false'),
};

/**
 * Renders a JSON Schema form (RJSF uiSchema) — the 申请表 of a service item — with live,
 * field-local validation and Chinese error messages (English with `lang="en"`).
 *
 * Renderers come from a registry of ranked testers (`OwForm.registry`, {@link registerRenderer}):
 * hosts add their own widgets to the same list the built-ins live in.
 *
 * Each field renders through its own lit directive (no element per field), so a keystroke
 * re-renders only that field (and a parent only when a condition such as `if/then` or
 * `dependencies` flips).
 *
 * @summary A JSON Schema + uiSchema form with Chinese validation messages.
 *
 * @event ow-change - The form data changed: `detail = { formData, errors }` (`errors` validates the whole data on first read).
 * @event ow-submit - The form was submitted and is valid: `detail = { formData }`.
 *
 * @csspart form - The `<form>` element.
 * @csspart summary - The error summary shown after a failed submit (`role="alert"`).
 * @csspart field - The frame of one field (label, control, help, error).
 * @csspart label - A field label or radio-group legend.
 * @csspart control - An input, select, textarea, radio or checkbox.
 * @csspart description - A field description.
 * @csspart help - A field's `ui:help` text.
 * @csspart error - A field's error text.
 * @csspart object - The fieldset of a nested object.
 * @csspart legend - The legend of an object or array fieldset.
 * @csspart array - The fieldset of an array.
 * @csspart array-item - One item of an array.
 * @csspart array-item-toolbar - The move/remove buttons of an array item.
 * @csspart button - Array buttons (add, remove, move).
 * @csspart add - The add button of an array.
 * @csspart option - One radio/checkbox choice with its label.
 * @csspart multi - A oneOf/anyOf field (branch selector and branch).
 * @csspart actions - The row holding the submit button.
 * @csspart submit - The submit button.
 *
 * @cssprop --ow-form-control-max-width - Maximum width of text controls (default 32em).
 * @cssprop --ow-color-primary - Submit button color.
 * @cssprop --ow-color-danger - Error text and invalid-control border color.
 * @cssprop --ow-color-border - Control and fieldset border color.
 *
 * @example
 * ```html
 * <ow-form id="f"></ow-form>
 * <script type="module">
 *   f.schema = { type: 'object', required: ['name'], properties: { name: { type: 'string', title: '姓名' } } };
 *   f.addEventListener('ow-submit', (e) => console.log(e.detail.formData));
 * </script>
 * ```
 */
export class OwForm extends OwElement implements FormContext {
  static override properties = {
    ...OwElement.properties,
    schema: { attribute: false },
    uiSchema: { attribute: false },
    formData: { attribute: false, noAccessor: true },
    validator: { attribute: false },
    fields: { attribute: false },
    liveValidate: { attribute: 'live-validate', converter: booleanDefaultTrue },
    noSubmit: { type: Boolean, attribute: 'no-submit' },
    submitLabel: { type: String, attribute: 'submit-label' },
    disabled: { type: Boolean, reflect: true },
    readonly: { type: Boolean, reflect: true },
    summary: { attribute: false, state: true },
  };

  static override styles = [OwElement.baseStyles, owFormStyles];

  /** The renderer registry shared by every `<ow-form>` (built-ins first; hosts append). */
  static get registry(): RendererEntry[] {
    return rendererRegistry;
  }

  /** Adds a renderer to {@link OwForm.registry}; see {@link registerRenderer}. */
  static registerRenderer(entry: RendererEntry): void {
    registerRenderer(entry);
  }

  /** The JSON Schema of the form data (draft-07; `$ref` to `definitions` allowed). */
  declare schema: JsonSchema | undefined;
  /** RJSF uiSchema: `ui:widget`, `ui:order`, `ui:title`, `ui:help`, `ui:options` … */
  declare uiSchema: UiSchema | undefined;
  /** Validates the whole form on submit; default: `createFormValidator(schema, { lang })` (CSP-safe). */
  declare validator: FormValidator | undefined;
  /** Only these top-level fields are shown and validated (one step of `<ow-apply>`); all when unset. */
  declare fields: readonly string[] | undefined;
  /** Show a field's errors as soon as it was touched (default true); otherwise only on submit. */
  declare liveValidate: boolean;
  /** Hide the built-in submit button (the host calls `submit()` itself). */
  declare noSubmit: boolean;
  /** Text of the submit button (default 提交 / Submit). */
  declare submitLabel: string | undefined;
  /** Disable every control. */
  declare disabled: boolean;
  /** Make every control read-only (review display). */
  declare readonly: boolean;
  declare summary: Summary | undefined;

  #formData: unknown;
  #defaultValidator: FormValidator | undefined;
  #fieldValidators = new WeakMap<JsonSchema, FormValidator>();
  #lang: Lang = 'zh-CN';
  #fields = new Set<OwFormField>();
  #idPrefix = `owf${++formCount}`;
  #idCount = 0;
  #epoch = 0;
  /**
   * The fields render into this element: built detached on first render and inserted into the
   * `<form>` in one go (a control inserted into a connected form costs the form a scan of its
   * controls, so inserting fields one by one would cost quadratic time).
   */
  #container: HTMLDivElement | undefined;
  #renderQueue: OwFormField[] = [];
  #flushing: Promise<void> | undefined;
  /** The parent of the root field. */
  #rootParent: FieldParent = {
    path: '',
    createChild: (slot, key, schema, uiSchema, value, required) =>
      new OwFormField(this, this, '', 0, slot, key, schema, uiSchema, value, required),
  };

  constructor() {
    super();
    this.liveValidate = true;
    this.noSubmit = false;
    this.disabled = false;
    this.readonly = false;
  }

  /** The form data (defaults from the schema filled in). Setting it re-renders what changed. */
  get formData(): unknown {
    return this.#formData;
  }
  set formData(value: unknown) {
    const old = this.#formData;
    if (value === old) return;
    this.#formData = value;
    this.requestUpdate('formData', old);
  }

  // FormContext — read by the field elements.
  get rootSchema(): JsonSchema {
    return this.schema ?? {};
  }
  get formLang(): Lang {
    return this.#lang;
  }
  get rootFields(): readonly string[] | undefined {
    return this.fields;
  }
  get formDisabled(): boolean {
    return this.disabled;
  }
  get formReadonly(): boolean {
    return this.readonly;
  }
  get epoch(): number {
    return this.#epoch;
  }
  pickRenderer(schema: JsonSchema, uiSchema: UiSchema, path: string): RendererEntry {
    return pickRenderer(schema, uiSchema, path);
  }
  schemaMatches = (schema: JsonSchema, value: unknown): boolean =>
    this.#validatorFor(schema).validate(value).length === 0;
  validateField(schema: JsonSchema, value: unknown, required: boolean, name: string): string[] {
    if (value === undefined || value === '')
      return required ? [formErrorMessage('required', { missingProperty: name }, this.#lang)] : [];
    return [
      ...new Set(
        this.#validatorFor(schema)
          .validate(value)
          .map((error) => error.message),
      ),
    ];
  }
  nextId(): string {
    return `${this.#idPrefix}-${++this.#idCount}`;
  }
  register(field: OwFormField): void {
    this.#fields.add(field);
  }
  unregister(field: OwFormField): void {
    this.#fields.delete(field);
  }
  scheduleRender(field: OwFormField): void {
    if (field.pending) return;
    field.pending = true;
    this.#renderQueue.push(field);
    this.#flushing ??= Promise.resolve().then(() => this.#flushRenders());
  }
  /** The fields in the DOM now; forgets the others. */
  #renderedFields(): OwFormField[] {
    const rendered: OwFormField[] = [];
    for (const field of this.#fields) {
      if (field.isRendered && this.#container?.contains(field.startNode)) rendered.push(field);
      else this.#fields.delete(field);
    }
    return rendered;
  }

  /** Renders queued fields, parents first (a parent's render may already render a child). */
  #flushRenders(): void {
    while (this.#renderQueue.length > 0) {
      const queue = this.#renderQueue.sort((a, b) => a.depth - b.depth);
      this.#renderQueue = [];
      for (const field of queue) field.renderNow();
    }
    this.#flushing = undefined;
  }
  childChanged(_key: string | number | null, value: unknown): void {
    this.#formData = value;
    const validate = () => this.#validateAll(value);
    let errors: FormError[] | undefined;
    this.emit<OwFormChangeDetail>('ow-change', {
      formData: value,
      get errors() {
        errors ??= validate();
        return errors;
      },
    });
  }

  /** A validator for one subschema, with the root's definitions so `$ref`s resolve. */
  #validatorFor(schema: JsonSchema): FormValidator {
    let validator = this.#fieldValidators.get(schema);
    if (!validator) {
      const root = this.rootSchema;
      const standalone =
        schema !== root && (root.definitions || root.$defs)
          ? { ...schema, definitions: root.definitions, $defs: root.$defs }
          : schema;
      validator = createFormValidator(standalone, { lang: this.#lang });
      this.#fieldValidators.set(schema, validator);
    }
    return validator;
  }

  #validateAll(data: unknown): FormError[] {
    // The default validator is built on first use, not on first render.
    if (!this.validator && !this.#defaultValidator && this.schema)
      this.#defaultValidator = createFormValidator(this.schema, { lang: this.#lang });
    const validator = this.validator ?? this.#defaultValidator;
    if (!validator) return [];
    const reported = validator.validate(data);
    const errors = [...reported, ...this.#missingConditionalFields(reported, data)];
    if (!this.fields) return errors;
    const shown = new Set(this.fields);
    return errors.filter((error) => {
      const top = error.pointer.split('/')[1];
      return top !== undefined && shown.has(top.replace(/~1/g, '/').replace(/~0/g, '~'));
    });
  }

  /**
   * `required` names that a rendered object gets from an active branch (`if/then`,
   * `dependencies` oneOf) and that are missing. A validator reports such a miss as a failed
   * `oneOf` on the object; the form names the field, so the applicant sees where to type.
   */
  #missingConditionalFields(reported: FormError[], data: unknown): FormError[] {
    if (data === undefined) return [];
    const extra: FormError[] = [];
    const known = new Set(reported.map((error) => `${error.pointer} ${error.keyword}`));
    for (const field of this.#renderedFields()) {
      const schema = field.effectiveSchema;
      const value = field.value;
      if (!schema.required || !value || typeof value !== 'object' || Array.isArray(value)) continue;
      if (schema === field.schema) continue; // no branch merged: the validator covers it
      for (const name of schema.required) {
        if ((value as Record<string, unknown>)[name] !== undefined) continue;
        const pointer = `${field.path}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (known.has(`${pointer} required`)) continue;
        const params = { missingProperty: name };
        extra.push({
          pointer,
          keyword: 'required',
          params,
          message: formErrorMessage('required', params, this.#lang),
        });
      }
    }
    return extra;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const lang = this.language;
    const langChanged = lang !== this.#lang;
    this.#lang = lang;
    if (langChanged || changed.has('schema')) {
      this.#fieldValidators = new WeakMap();
      this.#defaultValidator = undefined;
    }
    // Fields read these from the form (not through their own inputs): re-render them all.
    if (langChanged || changed.has('disabled') || changed.has('readonly')) this.#epoch++;
    if ((changed.has('schema') || changed.has('formData')) && this.schema)
      this.#formData = computeDefaults(this.schema, this.#formData, this.schema);
    if (this.schema) {
      this.#container ??= Object.assign(document.createElement('div'), { className: 'fields' });
      render(
        fieldSlot(this.#rootParent, null, this.schema, this.uiSchema ?? {}, this.#formData, false),
        this.#container,
      );
    }
  }

  /** Resolves once the form and every field in it have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#flushing) {
      await this.#flushing;
      result = (await super.getUpdateComplete()) && result;
    }
    return result;
  }

  /**
   * Validates the whole form (the `fields` subset when set), shows every error on its field,
   * focuses the first invalid field, and tells whether the data is valid.
   *
   * @example
   * if (form.checkValidity()) next();
   */
  checkValidity(): boolean {
    const errors = this.#validateAll(this.#formData);
    this.#showErrors(errors);
    return errors.length === 0;
  }

  /**
   * Validates like {@link OwForm.checkValidity}; when valid, dispatches `ow-submit` with the data.
   *
   * @example
   * form.addEventListener('ow-submit', (e) => save(e.detail.formData));
   * form.submit();
   */
  submit(): boolean {
    const valid = this.checkValidity();
    if (valid) this.emit<OwFormSubmitDetail>('ow-submit', { formData: this.#formData });
    return valid;
  }

  #showErrors(errors: FormError[]): void {
    const fields = this.#renderedFields().sort(inDocumentOrder);
    const visible = (field: OwFormField) => uiOption(field.uiSchema, 'widget') !== 'hidden';
    const paths = new Set(fields.filter(visible).map((field) => field.path));
    const byPath = new Map<string, Set<string>>();
    const unattached = new Set<string>();
    for (const error of errors) {
      let pointer = error.pointer;
      while (!paths.has(pointer) && pointer !== '') pointer = pointer.slice(0, pointer.lastIndexOf('/'));
      if (!paths.has(pointer)) unattached.add(error.message);
      else if (byPath.has(pointer)) byPath.get(pointer)!.add(error.message);
      else byPath.set(pointer, new Set([error.message]));
    }
    const served = new Set<string>();
    let first: OwFormField | undefined;
    for (const field of fields) {
      const messages = visible(field) && !served.has(field.path) ? [...(byPath.get(field.path) ?? [])] : [];
      served.add(field.path);
      field.showErrors(messages);
      if (messages.length > 0) first ??= field;
    }
    this.summary = errors.length > 0 ? { count: errors.length, unattached: [...unattached] } : undefined;
    if (first) this.#focusControl(first);
  }

  /** Focuses a field's control: the invalid one if rendered, else its first focusable element. */
  #focusControl(field: OwFormField): void {
    const byId = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(field.controlId)}`);
    (byId ?? field.firstFocusable())?.focus();
  }

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.submit();
  };

  protected override render(): unknown {
    if (!this.schema) return nothing;
    const text = formText(this.#lang);
    const buttonOptions = (this.uiSchema?.['ui:submitButtonOptions'] ?? {}) as {
      norender?: boolean;
      submitText?: string;
    };
    const summary = this.summary;
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      <div class="summary" part="summary" role="alert">${
        summary
          ? html`<p>${text.summary(summary.count)}</p>
              ${
                summary.unattached.length > 0
                  ? html`<ul>${summary.unattached.map((message) => html`<li>${message}</li>`)}</ul>`
                  : nothing
              }`
          : nothing
      }</div>
      ${this.#container ?? nothing}
      ${
        this.noSubmit || buttonOptions.norender
          ? nothing
          : html`<div class="actions" part="actions">
              <button type="submit" part="submit">${this.submitLabel ?? buttonOptions.submitText ?? text.submit}</button>
            </div>`
      }
    </form>`;
  }
}

/** Fields in document order (a parent before its children). */
function inDocumentOrder(a: OwFormField, b: OwFormField): number {
  if (a === b) return 0;
  return a.startNode!.compareDocumentPosition(b.startNode!) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
if (!customElements.get('ow-form')) {
  customElements.define('ow-form', OwForm);
  // The fields' prepared frames are built while the page is idle, not during the first render.
  const whenIdle: (run: () => void) => void =
    typeof requestIdleCallback === 'function'
      ? (run) => requestIdleCallback(run, { timeout: 1000 })
      : (run) => setTimeout(run, 1);
  whenIdle(prepareFrames);
}

declare global {
  interface HTMLElementTagNameMap {
    'ow-form': OwForm;
  }
  interface HTMLElementEventMap {
    'ow-change': CustomEvent<OwFormChangeDetail>;
  }
}
