import { html, LitElement } from 'lit';
import { live } from 'lit/directives/live.js';
import type { FieldOwner, FormContext } from './FormContext.js';
import { formText } from './formText.js';
import { retrieveSchema } from './retrieveSchema.js';
import { schemaType } from './testers.js';
import type { FieldHost, FieldRenderProps, JsonSchema, UiSchema } from './types.js';
import { uiOption } from './uiOption.js';

const emptyErrors: readonly string[] = Object.freeze([]);

const escapePointerToken = (token: string | number) =>
  typeof token === 'number' ? String(token) : token.replace(/~/g, '~0').replace(/\//g, '~1');

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * One field of an `<ow-form>`: picks its renderer from the registry and renders into the
 * form's shadow root (no shadow root of its own, so labels, ids and styles are shared).
 *
 * Each field is its own lit element holding its own value: typing updates that field's data
 * and its ancestors' (path-local copies) without re-rendering siblings; a parent re-renders
 * only when the data flips one of its conditions (`if`, `dependencies`).
 *
 * @internal Created by `<ow-form>` and by structural renderers via `field.renderChild`.
 */
export class OwFormField extends LitElement implements FieldHost, FieldOwner {
  static override properties = {
    form: { attribute: false },
    owner: { attribute: false },
    key: { attribute: false },
    path: { attribute: false },
    schema: { attribute: false },
    uiSchema: { attribute: false },
    required: { attribute: false },
    value: { attribute: false, noAccessor: true },
    errors: { attribute: false, state: true },
  };

  declare form: FormContext;
  declare owner: FieldOwner;
  declare key: string | number | null;
  declare path: string;
  declare schema: JsonSchema;
  declare uiSchema: UiSchema;
  declare required: boolean;
  /** Error messages shown on this field. */
  declare errors: readonly string[];
  /** True once the user left the field (or the form was submitted): its errors show from then on. */
  touched = false;
  readonly state = new Map<string, unknown>();
  #value: unknown;
  #id = '';
  #effective: JsonSchema | undefined;

  constructor() {
    super();
    this.errors = emptyErrors;
    this.required = false;
    this.uiSchema = {};
    // Render even while detached: <ow-form> builds the first field tree off-document and inserts
    // it in one go, which is several times cheaper than one connected insertion per field.
    this.enableUpdating(true);
  }

  get value(): unknown {
    return this.#value;
  }
  set value(value: unknown) {
    const old = this.#value;
    if (value === old) return;
    this.#value = value;
    this.requestUpdate('value', old);
  }

  get rootSchema(): JsonSchema {
    return this.form.rootSchema;
  }

  /** The schema rendered for the current value (conditions applied). */
  get effectiveSchema(): JsonSchema {
    this.#effective ??= this.#retrieve();
    return this.#effective;
  }

  /** Id of the field's main control. */
  get controlId(): string {
    if (!this.#id) this.#id = this.form.nextId();
    return this.#id;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.form?.register(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.form?.unregister(this);
  }

  protected override shouldUpdate(): boolean {
    return this.form !== undefined;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('form')) this.form.register(this);
    if (changed.has('schema') || changed.has('value') || changed.has('form'))
      this.#effective = this.#retrieve();
  }

  #retrieve(): JsonSchema {
    return retrieveSchema(this.schema ?? {}, this.form.rootSchema, this.#value, this.form.schemaMatches);
  }

  schemaMatches = (schema: JsonSchema, value: unknown): boolean => this.form.schemaMatches(schema, value);

  /** Sets errors to show (from the form's full validation); marks the field touched. */
  showErrors(messages: readonly string[]): void {
    this.touched = true;
    this.#setErrors(messages);
  }

  #setErrors(messages: readonly string[]): void {
    const next = messages.length === 0 ? emptyErrors : messages;
    if (next.length === this.errors.length && next.every((message, i) => message === this.errors[i])) return;
    this.errors = next;
  }

  /** Live validation of a leaf field against its own schema. */
  validateSelf(): void {
    const schema = this.effectiveSchema;
    const type = schemaType(schema);
    if (type === 'object' || type === 'array') return;
    const name = typeof this.key === 'string' ? this.key : '';
    this.#setErrors(this.form.validateField(schema, this.#value, this.required, name));
  }

  #onChange = (value: unknown): void => {
    if (value === this.#value) return;
    this.#value = value;
    this.owner.childChanged(this.key, value);
    if (this.form.liveValidate ? this.touched : this.errors.length > 0) this.validateSelf();
  };

  #onBlur = (): void => {
    this.touched = true;
    if (this.form.liveValidate) this.validateSelf();
  };

  childChanged(key: string | number | null, childValue: unknown): void {
    const old = this.#value;
    let next: unknown;
    if (key === null) next = childValue;
    else if (typeof key === 'number') {
      const array = Array.isArray(old) ? old.slice() : [];
      array[key] = childValue;
      next = array;
    } else {
      const object = { ...(old && typeof old === 'object' && !Array.isArray(old) ? old : {}) } as Record<
        string,
        unknown
      >;
      if (childValue === undefined) delete object[key];
      else object[key] = childValue;
      next = object;
    }
    this.#value = next;
    // A condition (if/then/else, dependencies) may have flipped: re-render only then.
    const effective = this.#retrieve();
    if (effective !== this.#effective) {
      this.#effective = effective;
      this.requestUpdate();
    }
    this.owner.childChanged(this.key, next);
  }

  renderChild(
    key: string | number | null,
    schema: JsonSchema,
    uiSchema: UiSchema,
    value: unknown,
    required: boolean,
  ): unknown {
    const path = key === null ? this.path : `${this.path}/${escapePointerToken(key)}`;
    return html`<ow-form-field
      .form=${this.form}
      .owner=${this}
      .key=${key}
      .path=${path}
      .schema=${schema}
      .uiSchema=${uiSchema}
      .required=${required}
      .value=${live(value)}
    ></ow-form-field>`;
  }

  protected override render(): unknown {
    const form = this.form;
    const schema = this.effectiveSchema;
    const uiSchema = this.uiSchema ?? {};
    const renderer = form.pickRenderer(schema, uiSchema, this.path);
    return renderer.render(this.#props(schema, uiSchema));
  }

  #props(schema: JsonSchema, uiSchema: UiSchema): FieldRenderProps {
    const id = this.controlId;
    const description = text(uiOption(uiSchema, 'description')) ?? schema.description;
    const help = text(uiOption(uiSchema, 'help'));
    const descriptionId = `${id}-description`;
    const helpId = `${id}-help`;
    const errorId = `${id}-error`;
    const describedBy = [
      description ? descriptionId : '',
      help ? helpId : '',
      this.errors.length > 0 ? errorId : '',
    ]
      .filter(Boolean)
      .join(' ');
    const fallbackLabel =
      typeof this.key === 'string'
        ? this.key
        : typeof this.key === 'number'
          ? formText(this.form.formLang).item(this.key + 1)
          : '';
    return {
      id,
      path: this.path,
      schema,
      uiSchema,
      value: this.#value,
      label: text(uiOption(uiSchema, 'title')) ?? schema.title ?? fallbackLabel,
      description,
      help,
      placeholder: text(uiOption(uiSchema, 'placeholder')),
      required: this.required,
      disabled: this.form.formDisabled || uiOption(uiSchema, 'disabled') === true,
      readonly: this.form.formReadonly || uiOption(uiSchema, 'readonly') === true || schema.readOnly === true,
      errors: this.errors,
      describedBy: describedBy || undefined,
      descriptionId,
      helpId,
      errorId,
      lang: this.form.formLang,
      rootFields: this.path === '' ? this.form.rootFields : undefined,
      onChange: this.#onChange,
      onBlur: this.#onBlur,
      field: this,
    };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ow-form-field': OwFormField;
  }
}
