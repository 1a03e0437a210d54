import { type Material, requiredMaterials, type ServiceItemSpec } from '@onewindow/spec';
import type { MaterialsValue } from '../../events/OwMaterialsChangeEvent.js';

/**
 * The materials an application needs for its form data (the spec package's
 * `requiredMaterials`). A condition the spec package refuses to evaluate makes its material
 * needed rather than hidden: asking for too much is safer than losing a document.
 *
 * @example
 * neededMaterials(spec, { household: { hasDisabledMember: true } }).map((m) => m.id);
 */
export function neededMaterials(spec: ServiceItemSpec, formData: unknown): Material[] {
  try {
    return requiredMaterials(spec, formData ?? {});
  } catch {
    return spec.materials.filter((m) => m.required !== false);
  }
}

/**
 * The needed materials that are neither uploaded, tolerated, committed nor fetched.
 *
 * @example
 * missingMaterials(spec, formData, materials).length === 0; // ready to submit
 */
export function missingMaterials(
  spec: ServiceItemSpec,
  formData: unknown,
  value: MaterialsValue,
): Material[] {
  return neededMaterials(spec, formData).filter((m) => (value[m.id]?.status ?? 'missing') === 'missing');
}
