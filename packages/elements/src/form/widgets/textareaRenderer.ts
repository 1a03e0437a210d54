import { defineFrame, setAttribute, singleControlFrame, singleControlView } from '../fieldView.js';
import { fieldFacts } from '../testers.js';
import type { RendererEntry } from '../types.js';
import { uiOption } from '../uiOption.js';

defineFrame('textarea', () => singleControlFrame(() => document.createElement('textarea')));

/** `ui:widget: textarea` (rows from `ui:options.rows`). */
export const textareaRenderer: RendererEntry = {
  name: 'textarea',
  tester: (schema, uiSchema, _path, { widget } = fieldFacts(schema, uiSchema)) =>
    widget === 'textarea' ? 3 : -1,
  render: (props) => {
    const { view, control: textarea, created } = singleControlView<HTMLTextAreaElement>(props, 'textarea');
    if (created) {
      textarea.addEventListener('input', () => view.props.onChange(textarea.value || undefined));
      textarea.addEventListener('blur', () => view.props.onBlur());
    }
    const rows = uiOption(props.uiSchema, 'rows');
    setAttribute(textarea, 'rows', typeof rows === 'number' ? rows : 3, created);
    setAttribute(
      textarea,
      'maxlength',
      typeof props.schema.maxLength === 'number' ? props.schema.maxLength : null,
      created,
    );
    setAttribute(textarea, 'placeholder', props.placeholder, created);
    setAttribute(textarea, 'disabled', props.disabled, created);
    setAttribute(textarea, 'readonly', props.readonly, created);
    const text = typeof props.value === 'string' ? props.value : '';
    if (textarea.value !== text) textarea.value = text;
    return view.root;
  },
};
