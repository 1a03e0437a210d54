import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { controlAria, fieldTemplate } from '../fieldTemplate.js';
import { widgetOf } from '../testers.js';
import type { RendererEntry } from '../types.js';
import { uiOption } from '../uiOption.js';

/** `ui:widget: textarea` (rows from `ui:options.rows`). */
export const textareaRenderer: RendererEntry = {
  name: 'textarea',
  tester: (_schema, uiSchema) => (widgetOf(uiSchema) === 'textarea' ? 3 : -1),
  render: (props) => {
    const aria = controlAria(props);
    const rows = uiOption(props.uiSchema, 'rows');
    return fieldTemplate(
      props,
      html`<textarea
        class="control"
        part="control"
        id=${props.id}
        name=${props.path}
        rows=${typeof rows === 'number' ? rows : 3}
        maxlength=${typeof props.schema.maxLength === 'number' ? props.schema.maxLength : nothing}
        placeholder=${props.placeholder ?? nothing}
        ?disabled=${props.disabled}
        ?readonly=${props.readonly}
        aria-invalid=${aria.invalid}
        aria-required=${aria.required}
        aria-describedby=${aria.describedBy}
        .value=${live(typeof props.value === 'string' ? props.value : '')}
        @input=${(event: Event) => props.onChange((event.target as HTMLTextAreaElement).value || undefined)}
        @blur=${props.onBlur}
      ></textarea>`,
    );
  },
};
