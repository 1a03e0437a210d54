import type { Migration } from './engineContext.js';
import type { Actor, AuditEntry, Case, MigrateRecord } from './types.js';

/** The actor of the entries the engine writes itself (`MIGRATE`). */
export const ENGINE_ACTOR: Readonly<Actor> = Object.freeze({ id: 'onewindow', role: 'system' });

/** What a `MIGRATE` entry records besides the revisions: when, why, and the hash of the spec moved to. */
export interface MigrateEntryFields {
  at: string;
  note?: string;
  specHash?: string;
}

/**
 * The case with a `MIGRATE` entry appended (numbered, in the case's state after the migration).
 *
 * @example
 * appendMigrateEntry(c, { from: '2026-01', to: '2026-07', at }).events.at(-1)?.type // 'MIGRATE'
 */
export function appendMigrateEntry(
  caseData: Case,
  fields: MigrateEntryFields & Pick<MigrateRecord, 'from' | 'to' | 'upgrade'>,
): Case {
  const entry: AuditEntry = {
    type: 'MIGRATE',
    actor: { ...ENGINE_ACTOR },
    at: fields.at,
    from: fields.from,
    to: fields.to,
    ...(fields.upgrade ? { upgrade: fields.upgrade } : {}),
    ...(fields.specHash ? { specHash: fields.specHash } : {}),
    ...(fields.note ? { note: fields.note } : {}),
    seq: caseData.events.length,
    state: caseData.snapshot.value,
  };
  return { ...caseData, events: [...caseData.events, entry] };
}

/**
 * Runs a host's migration on a case and records it: the case moves to revision `to`, remembers the
 * revision it left in `migratedFrom`, and its log gets a `MIGRATE` entry. `loadCase` and `replay` both
 * use this, so a replayed migration gives the same case.
 *
 * @example
 * applyMigration(c, { specId: 'dibao-apply', from: '2026-01', to: '2026-07', migrate: (x) => x }, { at })
 */
export function applyMigration(caseData: Case, migration: Migration, fields: MigrateEntryFields): Case {
  const migrated = migration.migrate(caseData);
  return appendMigrateEntry(
    {
      ...migrated,
      specRevision: migration.to,
      migratedFrom: [...(caseData.migratedFrom ?? []), caseData.specRevision],
    },
    {
      from: caseData.specRevision,
      to: migration.to,
      ...fields,
    },
  );
}

/** The later of two ISO times (the first when equal or unreadable): a migration never goes back in time. */
export function laterTime(a: string, b: string): string {
  return Date.parse(b) > Date.parse(a) ? b : a;
}
