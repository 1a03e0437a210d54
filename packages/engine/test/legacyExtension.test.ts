import { readFileSync } from 'node:fs';
import type { ServiceItemSpec } from '@onewindow/spec';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  allowedEvents,
  applyEvent,
  type Case,
  caseClock,
  loadCase,
  replay,
  specHash,
  verifyCase,
} from '../src/index.js';
import { dibao, drive, ev } from './helpers.js';

/**
 * A 低保 case stored by engine 0.1, hand-written: accepted on 2026-03-02, in 入户调查 since 03-04, and
 * "suspended" since 03-10 with the old `SUSPEND { kind: 'extension' }` (延长审批 as a suspension). Its OPEN
 * record names no spec revision and its context has none of the fields added in 0.2.
 */
const legacyCase = (): Case =>
  JSON.parse(readFileSync(new URL('./fixtures/legacy-extension-case.json', import.meta.url), 'utf8')) as Case;
/** Revision 2026-01 of 低保 allowing one extension of up to 10 working days. */
const spec: ServiceItemSpec = {
  ...dibao,
  timeLimit: { ...dibao.timeLimit, extension: { days: 10, approval: '本机关负责人' } },
};
const ctx = { spec };

describe('a case from 0.1 with an open 延长审批 suspension (SUSPEND kind extension)', () => {
  it('is closed on load with a MIGRATE entry, counted as an extension: work goes on', () => {
    const result = applyEvent(legacyCase(), ev('COMPLETE_STAGE', 'reviewer', '2026-03-12'), ctx);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    const [migrate, complete] = result.case.events.slice(-2) as AuditEntry[];
    expect(migrate).toEqual({
      type: 'MIGRATE',
      actor: { id: 'onewindow', role: 'system' },
      at: '2026-03-12T10:00:00+08:00',
      from: '2026-01',
      to: '2026-01',
      upgrade: 'legacyExtension',
      specHash: specHash(spec),
      note: expect.stringMatching(
        /延长审批.*10.*is not a suspension since 0\.2; counted as an extension of 10 days/s,
      ),
      seq: 5,
      state: 'accepted.survey',
    });
    expect(complete).toMatchObject({ type: 'COMPLETE_STAGE', seq: 6, state: 'accepted.notice' });
    expect(result.case.snapshot.context.suspension).toBeNull();
    expect(result.case.snapshot.context.extensions).toEqual([
      {
        days: 10,
        reason: '入户调查未完成，经局长批准延长审批',
        approvedBy: 'r-01',
        at: '2026-03-10T10:00:00+08:00',
      },
    ]);
    // the original entry is kept as it was written
    expect(result.case.events[4]).toEqual(legacyCase().events[4]);
  });

  it('no longer blocks the stage’s work or the decision, and the clock counts the days without a pause', () => {
    const legacy = legacyCase();
    expect(allowedEvents(legacy, 'reviewer', ctx)).toContain('COMPLETE_STAGE');
    expect(allowedEvents(legacy, 'reviewer', ctx)).not.toContain('RESUME');
    const atDecision = drive(
      legacy,
      [ev('COMPLETE_STAGE', 'reviewer', '2026-03-12'), ev('COMPLETE_STAGE', 'reviewer', '2026-03-20')],
      ctx,
    );
    const decided = applyEvent(atDecision, ev('DECIDE', 'approver', '2026-03-23', { approved: true }), ctx);
    expect(decided.ok && decided.case.snapshot.value).toBe('decided');
    const loaded = loadCase(legacy, spec);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const clock = caseClock(loaded.case, spec, '2026-03-16T10:00:00+08:00');
    expect(clock).toMatchObject({ extendedDays: 10, limit: 28, pausedNow: null });
  });

  it('replays: the legacy entry is accepted as written, before and after the migration', () => {
    const legacy = legacyCase();
    const asStored = replay(spec, legacy.events);
    if (!asStored.ok) throw new Error(`${asStored.index}: ${asStored.error.message}`);
    expect(asStored.case.events).toEqual(legacy.events);
    expect(asStored.case.snapshot).toMatchObject(legacy.snapshot);

    const moved = drive(legacy, [ev('COMPLETE_STAGE', 'reviewer', '2026-03-12')], ctx);
    const again = replay(spec, moved.events);
    if (!again.ok) throw new Error(`${again.index}: ${again.error.message}`);
    expect(again.case.events).toEqual(moved.events);
    expect(again.case.snapshot.value).toBe(moved.snapshot.value);
    // the replay also knows the fields 0.1 did not store (who accepted …)
    expect(again.case.snapshot.context).toMatchObject(moved.snapshot.context);
  });

  it('a legacy extension closed by RESUME under 0.1 loads and replays without a migration', () => {
    const legacy = legacyCase();
    const resumed: Case = {
      ...legacy,
      snapshot: { ...legacy.snapshot, context: { ...legacy.snapshot.context, suspension: null } },
      events: [
        ...legacy.events,
        {
          type: 'RESUME',
          actor: { id: 'r-01', role: 'reviewer', org: '民政办' },
          at: '2026-03-16T10:00:00+08:00',
          seq: 5,
          state: 'accepted.survey',
        },
      ],
    };
    const loaded = loadCase(resumed, spec);
    expect(loaded.ok && loaded.case).toEqual(resumed);
    const again = replay(spec, resumed.events);
    expect(again.ok && again.case.snapshot.context.suspension).toBeNull();
    expect(verifyCase(resumed, spec).ok).toBe(true);
  });

  it('a stored legacy case verifies against its log', () => {
    expect(verifyCase(legacyCase(), spec)).toMatchObject({ ok: true });
  });

  it('a new SUSPEND may not use the old kind', () => {
    const moved = drive(legacyCase(), [ev('COMPLETE_STAGE', 'reviewer', '2026-03-12')], ctx);
    const again = applyEvent(
      moved,
      ev('SUSPEND', 'reviewer', '2026-03-13', { kind: 'extension' as never, reason: '延长' }),
      ctx,
    );
    expect(again.ok || again.error.code).toBe('suspension/kind');
  });
});
