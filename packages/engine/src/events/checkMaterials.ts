import type { ServiceItemSpec } from '@onewindow/spec';
import type { EventFacts } from '../checkEvent.js';
import { type EngineError, engineError } from '../errors.js';
import { materialName } from '../materialName.js';
import { isStringArray } from './EventDefinition.js';

/** 材料一、材料二: the names of some materials, for messages. */
export function materialNames(spec: ServiceItemSpec, ids: readonly string[]): string {
  return ids.map((id) => materialName(spec, id)).join('、');
}

/**
 * The checks SUBMIT and RESUBMIT share: known material ids, commitments only where the item allows them,
 * a valid form, and every required material handed in (tolerable ones may follow after acceptance).
 *
 * @example
 * checkMaterials(spec, ['idCard'], [], { required: ['idCard', 'incomeProof'] })?.code // 'materials/missing'
 */
export function checkMaterials(
  spec: ServiceItemSpec,
  materials: unknown,
  commitments: unknown,
  facts: EventFacts | undefined,
): EngineError | null {
  if (!isStringArray(materials)) return engineError('event/invalid', { detail: 'materials' });
  if (commitments !== undefined && !isStringArray(commitments)) {
    return engineError('event/invalid', { detail: 'commitments' });
  }
  const known = new Set(spec.materials.map((m) => m.id));
  const unknown = [...materials, ...(commitments ?? [])].filter((id) => !known.has(id));
  if (unknown.length > 0)
    return engineError('materials/unknown', { ids: unknown.join('、') }, { ids: unknown });
  const notCommitment = (commitments ?? []).filter(
    (id) => spec.materials.find((m) => m.id === id)?.commitment !== true,
  );
  if (notCommitment.length > 0) {
    return engineError(
      'materials/commitment-not-allowed',
      { names: materialNames(spec, notCommitment) },
      { ids: notCommitment },
    );
  }
  if (facts?.formErrors && facts.formErrors.length > 0) {
    return engineError('form/invalid', { count: facts.formErrors.length }, { errors: facts.formErrors });
  }
  if (facts?.required) {
    const have = new Set([...materials, ...(commitments ?? [])]);
    const missing = facts.required.filter(
      (id) => !have.has(id) && spec.materials.find((m) => m.id === id)?.tolerable !== true,
    );
    if (missing.length > 0) {
      return engineError('materials/missing', { names: materialNames(spec, missing) }, { ids: missing });
    }
  }
  return null;
}
