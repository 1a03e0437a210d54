import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { controlAria, fieldTemplate } from '../fieldTemplate.js';
import { schemaType, widgetOf } from '../testers.js';
import type { FieldRenderProps, JsonSchema, RendererEntry, UiSchema } from '../types.js';

const textWidgets = new Set(['text', 'password', 'email', 'date', 'tel', 'url', 'updown', 'number']);

interface InputShape {
  type: string;
  inputmode?: string;
  autocomplete?: string;
  maxlength?: number;
}

/** The `<input>` type and hints for a string format or a `ui:widget`. */
function inputShape(schema: JsonSchema, uiSchema: UiSchema): InputShape {
  const widget = widgetOf(uiSchema);
  if (widget === 'password') return { type: 'password' };
  if (widget === 'date' || schema.format === 'date') return { type: 'date' };
  if (widget === 'email' || schema.format === 'email') return { type: 'email', autocomplete: 'email' };
  if (schema.format === 'cn-mobile' || widget === 'tel')
    return { type: 'tel', inputmode: 'tel', autocomplete: 'tel', maxlength: 11 };
  if (schema.format === 'cn-id-card') return { type: 'text', autocomplete: 'off', maxlength: 18 };
  if (schema.format === 'uri' || widget === 'url') return { type: 'url' };
  return { type: 'text' };
}

/**
 * Renders a single-line `<input>` for strings (and its formats: date, email, cn-mobile,
 * cn-id-card) and for numbers/integers; empty input means "no value" (`undefined`).
 *
 * @example
 * renderInput(props, { type: 'text' });
 */
export function renderInput(props: FieldRenderProps, shape: InputShape, numeric = false): unknown {
  const aria = controlAria(props);
  const { value } = props;
  const text = value === undefined || value === null ? '' : String(value);
  const onInput = (event: Event) => {
    const raw = (event.target as HTMLInputElement).value;
    if (raw === '') return props.onChange(undefined);
    if (!numeric) return props.onChange(raw);
    const number = Number(raw);
    props.onChange(Number.isNaN(number) ? raw : number);
  };
  if (numeric) {
    const integer = schemaType(props.schema) === 'integer';
    return fieldTemplate(
      props,
      html`<input
        class="control"
        part="control"
        type="number"
        id=${props.id}
        name=${props.path}
        inputmode=${integer ? 'numeric' : 'decimal'}
        step=${integer ? '1' : 'any'}
        min=${typeof props.schema.minimum === 'number' ? props.schema.minimum : nothing}
        max=${typeof props.schema.maximum === 'number' ? props.schema.maximum : nothing}
        placeholder=${props.placeholder ?? nothing}
        ?disabled=${props.disabled}
        ?readonly=${props.readonly}
        aria-invalid=${aria.invalid}
        aria-required=${aria.required}
        aria-describedby=${aria.describedBy}
        .value=${live(text)}
        @input=${onInput}
        @blur=${props.onBlur}
      />`,
    );
  }
  return fieldTemplate(
    props,
    html`<input
      class="control"
      part="control"
      id=${props.id}
      name=${props.path}
      type=${shape.type}
      inputmode=${shape.inputmode ?? nothing}
      autocomplete=${shape.autocomplete ?? nothing}
      maxlength=${shape.maxlength ?? (typeof props.schema.maxLength === 'number' ? props.schema.maxLength : nothing)}
      placeholder=${props.placeholder ?? nothing}
      ?disabled=${props.disabled}
      ?readonly=${props.readonly}
      aria-invalid=${aria.invalid}
      aria-required=${aria.required}
      aria-describedby=${aria.describedBy}
      .value=${live(text)}
      @input=${onInput}
      @blur=${props.onBlur}
    />`,
  );
}

/** Strings (any format, or `ui:widget` text/password/email/date). */
export const textRenderer: RendererEntry = {
  name: 'text',
  tester: (schema, uiSchema) => {
    const widget = widgetOf(uiSchema);
    if (widget !== undefined && textWidgets.has(widget) && schemaType(schema) === 'string') return 3;
    return schemaType(schema) === 'string' ? 1 : -1;
  },
  render: (props) => renderInput(props, inputShape(props.schema, props.uiSchema)),
};

/** Numbers and integers: `<input type=number>`. */
export const numberRenderer: RendererEntry = {
  name: 'number',
  tester: (schema) => {
    const type = schemaType(schema);
    return type === 'number' || type === 'integer' ? 1 : -1;
  },
  render: (props) =>
    renderInput(
      props,
      { type: 'number', inputmode: schemaType(props.schema) === 'integer' ? 'numeric' : 'decimal' },
      true,
    ),
};
