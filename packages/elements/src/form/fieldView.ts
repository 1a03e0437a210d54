import type { FieldRenderProps } from './types.js';

/**
 * A leaf field built with DOM calls instead of a lit template: the built-in widgets (inputs,
 * textarea, select, radio, checkbox, checkboxes) clone one prepared node per field kind and then
 * patch only what changed. A lit template with some twenty bindings per field was most of a large
 * form's render time (`bench/form`, `docs/decisions/0003-dom-built-fields.md`). Host renderers keep
 * returning lit templates: a Node is just another value lit renders, and the same Node again is no
 * change.
 *
 * Spec text only ever goes in as text (`Text.data`, `textContent`, attribute values): never markup.
 *
 * @internal Used by the built-in leaf renderers.
 */
export class FieldView {
  /** The field's root node (what the renderer returns). */
  readonly root: HTMLElement;
  /** The latest props: listeners attached once call through them. */
  props: FieldRenderProps;
  /** The main control, for single-control fields. */
  control: HTMLElement | undefined;
  /** Renderer-specific data kept with the view (e.g. the options shown). */
  data: unknown;
  readonly #label: HTMLElement;
  readonly #labelText: Text;
  /** Created for required fields only (most are not): fewer nodes to clone per field. */
  #requiredMark: HTMLElement | undefined;
  readonly #descriptionBefore: Node;
  #description: HTMLElement | undefined;
  #help: HTMLElement | undefined;
  #error: HTMLElement | undefined;

  /**
   * @param root a clone of the prepared frame
   * @param label the element holding the label text node (its first child); the required mark is appended to it
   * @param descriptionBefore the node the description paragraph goes before
   */
  constructor(root: HTMLElement, label: HTMLElement, descriptionBefore: Node, props: FieldRenderProps) {
    this.root = root;
    this.#label = label;
    this.#labelText = label.firstChild as Text;
    this.#descriptionBefore = descriptionBefore;
    this.props = props;
  }

  /** Writes what every field shows: label, required mark, description, help and error texts. */
  updateFrame(props: FieldRenderProps): void {
    this.props = props;
    if (this.#labelText.data !== props.label) this.#labelText.data = props.label;
    if (props.required && !this.#requiredMark) {
      this.#requiredMark = requiredMark();
      this.#label.append(this.#requiredMark);
    } else if (!props.required && this.#requiredMark) {
      this.#requiredMark.remove();
      this.#requiredMark = undefined;
    }
    this.#description = this.#paragraph(
      this.#description,
      'description',
      props.description,
      props.descriptionId,
      this.#descriptionBefore,
    );
    this.#help = this.#paragraph(this.#help, 'help', props.help, props.helpId, this.#error ?? null);
    const errors = props.errors.length > 0 ? props.errors.join('；') : undefined;
    this.#error = this.#paragraph(this.#error, 'error', errors, props.errorId, null);
  }

  /** A paragraph that exists while it has text: created (before `before`; null = at the end), updated or removed. */
  #paragraph(
    current: HTMLElement | undefined,
    kind: 'description' | 'help' | 'error',
    text: string | undefined,
    id: string,
    before: Node | null,
  ): HTMLElement | undefined {
    if (!text) {
      current?.remove();
      return undefined;
    }
    let paragraph = current;
    if (!paragraph) {
      paragraph = document.createElement('p');
      paragraph.className = kind;
      paragraph.setAttribute('part', kind);
      this.root.insertBefore(paragraph, before);
    }
    if (paragraph.id !== id) paragraph.id = id;
    if (paragraph.textContent !== text) paragraph.textContent = text;
    return paragraph;
  }
}

/**
 * Sets an attribute, or removes it for null / undefined / false (true: present and empty), only
 * when it differs from what the element has. `fresh`: the element was just cloned from a frame
 * without this attribute, so there is nothing to compare with or remove (a first render of a
 * large form saves thousands of `getAttribute` calls).
 *
 * @example
 * setAttribute(input, 'aria-invalid', hasErrors ? 'true' : null);
 */
export function setAttribute(
  element: Element,
  name: string,
  value: string | number | boolean | null | undefined,
  fresh = false,
): void {
  const text =
    value === undefined || value === null || value === false ? null : value === true ? '' : String(value);
  if (fresh) {
    if (text !== null) element.setAttribute(name, text);
    return;
  }
  if (element.getAttribute(name) === text) return;
  if (text === null) element.removeAttribute(name);
  else element.setAttribute(name, text);
}

/**
 * The ARIA attributes a control carries: `aria-invalid`, `aria-required` and (unless the field's
 * frame carries it) `aria-describedby`.
 *
 * @example
 * setControlAria(input, props);
 */
