import type { TemplateResult } from 'lit';
import type { FieldOwner, FormContext } from './FormContext.js';
import { fieldList } from './fieldList.js';
import { type FieldOutlet, type FieldParent, fieldSlot } from './fieldSlot.js';
import { formText } from './formText.js';
import { retrieveSchema } from './retrieveSchema.js';
import { schemaType } from './testers.js';
import type {
  ChildField,
  FieldHost,
  FieldRenderProps,
  JsonSchema,
  RendererEntry,
  UiSchema,
} from './types.js';
import { uiOption } from './uiOption.js';

const emptyErrors: readonly string[] = Object.freeze([]);

const escapePointerToken = (token: string | number) =>
  typeof token === 'number'
    ? String(token)
    : token.includes('~') || token.includes('/')
      ? token.replace(/~/g, '~0').replace(/\//g, '~1')
      : token;

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** A field's instance pointer: its parent's, or the parent's plus its key (the root's key is null). */
const fieldPath = (parentPath: string, key: string | number | null) =>
  key === null ? parentPath : `${parentPath}/${escapePointerToken(key)}`;

/**
 * One field of an `<ow-form>`: its value, errors, touched flag and renderer state. It picks its
 * renderer from the registry and renders, through its outlet (a lit directive, or its place in a
 * parent's list), into the template of its parent — no element of its own, so a 500-field form
 * creates no 500 elements.
 *
 * Each field holds its own value: typing updates that field's data and its ancestors'
 * (path-local copies) without re-rendering siblings; the field re-renders alone (its directive
 * sets its part) when its errors change, and a parent re-renders only when the data flips one
 * of its conditions (`if`, `dependencies`).
 *
 * @internal Created by `<ow-form>` and by structural renderers via `field.renderChild`.
 */
export class OwFormField implements FieldHost, FieldOwner, FieldParent {
  readonly form: FormContext;
  readonly owner: FieldOwner;
  /** Nesting depth (the root is 0): parents render before children. */
  readonly depth: number;
  key: string | number | null;
  /** Instance JSON pointer of the field, '' for the root. */
  path: string;
  schema: JsonSchema;
  uiSchema: UiSchema;
  required: boolean;
  /** Error messages shown on this field. */
  errors: readonly string[] = emptyErrors;
  /** True once the user left the field (or the form was submitted): its errors show from then on. */
  touched = false;
  /** True while a re-render of this field alone is queued. */
  pending = false;
  #slot: FieldOutlet;
  #state: Map<string, unknown> | undefined;
  #value: unknown;
  #id = '';
  #effective: JsonSchema | undefined;
  #epoch = -1;
  #rootFields: readonly string[] | undefined;

  constructor(
    form: FormContext,
    owner: FieldOwner,
    parentPath: string,
    depth: number,
    slot: FieldOutlet,
    key: string | number | null,
    schema: JsonSchema,
    uiSchema: UiSchema,
    value: unknown,
    required: boolean,
  ) {
    this.form = form;
    this.owner = owner;
    this.depth = depth;
    this.#slot = slot;
    this.key = key;
    this.path = fieldPath(parentPath, key);
    this.schema = schema;
    this.uiSchema = uiSchema;
    this.#value = value;
    this.required = required;
    form.register(this);
  }

  /** The field's current value. */
  get value(): unknown {
    return this.#value;
  }

