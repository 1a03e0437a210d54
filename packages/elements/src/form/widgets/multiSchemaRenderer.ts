import { html, nothing } from 'lit';
import { computeDefaults } from '../computeDefaults.js';
import { controlAria, descriptionTemplate, errorTemplate, helpTemplate } from '../fieldTemplate.js';
import { formText } from '../formText.js';
import { mergeSchemas } from '../mergeSchemas.js';
import { resolveRef } from '../resolveRef.js';
import { fieldFacts } from '../testers.js';
import type { FieldHost, FieldRenderProps, JsonSchema, RendererEntry } from '../types.js';

const branchCache = new WeakMap<JsonSchema, JsonSchema[]>();

/** Each branch merged with the keywords beside `oneOf`/`anyOf` (cached: stable identity for lit). */
function branchSchemas(schema: JsonSchema, field: FieldHost): JsonSchema[] {
  const cached = branchCache.get(schema);
  if (cached) return cached;
  const { oneOf, anyOf, ...base } = schema;
  const branches = (oneOf ?? anyOf ?? []).map((branch) => {
    const resolved = resolveRef(branch, field.rootSchema);
    return Object.keys(base).length > 0 ? mergeSchemas(base, resolved) : resolved;
  });
  branchCache.set(schema, branches);
  return branches;
}

/** A value for a newly chosen branch: the object keys the branch knows, else the branch default. */
function valueForBranch(branch: JsonSchema, value: unknown, field: FieldHost): unknown {
  if (branch.properties && value && typeof value === 'object' && !Array.isArray(value)) {
    const kept: Record<string, unknown> = {};
    for (const [name, item] of Object.entries(value)) if (name in branch.properties) kept[name] = item;
    return computeDefaults(branch, kept, field.rootSchema);
  }
  return computeDefaults(branch, undefined, field.rootSchema);
}

/** `oneOf` / `anyOf` (not plain enums): a selector of branches plus the chosen branch's fields. */
export const multiSchemaRenderer: RendererEntry = {
  name: 'multi-schema',
  tester: (schema, uiSchema, _path, { isEnum } = fieldFacts(schema, uiSchema)) => {
    const branches = schema.oneOf ?? schema.anyOf;
    return Array.isArray(branches) && branches.length > 0 && !isEnum ? 4 : -1;
  },
  render: (props: FieldRenderProps) => {
    const { field, lang } = props;
    const branches = branchSchemas(props.schema, field);
    let selected = field.state.get('selected') as number | undefined;
    if (selected === undefined || selected >= branches.length) {
      selected =
        props.value === undefined
          ? 0
          : Math.max(
              0,
              branches.findIndex((b) => field.schemaMatches(b, props.value)),
            );
      field.state.set('selected', selected);
    }
    const aria = controlAria(props);
    const onSelect = (event: Event) => {
      const index = Number((event.target as HTMLSelectElement).value);
      field.state.set('selected', index);
      props.onChange(valueForBranch(branches[index]!, field.value, field));
      props.onBlur();
      field.requestUpdate();
    };
    const branch = branches[selected]!;
    const { 'ui:widget': _widget, 'ui:title': _title, ...branchUi } = props.uiSchema;
    return html`<div class="multi" part="multi">
      <div class="field" part="field">
        <label class="label" part="label" for=${props.id}>${props.label}</label>
        ${descriptionTemplate(props)}
        <select
          class="control"
          part="control"
          id=${props.id}
          ?disabled=${props.disabled || props.readonly}
          aria-invalid=${aria.invalid}
          aria-describedby=${aria.describedBy}
          @change=${onSelect}
        >
          ${branches.map(
            (candidate, index) =>
              html`<option value=${index} .selected=${index === selected}>
                ${candidate.title ?? formText(lang).option(index + 1)}
              </option>`,
          )}
        </select>
        ${helpTemplate(props)} ${errorTemplate(props)}
      </div>
      ${branch.properties || branch.type ? field.renderChild(null, branch, branchUi, props.value, props.required) : nothing}
    </div>`;
  },
};
