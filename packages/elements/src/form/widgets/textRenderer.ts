import { nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { html, literal, type StaticValue } from 'lit/static-html.js';
import { controlAria, descriptionTemplate, helpAndErrorTemplate } from '../fieldTemplate.js';
import { schemaType, widgetOf } from '../testers.js';
import type { FieldRenderProps, JsonSchema, RendererEntry, UiSchema } from '../types.js';

const textWidgets = new Set(['text', 'password', 'email', 'date', 'tel', 'url', 'updown', 'number']);

/**
 * The `<input>`'s fixed attributes for one kind of field, written into the template itself:
 * setting `type` on a created input rebuilds its inner controls (a date input costs a quarter
 * of a millisecond), so each kind gets its own template.
 */
interface InputShape {
  attributes: StaticValue;
  maxlength?: number;
}

const shapes = {
  text: { attributes: literal`type="text"` },
  password: { attributes: literal`type="password"` },
  date: { attributes: literal`type="date"` },
  email: { attributes: literal`type="email" autocomplete="email"` },
  tel: { attributes: literal`type="tel" inputmode="tel" autocomplete="tel"`, maxlength: 11 },
  idCard: { attributes: literal`type="text" autocomplete="off"`, maxlength: 18 },
  url: { attributes: literal`type="url"` },
  integer: { attributes: literal`type="number" inputmode="numeric" step="1"` },
  decimal: { attributes: literal`type="number" inputmode="decimal" step="any"` },
} satisfies Record<string, InputShape>;

/** The `<input>` type and hints for a string format or a `ui:widget`. */
function inputShape(schema: JsonSchema, uiSchema: UiSchema): InputShape {
  const widget = widgetOf(uiSchema);
  if (widget === 'password') return shapes.password;
  if (widget === 'date' || schema.format === 'date') return shapes.date;
  if (widget === 'email' || schema.format === 'email') return shapes.email;
  if (schema.format === 'cn-mobile' || widget === 'tel') return shapes.tel;
  if (schema.format === 'cn-id-card') return shapes.idCard;
  if (schema.format === 'uri' || widget === 'url') return shapes.url;
  return shapes.text;
}

/**
 * Renders a labelled single-line `<input>` for strings (and its formats: date, email,
 * cn-mobile, cn-id-card) and for numbers/integers; empty input means "no value" (`undefined`).
 * The frame is {@link fieldTemplate}'s, in one template with the control.
 *
 * @example
 * renderInput(props, inputShape(props.schema, props.uiSchema));
 */
export function renderInput(props: FieldRenderProps, shape: InputShape, numeric = false): unknown {
  const aria = controlAria(props);
  const { value, schema } = props;
  const text = value === undefined || value === null ? '' : String(value);
  const onInput = (event: Event) => {
    const raw = (event.target as HTMLInputElement).value;
    if (raw === '') return props.onChange(undefined);
    if (!numeric) return props.onChange(raw);
    const number = Number(raw);
    props.onChange(Number.isNaN(number) ? raw : number);
  };
  const maxlength = numeric
    ? nothing
    : (shape.maxlength ?? (typeof schema.maxLength === 'number' ? schema.maxLength : nothing));
  return html`<div class="field" part="field">
    <label class="label" part="label" for=${props.id}>${props.label}<span class="required" aria-hidden="true" ?hidden=${!props.required}>*</span></label>
    ${descriptionTemplate(props)}<input
      class="control"
      part="control"
      ${shape.attributes}
      id=${props.id}
      name=${props.path}
      min=${numeric && typeof schema.minimum === 'number' ? schema.minimum : nothing}
      max=${numeric && typeof schema.maximum === 'number' ? schema.maximum : nothing}
      maxlength=${maxlength}
      placeholder=${props.placeholder ?? nothing}
      ?disabled=${props.disabled}
      ?readonly=${props.readonly}
      aria-invalid=${aria.invalid}
      aria-required=${aria.required}
      aria-describedby=${aria.describedBy}
      .value=${live(text)}
      @input=${onInput}
      @blur=${props.onBlur}
    />${helpAndErrorTemplate(props)}
  </div>`;
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
    renderInput(props, schemaType(props.schema) === 'integer' ? shapes.integer : shapes.decimal, true),
};