  /** Renderer-private state kept across renders. */
  get state(): Map<string, unknown> {
    this.#state ??= new Map();
    return this.#state;
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

  /** The field's first DOM node (a lit marker, or its own node in a list), for document order. */
  get startNode(): Node | null {
    return this.#slot.startNode;
  }

  /**
   * True while the field is part of its form's DOM. (lit does not tell a directive that sits
   * directly in a `repeat` item that the item was removed; its marker then has no parent.)
   */
  get isRendered(): boolean {
    return this.#slot.isConnected && this.#slot.startNode?.parentNode != null;
  }

  /** The field's first focusable control, if it is rendered. */
  firstFocusable(): HTMLElement | null {
    const end = this.#slot.endNode;
    for (let node = this.#slot.firstNode; node && node !== end; node = node.nextSibling) {
      if (!(node instanceof HTMLElement)) continue;
      if (node.matches(focusable)) return node;
      const inner = node.querySelector<HTMLElement>(focusable);
      if (inner) return inner;
    }
    return null;
  }

  /**
   * Takes the inputs of a parent render; tells whether the field must re-render (an input
   * changed, or the form asked every field to re-render).
   */
  receive(
    parentPath: string,
    key: string | number | null,
    schema: JsonSchema,
    uiSchema: UiSchema,
    value: unknown,
    required: boolean,
  ): boolean {
    let changed = this.#epoch !== this.form.epoch;
    if (key !== this.key || (key === null && parentPath !== this.path)) {
      this.key = key;
      this.path = fieldPath(parentPath, key);
      changed = true;
    }
    if (schema !== this.schema) {
      this.schema = schema;
      this.#effective = undefined;
      changed = true;
    }
    if (uiSchema !== this.uiSchema) {
      this.uiSchema = uiSchema;
      changed = true;
    }
    if (value !== this.#value) {
      this.#value = value;
      this.#effective = undefined;
      changed = true;
    }
    if (required !== this.required) {
      this.required = required;
      changed = true;
    }
    if (this.path === '' && this.#rootFields !== this.form.rootFields) changed = true;
    return changed;
  }

  detached(): void {
    this.form.unregister(this);
  }

  attached(): void {
    this.form.register(this);
  }

  /** Queues a re-render of this field alone (its part), e.g. after a local UI state change. */
  requestUpdate(): void {
    this.form.scheduleRender(this);
  }

  /** Renders the queued update now (called by the form). */
  renderNow(): void {
    if (!this.pending) return;
    if (!this.isRendered) {
      this.pending = false;
      return;
    }
    this.#slot.setValue(this.template());
  }

  /** The field's template for its current state. */
  template(): TemplateResult | unknown {
    this.pending = false;
    this.#epoch = this.form.epoch;
    const schema = this.effectiveSchema;
    const uiSchema = this.uiSchema;
    const renderer: RendererEntry = this.form.pickRenderer(schema, uiSchema, this.path);
    return renderer.render(this.#props(schema, uiSchema));
  }

  #retrieve(): JsonSchema {
    return retrieveSchema(this.schema, this.form.rootSchema, this.#value, this.form.schemaMatches);
  }

  schemaMatches = (schema: JsonSchema, value: unknown): boolean => this.form.schemaMatches(schema, value);

  /** Sets errors to show (from the form's full validation); marks the field touched. */
  showErrors(messages: readonly string[]): void {
    this.touched = true;
    this.#setErrors(messages);
  }

  #setErrors(messages: readonly string[]): void {
    const next = messages.length === 0 ? emptyErrors : messages;
    const errors = this.errors;
    if (next.length === errors.length && next.every((message, i) => message === errors[i])) return;
    this.errors = next;
    this.requestUpdate();
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
    return fieldSlot(this, key, schema, uiSchema, value, required);
  }

  renderChildren(children: readonly ChildField[]): unknown {
    return fieldList(this, children);
  }

  createChild(
    slot: FieldOutlet,
    key: string | number | null,
    schema: JsonSchema,
    uiSchema: UiSchema,
    value: unknown,
    required: boolean,
  ): OwFormField {
    return new OwFormField(
      this.form,
      this,
      this.path,
      this.depth + 1,
      slot,
      key,
      schema,
      uiSchema,
      value,
      required,
    );
  }

  #props(schema: JsonSchema, uiSchema: UiSchema): FieldRenderProps {
    const form = this.form;
    const id = this.controlId;
    const description = text(uiOption(uiSchema, 'description')) ?? schema.description;
    const help = text(uiOption(uiSchema, 'help'));
    const hasErrors = this.errors.length > 0;
    const descriptionId = `${id}-description`;
    const helpId = `${id}-help`;
    const errorId = `${id}-error`;
    let describedBy: string | undefined;
    if (description || help || hasErrors) {
      describedBy = [description ? descriptionId : '', help ? helpId : '', hasErrors ? errorId : '']
        .filter(Boolean)
        .join(' ');
    }
    const key = this.key;
    const fallbackLabel =
      typeof key === 'string' ? key : typeof key === 'number' ? formText(form.formLang).item(key + 1) : '';
    const rootFields = this.path === '' ? form.rootFields : undefined;
    this.#rootFields = rootFields;
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
      disabled: form.formDisabled || uiOption(uiSchema, 'disabled') === true,
      readonly: form.formReadonly || uiOption(uiSchema, 'readonly') === true || schema.readOnly === true,
      errors: this.errors,
      describedBy,
      descriptionId,
      helpId,
      errorId,
      lang: form.formLang,
      rootFields,
      onChange: this.#onChange,
      onBlur: this.#onBlur,
      field: this,
    };
  }
}

const focusable = 'input:not([type=hidden]), select, textarea, button';