export function setControlAria(
  control: Element,
  props: FieldRenderProps,
  describedBy = true,
  fresh = false,
): void {
  setAttribute(control, 'aria-invalid', props.errors.length > 0 ? 'true' : null, fresh);
  setAttribute(control, 'aria-required', props.required ? 'true' : null, fresh);
  if (describedBy) setAttribute(control, 'aria-describedby', props.describedBy, fresh);
}

/** An element with a class and a `part`. */
export function partElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  part: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.setAttribute('part', part);
  return element;
}

/** The required-field mark, hidden from assistive technology (which reads `aria-required`). */
function requiredMark(): HTMLElement {
  if (!requiredMarkFrame) {
    requiredMarkFrame = document.createElement('span');
    requiredMarkFrame.className = 'required';
    requiredMarkFrame.setAttribute('aria-hidden', 'true');
    requiredMarkFrame.textContent = '*';
  }
  return requiredMarkFrame.cloneNode(true) as HTMLElement;
}
let requiredMarkFrame: HTMLElement | undefined;

/**
 * A label-like element with an (empty) text node — the shape {@link FieldView} expects.
 *
 * @example
 * const legend = labelElement('legend');
 */
export function labelElement<K extends 'label' | 'legend'>(tag: K): HTMLElementTagNameMap[K] {
  const label = partElement(tag, 'label', 'label');
  label.append(document.createTextNode(''));
  return label;
}

/**
 * The standard single-control frame — `div.field > label + control` (description, help and error
 * paragraphs come and go) — built once per kind of control, cloned per field.
 *
 * @example
 * const frame = singleControlFrame(() => document.createElement('textarea'));
 */
export function singleControlFrame(createControl: () => HTMLElement): HTMLElement {
  const root = partElement('div', 'field', 'field');
  const control = createControl();
  control.classList.add('control');
  control.setAttribute('part', 'control');
  root.append(labelElement('label'), control);
  return root;
}

/**
 * The view of a single-control field, kept in its renderer state: created on first render from a
 * clone of the prepared frame `kind` (see {@link defineFrame}), then brought up to date with what
 * every single-control field shows (label, texts, the control's id, name and ARIA attributes). The
 * renderer sets the rest.
 *
 * @example
 * const { view, control, created } = singleControlView<HTMLTextAreaElement>(props, 'textarea');
 */
export function singleControlView<C extends HTMLElement>(
  props: FieldRenderProps,
  kind: string,
): { view: FieldView; control: C; created: boolean } {
  const state = props.field.state;
  let view = state.get(kind) as FieldView | undefined;
  const created = view === undefined;
  if (!view) {
    const root = prepared(kind).cloneNode(true) as HTMLElement;
    const label = root.firstElementChild as HTMLLabelElement;
    view = new FieldView(root, label, label.nextElementSibling!, props);
    view.control = label.nextElementSibling as HTMLElement;
    state.set(kind, view);
  }
  const control = view.control as C;
  const label = view.root.firstElementChild as HTMLLabelElement;
  if (label.htmlFor !== props.id) label.htmlFor = props.id;
  view.updateFrame(props);
  setAttribute(control, 'id', props.id, created);
  setAttribute(control, 'name', props.path, created);
  setControlAria(control, props, true, created);
  return { view, control, created };
}

const frameBuilders = new Map<string, () => HTMLElement>();
const frames = new Map<string, HTMLElement>();

/**
 * Declares the prepared node of one kind of field (a detached frame each field of that kind
 * clones). It is built on first use, or earlier by {@link prepareFrames}.
 *
 * @example
 * defineFrame('textarea', () => singleControlFrame(() => document.createElement('textarea')));
 */
export function defineFrame(key: string, build: () => HTMLElement): void {
  frameBuilders.set(key, build);
}

/**
 * The prepared node of a kind declared with {@link defineFrame}.
 *
 * @example
 * const root = prepared('choice').cloneNode(true);
 */
export function prepared(key: string): HTMLElement {
  let frame = frames.get(key);
  if (!frame) {
    const build = frameBuilders.get(key);
    if (!build) throw new Error(`No prepared frame "${key}": declare it with defineFrame()`);
    frame = build();
    frames.set(key, frame);
  }
  return frame;
}

/**
 * Builds every declared frame not built yet. `<ow-form>` calls it once, when the page is idle
 * after the module loaded: the first `<input type=date>` of a page costs Chromium some 4–5 ms of
 * one-time set-up (and an email input 0.5 ms), which the first form render then does not pay.
 */
export function prepareFrames(): void {
  for (const key of frameBuilders.keys()) prepared(key);
}
