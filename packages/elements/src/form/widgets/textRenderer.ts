import { defineFrame, setAttribute, singleControlFrame, singleControlView } from '../fieldView.js';
import { fieldFacts, schemaType, widgetOf } from '../testers.js';
import type { FieldRenderProps, JsonSchema, RendererEntry, UiSchema } from '../types.js';

const textWidgets = new Set(['text', 'password', 'email', 'date', 'tel', 'url', 'updown', 'number']);

/**
 * The `<input>`'s fixed attributes for one kind of field, set on its prepared frame: setting `type`
 * on a created input rebuilds its inner controls (a date input costs a quarter of a millisecond),
 * so each kind gets its own prepared node.
 */
interface InputShape {
  name: string;
  attributes: Readonly<Record<string, string>>;
  maxlength?: number;
}

const shape = (name: string, attributes: Record<string, string>, maxlength?: number): InputShape =>
  maxlength === undefined ? { name, attributes } : { name, attributes, maxlength };

const shapes = {
  text: shape('text', { type: 'text' }),
  password: shape('password', { type: 'password' }),
  date: shape('date', { type: 'date' }),
  email: shape('email', { type: 'email', autocomplete: 'email' }),
  tel: shape('tel', { type: 'tel', inputmode: 'tel', autocomplete: 'tel' }, 11),
  idCard: shape('idCard', { type: 'text', autocomplete: 'off' }, 18),
  url: shape('url', { type: 'url' }),
  integer: shape('integer', { type: 'number', inputmode: 'numeric', step: '1' }),
  decimal: shape('decimal', { type: 'number', inputmode: 'decimal', step: 'any' }),
} satisfies Record<string, InputShape>;

for (const { name, attributes } of Object.values(shapes)) {
  defineFrame(`input:${name}`, () =>
    singleControlFrame(() => {
      const input = document.createElement('input');
      for (const [attribute, value] of Object.entries(attributes)) input.setAttribute(attribute, value);
      return input;
    }),
  );
}

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
 * Built with DOM calls ({@link FieldView}): one cloned node per field, patched on updates.
 *
 * @example
 * renderInput(props, inputShape(props.schema, props.uiSchema));
 */
export function renderInput(props: FieldRenderProps, inputShape: InputShape, numeric = false): Node {
  const {
    view,
    control: input,
    created,
  } = singleControlView<HTMLInputElement>(props, `input:${inputShape.name}`);
  if (created) {
    input.addEventListener('input', () => {
      const raw = input.value;
      if (raw === '') return view.props.onChange(undefined);
      if (!numeric) return view.props.onChange(raw);
      const number = Number(raw);
      view.props.onChange(Number.isNaN(number) ? raw : number);
    });
    input.addEventListener('blur', () => view.props.onBlur());
  }
  const { schema } = props;
  setAttribute(input, 'min', numeric && typeof schema.minimum === 'number' ? schema.minimum : null, created);
  setAttribute(input, 'max', numeric && typeof schema.maximum === 'number' ? schema.maximum : null, created);
  setAttribute(
    input,
    'maxlength',
    numeric
      ? null
      : (inputShape.maxlength ?? (typeof schema.maxLength === 'number' ? schema.maxLength : null)),
    created,
  );
  setAttribute(input, 'placeholder', props.placeholder, created);
  setAttribute(input, 'disabled', props.disabled, created);
  setAttribute(input, 'readonly', props.readonly, created);
  // As lit's live(): compare with what the control holds now, not with the last render.
  const text = props.value === undefined || props.value === null ? '' : String(props.value);
  if (input.value !== text) input.value = text;
  return view.root;
}

/** Strings (any format, or `ui:widget` text/password/email/date). */
export const textRenderer: RendererEntry = {
  name: 'text',
  tester: (schema, uiSchema, _path, { type, widget } = fieldFacts(schema, uiSchema)) => {
    if (type !== 'string') return -1;
    return widget !== undefined && textWidgets.has(widget) ? 3 : 1;
  },
  render: (props) => renderInput(props, inputShape(props.schema, props.uiSchema)),
};

/** Numbers and integers: `<input type=number>`. */
export const numberRenderer: RendererEntry = {
  name: 'number',
  tester: (schema, uiSchema, _path, { type } = fieldFacts(schema, uiSchema)) =>
    type === 'number' || type === 'integer' ? 1 : -1,
  render: (props) =>
    renderInput(props, schemaType(props.schema) === 'integer' ? shapes.integer : shapes.decimal, true),
};
