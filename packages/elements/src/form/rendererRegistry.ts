import { fieldFacts } from './testers.js';
import type { FieldFacts, JsonSchema, RendererEntry, UiSchema } from './types.js';
import { arrayRenderer } from './widgets/arrayRenderer.js';
import {
  checkboxesRenderer,
  checkboxRenderer,
  hiddenRenderer,
  radioRenderer,
  selectRenderer,
} from './widgets/choiceRenderers.js';
import { multiSchemaRenderer } from './widgets/multiSchemaRenderer.js';
import { objectRenderer } from './widgets/objectRenderer.js';
import { textareaRenderer } from './widgets/textareaRenderer.js';
import { numberRenderer, textRenderer } from './widgets/textRenderer.js';

/**
 * The renderers `<ow-form>` chooses from, highest tester rank first-come; built-ins and host
 * renderers live in this one list. Built-in ranks: 1 by type, 2 enums/booleans, 3 `ui:widget`,
 * 4 oneOf/anyOf, 100 hidden. A host renderer with rank ≥ 5 beats every built-in but hidden.
 */
export const rendererRegistry: RendererEntry[] = [
  textRenderer,
  numberRenderer,
  textareaRenderer,
  selectRenderer,
  radioRenderer,
  checkboxRenderer,
  checkboxesRenderer,
  hiddenRenderer,
  objectRenderer,
  arrayRenderer,
  multiSchemaRenderer,
];

/** Fallback for a schema no renderer accepts (e.g. `{}`): a text input. */
const fallback = textRenderer;

/**
 * Adds a renderer to the registry (replacing an entry of the same name). On equal rank, the
 * entry registered later wins, so a host can override a built-in at its own rank.
 *
 * @example
 * registerRenderer({
 *   name: 'region-picker',
 *   tester: rankWith(10, (schema) => schema.format === 'cn-region'),
 *   render: (props) => html`<my-region-picker .value=${props.value}
 *     @change=${(e) => props.onChange(e.target.value)}></my-region-picker>`,
 * });
 */
export function registerRenderer(entry: RendererEntry): void {
  const existing = rendererRegistry.findIndex((candidate) => candidate.name === entry.name);
  if (existing >= 0) rendererRegistry.splice(existing, 1);
  rendererRegistry.push(entry);
}

/**
 * The registry entry with the highest tester rank for a field (later entries win ties).
 *
 * @example
 * pickRenderer({ type: 'string' }, { 'ui:widget': 'textarea' }, '/remark').name; // → 'textarea'
 */
export function pickRenderer(schema: JsonSchema, uiSchema: UiSchema, path: string): RendererEntry {
  let best: RendererEntry = fallback;
  let bestRank = 0;
  const facts: FieldFacts = fieldFacts(schema, uiSchema);
  for (const entry of rendererRegistry) {
    const rank = entry.tester(schema, uiSchema, path, facts);
    if (rank >= bestRank && rank >= 0) {
      best = entry;
      bestRank = rank;
    }
  }
  return best;
}
