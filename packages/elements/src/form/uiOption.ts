import type { UiSchema } from './types.js';

/** `ui:<name>` keys, built once (options are read thousands of times on a large form's first render). */
const keys = new Map<string, string>();

/**
 * Reads a uiSchema option the way RJSF does: `ui:<name>` first, then `ui:options.<name>`.
 *
 * @example
 * uiOption({ 'ui:options': { rows: 5 } }, 'rows'); // → 5
 * uiOption({ 'ui:widget': 'radio' }, 'widget');   // → 'radio'
 */
export function uiOption(uiSchema: UiSchema | undefined, name: string): unknown {
  if (!uiSchema) return undefined;
  let key = keys.get(name);
  if (key === undefined) {
    key = `ui:${name}`;
    keys.set(name, key);
  }
  const direct = uiSchema[key];
  if (direct !== undefined) return direct;
  const options = uiSchema['ui:options'];
  return options && typeof options === 'object' ? (options as Record<string, unknown>)[name] : undefined;
}
