import type { ServiceItemSpec } from '@onewindow/spec';
import { type EngineError, engineError } from './errors.js';
import { specHash } from './specHash.js';
import type { Case } from './types.js';

/**
 * The spec content a case is pinned to: the hash of its last `MIGRATE` entry, else of its `OPEN` record;
 * undefined for cases from before 0.2 (and after a migration whose target spec was not at hand).
 *
 * @example
 * pinnedSpecHash(openCase(spec, options)) === specHash(spec) // true
 */
export function pinnedSpecHash(caseData: Case): string | undefined {
  for (let i = caseData.events.length - 1; i >= 0; i--) {
    const entry = caseData.events[i]!;
    if (entry.type === 'MIGRATE' || entry.type === 'OPEN') return entry.specHash;
  }
  return undefined;
}

/** The first characters of a hash: enough for people to tell two apart. */
const short = (hash: string | undefined): string => (hash ? hash.slice(0, 19) : '—');

/**
 * Whether `spec` is the spec a case runs on: the same id (`case/spec-mismatch`), the same revision
 * (`case/revision-mismatch`) and, when the case recorded one, the same content hash (`case/spec-changed`:
 * the spec was edited without a new revision). Cases from before 0.2 have no hash and are checked on id
 * and revision only. Returns null when it is. `applyEvent`, `allowedEvents`, `replay` and `loadCase` refuse
 * a mismatched spec with this; call it before computing anything else from a case and a spec (a clock, a
 * notice).
 *
 * @example
 * checkCaseSpec(caseData, spec) // null
 * checkCaseSpec(caseData, { ...spec, timeLimit: { ...spec.timeLimit, promised: 10 } })?.code // 'case/spec-changed'
 */
export function checkCaseSpec(caseData: Case, spec: ServiceItemSpec): EngineError | null {
  if (caseData.specId !== spec.id) {
    return engineError('case/spec-mismatch', { caseSpec: caseData.specId, spec: spec.id });
  }
  if (caseData.specRevision !== spec.revision) {
    return engineError('case/revision-mismatch', {
      caseRevision: caseData.specRevision,
      revision: spec.revision,
    });
  }
  const pinned = pinnedSpecHash(caseData);
  if (pinned !== undefined && pinned !== specHash(spec)) {
    return engineError(
      'case/spec-changed',
      { spec: spec.id, revision: spec.revision, caseHash: short(pinned), specHash: short(specHash(spec)) },
      { caseHash: pinned, specHash: specHash(spec) },
    );
  }
  return null;
}
