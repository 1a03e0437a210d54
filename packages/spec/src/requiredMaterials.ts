import { evaluateCondition, type JsonLogic } from './evaluateCondition.js';
import type { Material, ServiceItemSpec } from './serviceItem.generated.js';

/**
 * The materials an applicant must supply for this form data: those with `required: true`, and those whose
 * `required.when` condition holds. Throws a SpecError if a condition uses a forbidden operation.
 *
 * @example
 * requiredMaterials(dibaoSpec, { applicant: { byAgent: true } }).map((m) => m.id);
 * // ['idCard', 'householdRegister', 'powerOfAttorney', …]
 */
export function requiredMaterials(spec: ServiceItemSpec, formData: unknown): Material[] {
  return spec.materials.filter((material) => {
    const required = material.required;
    if (typeof required === 'boolean') return required;
    return evaluateCondition(required.when as JsonLogic, formData);
  });
}
