import type { ServiceItemSpec } from '@onewindow/spec';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  allowedEvents,
  applyEvent,
  type Case,
  checkCaseSpec,
  createEngine,
  EngineFailure,
  loadCase,
  type Migration,
  openCase,
  replay,
  specHash,
} from '../src/index.js';
import { actors, dibao, drive, ev, homestead, submittedDibao } from './helpers.js';

const ctx = { spec: dibao };
/** The same item, revision 2026-07: the promised limit went down from 18 to 15 working days. */
const v2: ServiceItemSpec = {
  ...dibao,
  revision: '2026-07',
  timeLimit: { ...dibao.timeLimit, promised: 15 },
};
/** The same item edited in place, revision not bumped. */
const edited: ServiceItemSpec = { ...dibao, timeLimit: { ...dibao.timeLimit, promised: 10 } };
const toV2: Migration = {
  specId: 'dibao-apply',
  from: '2026-01',
  to: '2026-07',
  note: '承诺时限由 18 个工作日缩短为 15 个工作日',
  migrate: (c) => c,
};
const accepted = () => drive(submittedDibao(), [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00')], ctx);
const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error?.code);
/** The code of the EngineFailure a call throws. */
const thrown = (call: () => unknown): string => {
  try {
    call();
  } catch (error) {
    if (error instanceof EngineFailure) return error.code;
    throw error;
  }
  return 'no failure';
};

describe('OPEN records the spec it was opened on', () => {
  it('records the id, the revision and a content hash', () => {
    const c = openCase(dibao, { id: 'C-9', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant });
    expect(c.events[0]).toMatchObject({
      type: 'OPEN',
      specId: 'dibao-apply',
      specRevision: '2026-01',
      specHash: specHash(dibao),
    });
    expect(specHash(dibao)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('hashes the content, not the object: key order and a JSON round trip do not matter, an edit does', () => {
    const reordered = Object.fromEntries(Object.entries(dibao).reverse()) as unknown as ServiceItemSpec;
    expect(specHash(reordered)).toBe(specHash(dibao));
    expect(specHash(JSON.parse(JSON.stringify(dibao)))).toBe(specHash(dibao));
    expect(specHash(edited)).not.toBe(specHash(dibao));
  });
});

describe('every API refuses a spec the case was not opened on', () => {
  it('applyEvent: another revision without a migration, or the same revision with other content', () => {
    const c = submittedDibao();
    expect(codeOf(applyEvent(c, ev('ACCEPT', 'window', '2026-03-03'), { spec: v2 }))).toBe(
      'case/revision-mismatch',
    );
    const changed = applyEvent(c, ev('ACCEPT', 'window', '2026-03-03'), { spec: edited });
    expect(codeOf(changed)).toBe('case/spec-changed');
    if (!changed.ok) {
      expect(changed.error.message).toContain('2026-01');
      expect(changed.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(changed.error.messageEn).toContain('revision');
    }
  });

  it('checkCaseSpec says why, for callers such as caseClock', () => {
    const c = accepted();
    expect(checkCaseSpec(c, dibao)).toBeNull();
    expect(checkCaseSpec(c, edited)?.code).toBe('case/spec-changed');
    expect(checkCaseSpec(c, v2)?.code).toBe('case/revision-mismatch');
    expect(checkCaseSpec(c, homestead)?.code).toBe('case/spec-mismatch');
  });

  it('allowedEvents throws instead of showing buttons for another spec', () => {
    const c = submittedDibao();
    expect(thrown(() => allowedEvents(c, 'window', { spec: edited }))).toBe('case/spec-changed');
    expect(thrown(() => allowedEvents(c, 'window', { spec: v2 }))).toBe('case/revision-mismatch');
    expect(allowedEvents(c, 'window', { spec: v2, migrations: [toV2] })).toContain('ACCEPT');
  });

  it('replay: a v1 log does not replay under v2 (it used to come back on the new revision)', () => {
    const c = accepted();
    const again = replay(v2, c.events);
    expect(again.ok).toBe(false);
    if (!again.ok) expect([again.index, again.error.code]).toEqual([0, 'case/revision-mismatch']);
    expect(codeOf(replay(edited, c.events))).toBe('case/spec-changed');
  });

  it('createEngine: the bound functions refuse too, and the clock of an edited spec is not computed', () => {
    const c = accepted();
    const engine = createEngine({ spec: edited });
    expect(codeOf(engine.applyEvent(c, ev('COMPLETE_STAGE', 'reviewer', '2026-03-03')))).toBe(
      'case/spec-changed',
    );
    expect(thrown(() => engine.clock(c, '2026-04-30T09:00:00+08:00'))).toBe('case/spec-changed');
    expect(thrown(() => engine.allowedEvents(c, 'reviewer'))).toBe('case/spec-changed');
    expect(codeOf(engine.replay('dibao-apply', '2026-01', c.events))).toBe('case/spec-changed');
  });

  it('a case from before 0.2 (OPEN without the spec) is checked on id and revision only', () => {
    const c = accepted();
    const {
      specId: _id,
      specRevision: _revision,
      specHash: _hash,
      ...legacyOpen
    } = c.events[0] as AuditEntry & {
      specId?: string;
      specRevision?: string;
      specHash?: string;
    };
    const legacy: Case = { ...c, events: [legacyOpen as AuditEntry, ...c.events.slice(1)] };
    expect(codeOf(applyEvent(legacy, ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'), { spec: edited }))).toBe(
      'ok',
    );
    expect(codeOf(applyEvent(legacy, ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'), { spec: v2 }))).toBe(
      'case/revision-mismatch',
    );
    const again = replay(dibao, legacy.events);
    expect(again.ok && again.case).toEqual(legacy);
  });
});

describe('migrations are audit entries, so a migrated case’s log replays', () => {
  it('applyEvent records a MIGRATE entry at the time of the event that led to it', () => {
    const c = accepted();
    const moved = applyEvent(c, ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'), {
      spec: v2,
      migrations: [toV2],
    });
    if (!moved.ok) throw new Error(moved.error.message);
    expect(moved.case.specRevision).toBe('2026-07');
    expect(moved.case.migratedFrom).toEqual(['2026-01']);
    const [migrate, complete] = moved.case.events.slice(-2);
    expect(migrate).toEqual({
      type: 'MIGRATE',
      actor: { id: 'onewindow', role: 'system' },
      at: '2026-03-05T10:00:00+08:00',
      from: '2026-01',
      to: '2026-07',
      specHash: specHash(v2),
      note: toV2.note,
      seq: 3,
      state: 'accepted.review',
    });
    expect(complete).toMatchObject({ type: 'COMPLETE_STAGE', seq: 4, state: 'accepted.survey' });
    expect(checkCaseSpec(moved.case, v2)).toBeNull();
    expect(checkCaseSpec(moved.case, dibao)?.code).toBe('case/revision-mismatch');
  });

  it('replay re-applies the recorded migrations (with the older revision’s spec) and rebuilds the same case', () => {
    const c = accepted();
    const moved = drive(c, [ev('COMPLETE_STAGE', 'reviewer', '2026-03-05')], {
      spec: v2,
      migrations: [toV2],
    });
    const resolveSpec = (id: string, revision: string) =>
      [dibao, v2].find((s) => s.id === id && s.revision === revision);
    const again = replay(v2, moved.events, { migrations: [toV2], resolveSpec });
    expect(again.ok && again.case).toEqual(moved);
    // without the migration, or without the spec the log began on, it says so
    const noMigration = replay(v2, moved.events, { resolveSpec });
    expect(noMigration.ok || [noMigration.index, noMigration.error.code]).toEqual([
      3,
      'case/revision-mismatch',
    ]);
    expect(codeOf(replay(v2, moved.events, { migrations: [toV2] }))).toBe('case/revision-mismatch');
    // the engine finds older revisions through its catalog
    const engine = createEngine({ resolveSpec, migrations: [toV2] });
    expect(engine.replay('dibao-apply', '2026-07', moved.events)).toMatchObject({ ok: true, case: moved });
  });

  it('loadCase records the host’s time when no event is given, never earlier than the log', () => {
    const c = accepted();
    const loaded = loadCase(c, v2, { migrations: [toV2], at: '2026-04-01T08:00:00+08:00' });
    expect(loaded.ok && loaded.case.events.at(-1)).toMatchObject({
      type: 'MIGRATE',
      at: '2026-04-01T08:00:00+08:00',
    });
    const early = loadCase(c, v2, { migrations: [toV2], at: '2026-01-01T08:00:00+08:00' });
    expect(early.ok && early.case.events.at(-1)?.at).toBe(c.events.at(-1)?.at);
  });
});
