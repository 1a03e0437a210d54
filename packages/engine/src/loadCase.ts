import type { ServiceItemSpec } from '@onewindow/spec';
import type { Migration } from './engineContext.js';
import { type EngineError, engineError } from './errors.js';
import { flowModel } from './flowModel.js';
import type { Case } from './types.js';

/**
 * Checks a case against the spec it is loaded with. A case stays pinned to the spec revision it started on:
 * another revision is refused (`case/revision-mismatch`) unless migrations lead from the case's revision to
 * the spec's, in which case they are applied in order and the revisions passed through are kept in
 * `migratedFrom`.
 *
 * @example
 * loadCase(caseData, specV2, [{ specId: 'dibao-apply', from: '2024-03', to: '2025-01', migrate: (c) => c }])
 * // { ok: true, case: { …, specRevision: '2025-01', migratedFrom: ['2024-03'] } }
 */
export function loadCase(
  caseData: Case,
  spec: ServiceItemSpec,
  migrations: readonly Migration[] = [],
): { ok: true; case: Case } | { ok: false; error: EngineError } {
  if (!caseData || typeof caseData !== 'object' || !caseData.snapshot || !Array.isArray(caseData.events)) {
    return { ok: false, error: engineError('case/invalid', { detail: 'not a case' }) };
  }
  if (caseData.specId !== spec.id) {
    return {
      ok: false,
      error: engineError('case/spec-mismatch', { caseSpec: caseData.specId, spec: spec.id }),
    };
  }
  let current = caseData;
  const seen = new Set<string>();
  while (current.specRevision !== spec.revision) {
    const from = current.specRevision;
    const step = migrations.find((m) => m.specId === spec.id && m.from === from);
    if (!step || seen.has(from)) {
      return {
        ok: false,
        error: engineError('case/revision-mismatch', {
          caseRevision: caseData.specRevision,
          revision: spec.revision,
        }),
      };
    }
    seen.add(from);
    current = {
      ...step.migrate(current),
      specRevision: step.to,
      migratedFrom: [...(current.migratedFrom ?? []), from],
    };
  }
  if (!flowModel(spec).states[current.snapshot.value]) {
    return { ok: false, error: engineError('case/invalid', { detail: `state ${current.snapshot.value}` }) };
  }
  return { ok: true, case: current };
}
