import { html, nothing } from 'lit';
import { descriptionTemplate, errorTemplate, helpTemplate } from '../fieldTemplate.js';
import { orderProperties } from '../orderProperties.js';
import { fieldFacts } from '../testers.js';
import type { ChildField, FieldRenderProps, RendererEntry, UiSchema } from '../types.js';
import { uiOption } from '../uiOption.js';

/**
 * Objects: a fieldset (legend = title) of child fields in `ui:order`. The fields sit in a
 * `<div>`: a fieldset re-examines itself on every child inserted directly into it.
 */
export const objectRenderer: RendererEntry = {
  name: 'object',
  tester: (schema, uiSchema, _path, { type } = fieldFacts(schema, uiSchema)) => (type === 'object' ? 1 : -1),
  render: (props: FieldRenderProps) => {
    const { schema, uiSchema, field } = props;
    const properties = schema.properties ?? {};
    const object =
      props.value && typeof props.value === 'object' && !Array.isArray(props.value)
        ? (props.value as Record<string, unknown>)
        : {};
    let names = orderProperties(Object.keys(properties), uiOption(uiSchema, 'order') as string[] | undefined);
    if (props.rootFields) {
      const shown = new Set(props.rootFields);
      names = names.filter((name) => shown.has(name));
    }
    const required = new Set(schema.required ?? []);
    const children = field.renderChildren(
      names.map(
        (name): ChildField => ({
          key: name,
          schema: properties[name]!,
          uiSchema: (uiSchema[name] as UiSchema | undefined) ?? {},
          value: object[name],
          required: required.has(name),
        }),
      ),
    );
    // The root without a title needs no frame of its own.
    const titled =
      props.path !== '' || schema.title !== undefined || uiOption(uiSchema, 'title') !== undefined;
    if (!titled) return html`${descriptionTemplate(props)}${children}${errorTemplate(props)}`;
    return html`<fieldset class="object" part="object" aria-describedby=${props.describedBy ?? nothing}>
      <legend class="legend" part="legend">${props.label}</legend>
      ${descriptionTemplate(props)}<div class="object-fields">${children}</div>${helpTemplate(props)}${errorTemplate(props)}
    </fieldset>`;
  },
};
