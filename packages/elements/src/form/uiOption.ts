import type { UiSchema } from './types.js';

/**
 * Reads a uiSchema option the way RJSF does: `ui:<name>` first, then `ui:options.<name>`.
 *
 * @example
 * uiOption({ 'ui:options': { rows: 5 } }, 'rows'); // → 5
 * uiOption({ 'ui:widget': 'radio' }, 'widget');   // → 'radio'
 */
export function uiOption(uiSchema: UiSchema | undefined, name: string): unknown {
  if (!uiSchema) return undefined;
  const direct = uiSchema[`ui:${name}`];
  if (direct !== undefined) return direct;
  const options = uiSchema['ui:options'];
  return options && typeof options === 'object' ? (options as Record<string, unknown>)[name] : undefined;
}
