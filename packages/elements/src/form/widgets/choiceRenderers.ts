import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { enumOptions } from '../enumOptions.js';
import {
  controlAria,
  descriptionTemplate,
  errorTemplate,
  fieldTemplate,
  helpTemplate,
  requiredMark,
} from '../fieldTemplate.js';
import { formText } from '../formText.js';
import { isEnumSchema, schemaType, widgetOf } from '../testers.js';
import type { FieldRenderProps, RendererEntry } from '../types.js';
import { uiOption } from '../uiOption.js';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** Enums (`enum`, or `oneOf` of `const`s): a `<select>`; also `ui:widget: select` on booleans. */
export const selectRenderer: RendererEntry = {
  name: 'select',
  tester: (schema, uiSchema) => {
    if (widgetOf(uiSchema) === 'select') return 3;
    return isEnumSchema(schema) ? 2 : -1;
  },
  render: (props: FieldRenderProps) => {
    const options = enumOptions(props.schema, props.uiSchema, props.lang);
    const selected = options.findIndex((option) => same(option.value, props.value));
    const aria = controlAria(props);
    const onChange = (event: Event) => {
      const index = (event.target as HTMLSelectElement).value;
      props.onChange(index === '' ? undefined : options[Number(index)]?.value);
      props.onBlur();
    };
    return fieldTemplate(
      props,
      html`<select
        class="control"
        part="control"
        id=${props.id}
        name=${props.path}
        ?disabled=${props.disabled || props.readonly}
        aria-invalid=${aria.invalid}
        aria-required=${aria.required}
        aria-describedby=${aria.describedBy}
        @change=${onChange}
      >
        <option value="" .selected=${live(selected < 0)}>${props.placeholder ?? formText(props.lang).choose}</option>
        ${options.map(
          (option, index) =>
            html`<option value=${index} .selected=${live(index === selected)}>${option.label}</option>`,
        )}
      </select>`,
    );
  },
};

/** `ui:widget: radio` on enums and booleans: a fieldset of radio buttons (`ui:options.inline`). */
export const radioRenderer: RendererEntry = {
  name: 'radio',
  tester: (schema, uiSchema) =>
    widgetOf(uiSchema) === 'radio' && (isEnumSchema(schema) || schemaType(schema) === 'boolean') ? 3 : -1,
  render: (props: FieldRenderProps) => {
    const options = enumOptions(props.schema, props.uiSchema, props.lang);
    const aria = controlAria(props);
    const inline = uiOption(props.uiSchema, 'inline') === true;
    return html`<fieldset class="field choice" part="field" aria-describedby=${aria.describedBy}>
      <legend class="label" part="label">${props.label}${requiredMark(props.required)}</legend>
      ${descriptionTemplate(props)}
      <div class=${inline ? 'options inline' : 'options'}>
        ${options.map(
          (option, index) => html`<label class="option" part="option">
            <input
              type="radio"
              part="control"
              id=${index === 0 ? props.id : `${props.id}-${index}`}
              name=${props.id}
              ?disabled=${props.disabled || props.readonly}
              aria-invalid=${aria.invalid}
              aria-required=${aria.required}
              .checked=${live(same(option.value, props.value))}
              @change=${() => {
                props.onChange(option.value);
                props.onBlur();
              }}
            />
            ${option.label}
          </label>`,
        )}
      </div>
      ${helpTemplate(props)} ${errorTemplate(props)}
    </fieldset>`;
  },
};

/** Booleans: one checkbox labelled by the field title. */
export const checkboxRenderer: RendererEntry = {
  name: 'checkbox',
  tester: (schema, uiSchema) => {
    if (schemaType(schema) !== 'boolean') return -1;
    return widgetOf(uiSchema) === 'checkbox' ? 3 : 2;
  },
  render: (props: FieldRenderProps) => {
    const aria = controlAria(props);
    return html`<div class="field checkbox" part="field">
      ${descriptionTemplate(props)}
      <span class="option">
        <input
          type="checkbox"
          part="control"
          id=${props.id}
          name=${props.path}
          ?disabled=${props.disabled || props.readonly}
          aria-invalid=${aria.invalid}
          aria-required=${aria.required}
          aria-describedby=${aria.describedBy}
          .checked=${live(props.value === true)}
          @change=${(event: Event) => {
            props.onChange((event.target as HTMLInputElement).checked);
            props.onBlur();
          }}
        />
        <label class="label" part="label" for=${props.id}>${props.label}${requiredMark(props.required)}</label>
      </span>
      ${helpTemplate(props)} ${errorTemplate(props)}
    </div>`;
  },
};

/** Arrays of enum items (`uniqueItems`, or `ui:widget: checkboxes`): a checkbox per choice. */
export const checkboxesRenderer: RendererEntry = {
  name: 'checkboxes',
  tester: (schema, uiSchema) => {
    const items = schema.items;
    if (schemaType(schema) !== 'array' || !items || Array.isArray(items) || !isEnumSchema(items)) return -1;
    return widgetOf(uiSchema) === 'checkboxes' || schema.uniqueItems ? 3 : -1;
  },
  render: (props: FieldRenderProps) => {
    const options = enumOptions(props.schema.items as never, {}, props.lang);
    const chosen = Array.isArray(props.value) ? props.value : [];
    const aria = controlAria(props);
    const toggle = (index: number, on: boolean) => {
      const chosen = Array.isArray(props.field.value) ? props.field.value : [];
      const values = options
        .filter((option, i) => (i === index ? on : chosen.some((value) => same(value, option.value))))
        .map((option) => option.value);
      props.onChange(values);
      props.onBlur();
    };
    const inline = uiOption(props.uiSchema, 'inline') === true;
    return html`<fieldset class="field choice" part="field" aria-describedby=${aria.describedBy}>
      <legend class="label" part="label">${props.label}${requiredMark(props.required)}</legend>
      ${descriptionTemplate(props)}
      <div class=${inline ? 'options inline' : 'options'}>
        ${options.map(
          (option, index) => html`<label class="option" part="option">
            <input
              type="checkbox"
              part="control"
              id=${index === 0 ? props.id : `${props.id}-${index}`}
              ?disabled=${props.disabled || props.readonly}
              aria-invalid=${aria.invalid}
              .checked=${live(chosen.some((value) => same(value, option.value)))}
              @change=${(event: Event) => toggle(index, (event.target as HTMLInputElement).checked)}
            />
            ${option.label}
          </label>`,
        )}
      </div>
      ${helpTemplate(props)} ${errorTemplate(props)}
    </fieldset>`;
  },
};

/** `ui:widget: hidden`: nothing on screen; the value stays in the form data. */
export const hiddenRenderer: RendererEntry = {
  name: 'hidden',
  tester: (_schema, uiSchema) => (widgetOf(uiSchema) === 'hidden' ? 100 : -1),
  render: () => nothing,
};
