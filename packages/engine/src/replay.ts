import type { ServiceItemSpec } from '@onewindow/spec';
import { type ApplyResult, applyToLoadedCase, checkEnvelope } from './applyEvent.js';
import type { EngineContext } from './engineContext.js';
import { type EngineError, engineError } from './errors.js';
import {
  applyLegacyExtensionEntry,
  closeLegacyExtension,
  hasOpenLegacyExtension,
  isLegacyExtensionEntry,
} from './legacyExtension.js';
import { applyMigration } from './migrateCase.js';
import { openCaseFromRecord } from './openCase.js';
import { specHash } from './specHash.js';
import type { AuditEntry, Case, CaseEvent, MigrateRecord, OpenRecord } from './types.js';

/** A replay: every intermediate case (`steps[0]` is the opened case), or where and why it stopped. */
export type ReplayResult =
  | { ok: true; case: Case; steps: Case[] }
  | { ok: false; index: number; error: EngineError; steps: Case[] };

/** An event as the audit log holds it, without the log's own fields. */
function eventOf(entry: AuditEntry | CaseEvent): CaseEvent {
  const { seq: _seq, state: _state, ...event } = entry as AuditEntry;
  return event as CaseEvent;
}

/** The fields of an OPEN record, as written (0.1 records name no spec; other fields are not carried). */
function openRecordOf(entry: Omit<OpenRecord, 'type'>): OpenRecord {
  const { caseId, actor, at, note, specId, specRevision, specHash: hash } = entry;
  return {
    type: 'OPEN',
    caseId,
    actor,
    at,
    ...(note !== undefined ? { note } : {}),
    ...(specId !== undefined ? { specId } : {}),
    ...(specRevision !== undefined ? { specRevision } : {}),
    ...(hash !== undefined ? { specHash: hash } : {}),
  };
}

const changed = (spec: ServiceItemSpec, recorded: string): EngineError =>
  engineError(
    'case/spec-changed',
    {
      spec: spec.id,
      revision: spec.revision,
      caseHash: recorded.slice(0, 19),
      specHash: specHash(spec).slice(0, 19),
    },
    { caseHash: recorded, specHash: specHash(spec) },
  );

/**
 * Rebuilds a case from its audit log, step by step, with the same rules as `applyEvent`. The log starts
 * with the `OPEN` record written by `openCase` (or give `open` for a log of events only, which is then
 * pinned to `spec`). Replaying `case.events` gives a case deep-equal to the original (with the same
 * calendar and validator).
 *
 * The log is pinned: `spec` must be the spec the log ends on (its id, revision and, where recorded, content
 * hash), else `case/spec-mismatch`, `case/revision-mismatch` or `case/spec-changed` at the entry that
 * disagrees. A migrated case's log holds its `MIGRATE` entries: they are run again with `options.migrations`,
 * and the events before a migration are replayed on the spec of their own revision, found with
 * `options.resolveSpec(specId, revision)`. Legacy 0.1 entries (`SUSPEND { kind: 'extension' }`) replay as
 * they were applied then.
 *
 * @example
 * const again = replay(spec, caseData.events);
 * again.ok && again.case.snapshot.value === caseData.snapshot.value // true
 * // a case migrated from 2026-01 to 2026-07:
 * replay(specV2, caseData.events, { migrations, resolveSpec: (id, revision) => catalog.get(`${id}@${revision}`) });
 */
