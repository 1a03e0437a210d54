import type { ServiceItemSpec } from '@onewindow/spec';
import { checkCaseLog } from './checkCaseLog.js';
import { checkCaseSpec } from './checkCaseSpec.js';
import type { Migration } from './engineContext.js';
import { type EngineError, engineError } from './errors.js';
import { flowModel } from './flowModel.js';
import { isIsoTime } from './isIsoTime.js';
import { closeLegacyExtension, hasOpenLegacyExtension } from './legacyExtension.js';
import { applyMigration, laterTime } from './migrateCase.js';
import { specHash } from './specHash.js';
import type { Case } from './types.js';

/** What `loadCase` needs besides the case and the spec. */
export interface LoadCaseOptions {
  /** Registered revision migrations, tried when the case is on another revision than the spec. */
  migrations?: readonly Migration[] | undefined;
  /**
   * The time written on `MIGRATE` entries: the time of the event the case is loaded for (`applyEvent` passes
   * it), or the host's clock. Never earlier than the log's last entry; default: that entry's time.
   */
  at?: string | undefined;
}

/** A loaded case, or why it cannot be used with this spec. */
export type LoadCaseResult = { ok: true; case: Case } | { ok: false; error: EngineError };

/**
 * Checks a stored case before anything is done with it, and brings it up to the spec:
 *
 * 1. the case agrees with its own log (`checkCaseLog`: shape, numbering, OPEN record, last state): else
 *    `case/invalid` or `case/tampered`;
 * 2. the spec is the one the case runs on (`checkCaseSpec`): the same id, the same revision — or
 *    `migrations` that lead from the case's revision to the spec's, each run in order and written to the log
 *    as a `MIGRATE` entry — and, for a case that recorded it, the same content hash (`case/spec-changed`);
 * 3. its state is a state of the spec's flow;
 * 4. a case stored by 0.1 with 延长审批 as an open suspension is released (a `MIGRATE` entry records it).
 *
 * The input is never changed. `applyEvent` and `allowedEvents` call it; a host that migrates its stored cases
 * in bulk calls it with its own time and saves the result.
 *
 * @example
 * loadCase(caseData, specV2, {
 *   migrations: [{ specId: 'dibao-apply', from: '2024-03', to: '2025-01', migrate: (c) => c }],
 *   at: '2026-03-02T09:00:00+08:00',
 * })
 * // { ok: true, case: { …, specRevision: '2025-01', migratedFrom: ['2024-03'], events: [… { type: 'MIGRATE', … }] } }
 */
export function loadCase(
  caseData: Case,
  spec: ServiceItemSpec,
  options: LoadCaseOptions = {},
): LoadCaseResult {
  const broken = checkCaseLog(caseData);
  if (broken) return { ok: false, error: broken };
  if (caseData.specId !== spec.id) {
    return {
      ok: false,
      error: engineError('case/spec-mismatch', { caseSpec: caseData.specId, spec: spec.id }),
    };
  }
  if (options.at !== undefined && !isIsoTime(options.at)) {
    return { ok: false, error: engineError('event/invalid', { detail: 'at (ISO 8601 time with offset)' }) };
  }
  // The time of MIGRATE entries, computed only when one is written (most loads write none).
  const migrationTime = (): string => {
    const lastAt = caseData.events[caseData.events.length - 1]!.at;
    return options.at === undefined ? lastAt : laterTime(lastAt, options.at);
  };
  let current = caseData;
  const seen = new Set<string>();
  while (current.specRevision !== spec.revision) {
    const from = current.specRevision;
    const step = options.migrations?.find((m) => m.specId === spec.id && m.from === from);
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
    current = applyMigration(current, step, {
      at: migrationTime(),
      ...(step.note ? { note: step.note } : {}),
      ...(step.to === spec.revision ? { specHash: specHash(spec) } : {}),
    });
  }
  const mismatch = checkCaseSpec(current, spec);
  if (mismatch) return { ok: false, error: mismatch };
  // Own properties only: a stored state named `constructor` is not a state of the flow.
  if (!Object.hasOwn(flowModel(spec).states, current.snapshot.value)) {
    return { ok: false, error: engineError('case/invalid', { detail: `state ${current.snapshot.value}` }) };
  }
  if (hasOpenLegacyExtension(current)) {
    current = closeLegacyExtension(current, spec, { at: migrationTime(), specHash: specHash(spec) });
  }
  return { ok: true, case: current };
}
