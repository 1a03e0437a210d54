import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { computeDefaults } from '../computeDefaults.js';
import { descriptionTemplate, errorTemplate, helpTemplate, requiredMark } from '../fieldTemplate.js';
import { formText } from '../formText.js';
import { fieldFacts } from '../testers.js';
import type { FieldRenderProps, JsonSchema, RendererEntry, UiSchema } from '../types.js';
import { uiOption } from '../uiOption.js';

/** Stable keys for array items, so reordering moves the item's element (and its state) with it. */
function itemKeys(props: FieldRenderProps, length: number): number[] {
  const state = props.field.state;
  let keys = state.get('keys') as number[] | undefined;
  let next = (state.get('nextKey') as number | undefined) ?? 0;
  if (!keys) keys = [];
  while (keys.length < length) keys.push(next++);
  if (keys.length > length) keys.length = length;
  state.set('keys', keys);
  state.set('nextKey', next);
  return keys;
}

const option = (uiSchema: UiSchema, name: string) => uiOption(uiSchema, name) !== false;

/** Arrays: a list of item fields with add, remove and move up/down (`ui:options` addable/removable/orderable). */
export const arrayRenderer: RendererEntry = {
  name: 'array',
  tester: (schema, uiSchema, _path, { type } = fieldFacts(schema, uiSchema)) => (type === 'array' ? 1 : -1),
  render: (props: FieldRenderProps) => {
    const { schema, uiSchema, field, lang } = props;
    const text = formText(lang);
    const items = Array.isArray(props.value) ? props.value : [];
    const itemSchema: JsonSchema = (Array.isArray(schema.items) ? schema.items[0] : schema.items) ?? {};
    const itemUi = (uiSchema.items as UiSchema | undefined) ?? {};
    const keys = itemKeys(props, items.length);
    const locked = props.disabled || props.readonly;
    const addable =
      option(uiSchema, 'addable') &&
      !locked &&
      (schema.maxItems === undefined || items.length < schema.maxItems);
    const removable =
      option(uiSchema, 'removable') &&
      !locked &&
      (schema.minItems === undefined || items.length > schema.minItems);
    const orderable = option(uiSchema, 'orderable') && !locked && items.length > 1;

    const commit = (next: unknown[], nextKeys: number[]) => {
      props.field.state.set('keys', nextKeys);
      props.onChange(next);
      props.onBlur();
      field.requestUpdate();
    };
    const current = () => (Array.isArray(field.value) ? (field.value as unknown[]) : []);
    const move = (index: number, by: number) => {
      const to = index + by;
      const next = current().slice();
      const nextKeys = keys.slice();
      [next[index], next[to]] = [next[to], next[index]];
      [nextKeys[index], nextKeys[to]] = [nextKeys[to]!, nextKeys[index]!];
      commit(next, nextKeys);
    };
    const remove = (index: number) => {
      const nextKeys = keys.slice();
      nextKeys.splice(index, 1);
      commit(
        current().filter((_, i) => i !== index),
        nextKeys,
      );
    };
    const add = () => {
      const next = [...current(), computeDefaults(itemSchema, undefined, field.rootSchema)];
      const nextKey = (field.state.get('nextKey') as number) ?? 0;
      field.state.set('nextKey', nextKey + 1);
      commit(next, [...keys, nextKey]);
    };

    const indexes = items.map((_, index) => index);
    return html`<fieldset class="array" part="array" aria-describedby=${props.describedBy ?? nothing}>
      <legend class="legend" part="legend">${props.label}${requiredMark(props.required)}</legend>
      ${descriptionTemplate(props)}
      <ol class="array-items">
        ${repeat(
          indexes,
          (index) => keys[index],
          (index) => {
            const name = text.item(index + 1);
            return html`<li class="array-item" part="array-item">
              ${field.renderChild(index, itemSchema, itemUi, items[index], false)}
              <div class="array-item-toolbar" part="array-item-toolbar">
                ${
                  orderable
                    ? html`<button type="button" part="button" aria-label=${`${text.moveUp} ${name}`}
                        ?disabled=${index === 0} @click=${() => move(index, -1)}>${text.moveUp}</button>
                      <button type="button" part="button" aria-label=${`${text.moveDown} ${name}`}
                        ?disabled=${index === items.length - 1} @click=${() => move(index, 1)}>${text.moveDown}</button>`
                    : nothing
                }
                ${
                  removable
                    ? html`<button type="button" part="button" aria-label=${`${text.remove} ${name}`}
                        @click=${() => remove(index)}>${text.remove}</button>`
                    : nothing
                }
              </div>
            </li>`;
          },
        )}
      </ol>
      ${
        addable
          ? html`<button type="button" class="add" part="button add" aria-label=${`${text.add} ${props.label}`}
              @click=${add}>${text.add}</button>`
          : nothing
      }
      ${helpTemplate(props)} ${errorTemplate(props)}
    </fieldset>`;
  },
};