export function replay(
  spec: ServiceItemSpec,
  events: readonly (AuditEntry | CaseEvent)[],
  options: Omit<EngineContext, 'spec'> = {},
  open?: Omit<OpenRecord, 'type'>,
): ReplayResult {
  const first = events[0] as AuditEntry | undefined;
  const fromLog = first?.type === 'OPEN';
  const given = open ? openRecordOf(open) : undefined;
  const opening: OpenRecord | undefined = fromLog
    ? openRecordOf(first as OpenRecord)
    : given && { ...given, specId: spec.id, specRevision: spec.revision, specHash: specHash(spec) };
  if (!opening) throw new TypeError('replay: the log must start with an OPEN record, or pass `open`');
  const rest = (fromLog ? events.slice(1) : events) as readonly AuditEntry[];
  const offset = fromLog ? 1 : 0;
  const steps: Case[] = [];
  const fail = (index: number, error: EngineError): ReplayResult => ({ ok: false, index, error, steps });

  if (opening.specId !== undefined && opening.specId !== spec.id) {
    return fail(0, engineError('case/spec-mismatch', { caseSpec: opening.specId, spec: spec.id }));
  }
  // The spec of each revision the log passes through: `spec` for its own, older ones from the host.
  const specs = new Map<string, ServiceItemSpec | undefined>([[spec.revision, spec]]);
  const specOf = (revision: string) => {
    if (!specs.has(revision)) {
      const found = options.resolveSpec?.(spec.id, revision);
      specs.set(revision, found && found.id === spec.id && found.revision === revision ? found : undefined);
    }
    return specs.get(revision);
  };
  const missingSpec = (revision: string) =>
    engineError('case/revision-mismatch', {
      caseRevision: revision,
      revision: spec.revision,
      missing: 'spec',
    });
  // A 0.1 log names no revision: it began on the revision its first migration left, else on `spec`'s.
  const firstMigration = rest.find((e) => e.type === 'MIGRATE' && !e.upgrade) as MigrateRecord | undefined;
  let revision = opening.specRevision ?? firstMigration?.from ?? spec.revision;
  let currentSpec = specOf(revision);
  if (!currentSpec) return fail(0, missingSpec(revision));
  if (opening.specHash !== undefined && opening.specHash !== specHash(currentSpec)) {
    return fail(0, changed(currentSpec, opening.specHash));
  }
  let current = openCaseFromRecord(currentSpec, opening);
  steps.push(current);

  for (const [i, entry] of rest.entries()) {
    const index = i + offset;
    let result: ApplyResult;
    if (entry.type === 'MIGRATE') {
      const last = current.events[current.events.length - 1]!;
      if (typeof entry.at !== 'string' || !(Date.parse(entry.at) >= Date.parse(last.at))) {
        return fail(index, engineError('event/time-order', { at: String(entry.at), last: last.at }));
      }
      const fields = {
        at: entry.at,
        ...(entry.note !== undefined ? { note: entry.note } : {}),
        ...(entry.specHash !== undefined ? { specHash: entry.specHash } : {}),
      };
      if (entry.upgrade === 'legacyExtension') {
        if (!currentSpec) return fail(index, missingSpec(revision));
        if (entry.from !== revision || entry.to !== revision || !hasOpenLegacyExtension(current)) {
          return fail(
            index,
            engineError('case/invalid', { detail: `MIGRATE ${index}: no legacy extension to close` }),
          );
        }
        current = closeLegacyExtension(current, currentSpec, fields);
      } else {
        const migration = options.migrations?.find(
          (m) => m.specId === spec.id && m.from === entry.from && m.to === entry.to,
        );
        if (entry.from !== revision || !migration) {
          return fail(
            index,
            engineError('case/revision-mismatch', {
              caseRevision: String(entry.from),
              revision: String(entry.to),
            }),
          );
        }
        revision = entry.to;
        currentSpec = specOf(revision);
        current = applyMigration(current, migration, fields);
      }
      if (entry.specHash !== undefined) {
        if (!currentSpec) return fail(index, missingSpec(revision));
        if (entry.specHash !== specHash(currentSpec))
          return fail(index, changed(currentSpec, entry.specHash));
      }
      steps.push(current);
      continue;
    }
    if (!currentSpec) return fail(index, missingSpec(revision));
    const event = eventOf(entry);
    const envelope = checkEnvelope(event);
    if (envelope) return fail(index, envelope);
    if (isLegacyExtensionEntry(entry)) {
      const last = current.events[current.events.length - 1]!;
      if (Date.parse(entry.at) < Date.parse(last.at)) {
        return fail(index, engineError('event/time-order', { at: entry.at, last: last.at }));
      }
      result = applyLegacyExtensionEntry(current, entry, currentSpec);
    } else {
      result = applyToLoadedCase(current, event, { ...options, spec: currentSpec });
    }
    if (!result.ok) return fail(index, result.error);
    current = result.case;
    steps.push(current);
  }
  if (revision !== spec.revision) {
    return fail(
      events.length,
      engineError('case/revision-mismatch', { caseRevision: revision, revision: spec.revision }),
    );
  }
  return { ok: true, case: current, steps };
}
