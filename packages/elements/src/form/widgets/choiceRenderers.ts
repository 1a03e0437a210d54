import { nothing } from 'lit';
import { type EnumOption, enumOptions } from '../enumOptions.js';
import {
  defineFrame,
  FieldView,
  labelElement,
  partElement,
  prepared,
  setAttribute,
  setControlAria,
  singleControlFrame,
  singleControlView,
} from '../fieldView.js';
import { formText } from '../formText.js';
import { fieldFacts, isEnumSchema } from '../testers.js';
import type { FieldRenderProps, RendererEntry } from '../types.js';
import { uiOption } from '../uiOption.js';

/** Equal values; objects and arrays (rare as enum values) by their JSON. */
const same = (a: unknown, b: unknown) =>
  a === b ||
  (typeof a === 'object' && a !== null && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** The options a choice field shows, kept with its view: rebuilt only when they change. */
interface ShownOptions {
  key: string;
  options: EnumOption[];
}

/** True (and the view remembers them) when the options differ from those last built. */
function optionsChanged(view: FieldView, options: EnumOption[], extra = ''): boolean {
  const key = `${extra}\u0000${JSON.stringify(options.map((option) => [option.label, option.value]))}`;
  const shown = view.data as ShownOptions | undefined;
  view.data = { key, options } satisfies ShownOptions;
  return shown?.key !== key;
}
const shownOptions = (view: FieldView) => (view.data as ShownOptions).options;

defineFrame('select', () => singleControlFrame(() => document.createElement('select')));
defineFrame('choice', () => {
  const fieldset = partElement('fieldset', 'field choice', 'field');
  fieldset.append(labelElement('legend'), document.createElement('div'));
  return fieldset;
});
defineFrame('checkbox', () => {
  const root = partElement('div', 'field checkbox', 'field');
  const option = document.createElement('span');
  option.className = 'option';
  const input = document.createElement('input');
  input.type = 'checkbox';
  input.setAttribute('part', 'control');
  option.append(input, labelElement('label'));
  root.append(option);
  return root;
});

/** Enums (`enum`, or `oneOf` of `const`s): a `<select>`; also `ui:widget: select` on booleans. */
export const selectRenderer: RendererEntry = {
  name: 'select',
  tester: (schema, uiSchema, _path, { widget, isEnum } = fieldFacts(schema, uiSchema)) => {
    if (widget === 'select') return 3;
    return isEnum ? 2 : -1;
  },
  render: (props: FieldRenderProps) => {
    const { view, control: select, created } = singleControlView<HTMLSelectElement>(props, 'select');
    if (created) {
      select.addEventListener('change', () => {
        const index = select.value;
        view.props.onChange(index === '' ? undefined : shownOptions(view)[Number(index)]?.value);
        view.props.onBlur();
      });
    }
    const options = enumOptions(props.schema, props.uiSchema, props.lang);
    const empty = props.placeholder ?? formText(props.lang).choose;
    if (optionsChanged(view, options, empty)) {
      const none = document.createElement('option');
      none.value = '';
      none.textContent = empty;
      select.replaceChildren(
        none,
        ...options.map((option, index) => {
          const element = document.createElement('option');
          element.value = String(index);
          element.textContent = option.label;
          return element;
        }),
      );
    }
    setAttribute(select, 'disabled', props.disabled || props.readonly, created);
    // As lit's live(): against what the control shows now.
    const selected = options.findIndex((option) => same(option.value, props.value)) + 1;
    if (select.selectedIndex !== selected) select.selectedIndex = selected;
    return view.root;
  },
};

/** `fieldset.field.choice > legend + div.options`: the frame of radio buttons and checkboxes. */
function choiceView(props: FieldRenderProps, key: string): { view: FieldView; list: HTMLElement } {
  const state = props.field.state;
  let view = state.get(key) as FieldView | undefined;
  if (!view) {
    const root = prepared('choice').cloneNode(true) as HTMLElement;
    const legend = root.firstElementChild as HTMLElement;
    view = new FieldView(root, legend, legend.nextElementSibling!, props);
    view.control = legend.nextElementSibling as HTMLElement; // the options list
    state.set(key, view);
  }
  const list = view.control!;
  const className = uiOption(props.uiSchema, 'inline') === true ? 'options inline' : 'options';
  if (list.className !== className) list.className = className;
  setAttribute(view.root, 'aria-describedby', props.describedBy);
  return { view, list };
}

/** One `label.option > input + text` per option, built when the options change. */
function buildOptions(
  list: HTMLElement,
  options: EnumOption[],
  type: 'radio' | 'checkbox',
  onChange: (index: number, input: HTMLInputElement) => void,
): void {
  list.replaceChildren(
    ...options.map((option, index) => {
      const label = partElement('label', 'option', 'option');
      const input = document.createElement('input');
      input.type = type;
      input.setAttribute('part', 'control');
      input.addEventListener('change', () => onChange(index, input));
      label.append(input, document.createTextNode(` ${option.label}`));
      return label;
    }),
  );
}

/** The option inputs of a choice list, in order. */
const optionInputs = (list: HTMLElement) => list.querySelectorAll<HTMLInputElement>(':scope > label > input');

/** `ui:widget: radio` on enums and booleans: a fieldset of radio buttons (`ui:options.inline`). */
export const radioRenderer: RendererEntry = {
  name: 'radio',
  tester: (schema, uiSchema, _path, { widget, isEnum, type } = fieldFacts(schema, uiSchema)) =>
    widget === 'radio' && (isEnum || type === 'boolean') ? 3 : -1,
  render: (props: FieldRenderProps) => {
    const { view, list } = choiceView(props, 'radio');
    const options = enumOptions(props.schema, props.uiSchema, props.lang);
    const rebuilt = optionsChanged(view, options);
    if (rebuilt) {
      buildOptions(list, options, 'radio', (index) => {
        view.props.onChange(shownOptions(view)[index]?.value);
        view.props.onBlur();
      });
    }
    view.updateFrame(props);
    optionInputs(list).forEach((input, index) => {
      setAttribute(input, 'id', index === 0 ? props.id : `${props.id}-${index}`, rebuilt);
      setAttribute(input, 'name', props.id, rebuilt);
      setAttribute(input, 'disabled', props.disabled || props.readonly, rebuilt);
      setControlAria(input, props, false, rebuilt);
      const checked = same(options[index]!.value, props.value);
      if (input.checked !== checked) input.checked = checked;
    });
    return view.root;
  },
};

/** Booleans: one checkbox labelled by the field title. */
export const checkboxRenderer: RendererEntry = {
  name: 'checkbox',
  tester: (schema, uiSchema, _path, { type, widget } = fieldFacts(schema, uiSchema)) => {
    if (type !== 'boolean') return -1;
    return widget === 'checkbox' ? 3 : 2;
  },
  render: (props: FieldRenderProps) => {
    const state = props.field.state;
    let view = state.get('checkbox') as FieldView | undefined;
    const fresh = view === undefined;
    if (!view) {
      const root = prepared('checkbox').cloneNode(true) as HTMLElement;
      const option = root.firstElementChild as HTMLElement;
      const input = option.firstElementChild as HTMLInputElement;
      const created = new FieldView(root, option.lastElementChild as HTMLElement, option, props);
      created.control = input;
      input.addEventListener('change', () => {
        created.props.onChange(input.checked);
        created.props.onBlur();
      });
      state.set('checkbox', created);
      view = created;
    }
    const input = view.control as HTMLInputElement;
    const label = input.nextElementSibling as HTMLLabelElement;
    if (label.htmlFor !== props.id) label.htmlFor = props.id;
    view.updateFrame(props);
    setAttribute(input, 'id', props.id, fresh);
    setAttribute(input, 'name', props.path, fresh);
    setAttribute(input, 'disabled', props.disabled || props.readonly, fresh);
    setControlAria(input, props, true, fresh);
    const checked = props.value === true;
    if (input.checked !== checked) input.checked = checked;
    return view.root;
  },
};

/** Arrays of enum items (`uniqueItems`, or `ui:widget: checkboxes`): a checkbox per choice. */
export const checkboxesRenderer: RendererEntry = {
  name: 'checkboxes',
  tester: (schema, uiSchema, _path, { type, widget } = fieldFacts(schema, uiSchema)) => {
    const items = schema.items;
    if (type !== 'array' || !items || Array.isArray(items) || !isEnumSchema(items)) return -1;
    return widget === 'checkboxes' || schema.uniqueItems ? 3 : -1;
  },
  render: (props: FieldRenderProps) => {
    const { view, list } = choiceView(props, 'checkboxes');
    const options = enumOptions(props.schema.items as never, {}, props.lang);
    if (optionsChanged(view, options)) {
      buildOptions(list, options, 'checkbox', (index, input) => {
        const current = view.props.field.value;
        const chosen = Array.isArray(current) ? current : [];
        const values = shownOptions(view)
          .filter((option, i) =>
            i === index ? input.checked : chosen.some((value) => same(value, option.value)),
          )
          .map((option) => option.value);
        view.props.onChange(values);
        view.props.onBlur();
      });
    }
    view.updateFrame(props);
    const chosen = Array.isArray(props.value) ? props.value : [];
    optionInputs(list).forEach((input, index) => {
      setAttribute(input, 'id', index === 0 ? props.id : `${props.id}-${index}`);
      setAttribute(input, 'disabled', props.disabled || props.readonly);
      setAttribute(input, 'aria-invalid', props.errors.length > 0 ? 'true' : null);
      const checked = chosen.some((value) => same(value, options[index]!.value));
      if (input.checked !== checked) input.checked = checked;
    });
    return view.root;
  },
};

/** `ui:widget: hidden`: nothing on screen; the value stays in the form data. */
export const hiddenRenderer: RendererEntry = {
  name: 'hidden',
  tester: (schema, uiSchema, _path, { widget } = fieldFacts(schema, uiSchema)) =>
    widget === 'hidden' ? 100 : -1,
  render: () => nothing,
};
