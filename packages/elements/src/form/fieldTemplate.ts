import { html, nothing, type TemplateResult } from 'lit';
import type { FieldRenderProps } from './types.js';

/**
 * The standard frame of a single-control field: label (`for` the control), description,
 * the control, help and the error text the control's `aria-describedby` points at.
 *
 * @example
 * render: (props) => fieldTemplate(props, html`<input id=${props.id} ...>`)
 */
export function fieldTemplate(props: FieldRenderProps, control: unknown): TemplateResult {
  return html`<div class="field" part="field">
    <label class="label" part="label" for=${props.id}>${props.label}<span class="required" aria-hidden="true" ?hidden=${!props.required}>*</span></label>
    ${descriptionTemplate(props)}${control}${helpAndErrorTemplate(props)}
  </div>`;
}

/**
 * Help and error texts in one part (fewer template parts per field: cheaper first render).
 *
 * @example
 * html`<input ...>${helpAndErrorTemplate(props)}`
 */
export function helpAndErrorTemplate(props: FieldRenderProps): unknown {
  if (!props.help && props.errors.length === 0) return nothing;
  return html`${helpTemplate(props)}${errorTemplate(props)}`;
}

/**
 * The required-field marker (hidden from assistive technology, which reads `aria-required`).
 *
 * @example
 * html`<legend>${label}${requiredMark(true)}</legend>`
 */
export function requiredMark(required: boolean): unknown {
  return required ? html`<span class="required" aria-hidden="true">*</span>` : nothing;
}

/**
 * The field's description paragraph, if any.
 *
 * @example
 * html`${descriptionTemplate(props)}`
 */
export function descriptionTemplate(props: FieldRenderProps): unknown {
  return props.description
    ? html`<p class="description" part="description" id=${props.descriptionId}>${props.description}</p>`
    : nothing;
}

/**
 * The field's help text (`ui:help`), if any.
 *
 * @example
 * html`${helpTemplate(props)}`
 */
export function helpTemplate(props: FieldRenderProps): unknown {
  return props.help ? html`<p class="help" part="help" id=${props.helpId}>${props.help}</p>` : nothing;
}

/**
 * The field's error text, if it has errors to show.
 *
 * @example
 * html`${errorTemplate(props)}`
 */
export function errorTemplate(props: FieldRenderProps): unknown {
  return props.errors.length > 0
    ? html`<p class="error" part="error" id=${props.errorId}>${props.errors.join('；')}</p>`
    : nothing;
}

/**
 * The ARIA attributes every control carries: `aria-invalid`, `aria-required`, `aria-describedby`.
 * Use them through `ifDefined`-free bindings: values are `nothing` when absent.
 *
 * @example
 * const aria = controlAria(props);
 * html`<input aria-invalid=${aria.invalid} aria-required=${aria.required} aria-describedby=${aria.describedBy}>`
 */
export function controlAria(props: FieldRenderProps): {
  invalid: 'true' | typeof nothing;
  required: 'true' | typeof nothing;
  describedBy: string | typeof nothing;
} {
  return {
    invalid: props.errors.length > 0 ? 'true' : nothing,
    required: props.required ? 'true' : nothing,
    describedBy: props.describedBy ?? nothing,
  };
}
