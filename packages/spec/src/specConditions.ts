import type { ServiceItemSpec } from './serviceItem.generated.js';

/** One JSON Logic condition in a spec, with the JSON pointer of its `when`. */
export interface SpecCondition {
  when: unknown;
  pointer: string;
}

/**
 * Every JSON Logic condition a spec carries, for the rules that check them all the same way: each material's
 * `required.when`, and the automatic decision rule (`flow.automaticDecision.when`, 秒批).
 *
 * @example
 * specConditions(spec).map((c) => c.pointer) // ['/materials/3/required/when', '/flow/automaticDecision/when']
 */
export function specConditions(spec: ServiceItemSpec): SpecCondition[] {
  const conditions: SpecCondition[] = [];
  spec.materials.forEach((material, index) => {
    const required = material.required;
    if (typeof required === 'object' && required !== null)
      conditions.push({ when: required.when, pointer: `/materials/${index}/required/when` });
  });
  const automatic = spec.flow?.automaticDecision;
  if (automatic) conditions.push({ when: automatic.when, pointer: '/flow/automaticDecision/when' });
  return conditions;
}
