import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  allowedEvents,
  applyEvent,
  type Case,
  EngineFailure,
  loadCase,
  openCase,
  verifyCase,
} from '../src/index.js';
import { actors, dibao, drive, ev, submittedDibao } from './helpers.js';

const ctx = { spec: dibao };
/** 低保 accepted, in 审核 (review). */
const accepted = () => drive(submittedDibao(), [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00')], ctx);
const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error?.code);
const withState = (c: Case, value: string): Case => ({ ...c, snapshot: { ...c.snapshot, value } });

describe('a stored case that disagrees with its own log is refused', () => {
  it('a snapshot moved ahead of the log (straight to the decision stage) is refused on every event', () => {
    const forged = withState(accepted(), 'accepted.decide');
    const decide = applyEvent(forged, ev('DECIDE', 'approver', '2026-03-03', { approved: true }), ctx);
    expect(codeOf(decide)).toBe('case/tampered');
    if (!decide.ok) {
      expect(decide.error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(decide.error.messageEn).toMatch(/log/);
    }
    expect(codeOf(loadCase(forged, dibao))).toBe('case/tampered');
    expect(() => allowedEvents(forged, 'approver', ctx)).toThrow(EngineFailure);
  });

  it('a log with missing or renumbered entries, or another case’s OPEN record, is refused', () => {
    const c = accepted();
    const dropped: Case = { ...c, events: [c.events[0]!, c.events[2]!] };
    expect(codeOf(loadCase(dropped, dibao))).toBe('case/tampered');
    const renumbered: Case = { ...c, events: c.events.map((e, i) => ({ ...e, seq: i === 2 ? 7 : e.seq })) };
    expect(codeOf(loadCase(renumbered, dibao))).toBe('case/tampered');
    const otherCase: Case = { ...c, id: 'C-OTHER' };
    expect(codeOf(loadCase(otherCase, dibao))).toBe('case/tampered');
    const noOpen: Case = { ...c, events: c.events.slice(1).map((e, i) => ({ ...e, seq: i }) as AuditEntry) };
    expect(codeOf(loadCase(noOpen, dibao))).toBe('case/tampered');
    const otherRevision: Case = { ...c, specRevision: '2026-07' };
    expect(codeOf(loadCase(otherRevision, { ...dibao, revision: '2026-07' }))).toBe('case/tampered');
  });

  it('a state named after an Object.prototype member is refused, not thrown', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const c = accepted();
      const forged: Case = {
        ...withState(c, name),
        events: c.events.map((e, i) => (i === c.events.length - 1 ? { ...e, state: name } : e)),
      };
      expect(() => applyEvent(forged, ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'), ctx)).not.toThrow();
      expect(codeOf(applyEvent(forged, ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'), ctx))).toBe(
        'case/invalid',
      );
      expect(() => allowedEvents(forged, 'reviewer', ctx)).toThrow(EngineFailure);
    }
  });

  it('verifyCase replays the log and compares: a forged context or log entry is found', () => {
    const c = drive(accepted(), [ev('COMPLETE_STAGE', 'reviewer', '2026-03-03')], ctx);
    expect(verifyCase(c, dibao)).toEqual({ ok: true, case: c });
    const json = (x: Case) => JSON.parse(JSON.stringify(x)) as Case;
    const decided = json(c);
    decided.snapshot.context.decision = { approved: true, at: '2026-03-03T10:00:00+08:00' };
    const result = verifyCase(decided, dibao);
    expect(result.ok || [result.error.code, result.error.details?.where]).toEqual([
      'case/tampered',
      'snapshot.context.decision',
    ]);
    const rewritten = json(c);
    (rewritten.events[2] as { actor: { id: string } }).actor.id = 'w-99';
    const second = verifyCase(rewritten, dibao);
    expect(second.ok || [second.error.code, second.error.details?.where]).toEqual([
      'case/tampered',
      'snapshot.context.acceptedBy',
    ]);
    const restated = json(c);
    restated.events[2]!.state = 'accepted.survey';
    const fourth = verifyCase(restated, dibao);
    expect(fourth.ok || [fourth.error.code, fourth.error.details?.where]).toEqual([
      'case/tampered',
      'events[2]',
    ]);
    // a log entry the rules refuse
    const impossible = json(c);
    (impossible.events[3] as { actor: { role: string } }).actor.role = 'applicant';
    const third = verifyCase(impossible, dibao);
    expect(third.ok || [third.error.code, third.error.details?.where]).toEqual([
      'case/tampered',
      'events[3]',
    ]);
    // a field every engine stored may not go missing; one added since 0.1 comes back from the log
    const noDecision = json(c) as unknown as { snapshot: { context: Record<string, unknown> } };
    delete noDecision.snapshot.context.decision;
    const fifth = verifyCase(noDecision as unknown as Case, dibao);
    expect(fifth.ok || fifth.error.details?.where).toBe('snapshot.context.decision');
    const noAcceptedBy = json(c);
    delete noAcceptedBy.snapshot.context.acceptedBy;
    const sixth = verifyCase(noAcceptedBy, dibao);
    expect(sixth.ok && sixth.case.snapshot.context.acceptedBy).toBe('w-01');
    // the stored order of keys does not matter (a database may reorder them)
    const reordered = json(c);
    reordered.snapshot.context = Object.fromEntries(
      Object.entries(reordered.snapshot.context).reverse(),
    ) as Case['snapshot']['context'];
    expect(verifyCase(reordered, dibao).ok).toBe(true);
  });
});

describe('impossible input is refused', () => {
  it('an event time that does not exist (2026-02-30, 24:00, offset +25:00) is malformed', () => {
    const c = submittedDibao('2026-02-27');
    for (const at of [
      '2026-02-30T10:00:00+08:00',
      '2026-02-28T24:00:00+08:00',
      '2026-02-28T10:00:00+25:00',
      '2026-02-28T10:60:00+08:00',
    ]) {
      expect(codeOf(applyEvent(c, { ...ev('ACCEPT', 'window', '2026-03-02'), at }, ctx))).toBe(
        'event/invalid',
      );
    }
    expect(codeOf(applyEvent(c, ev('ACCEPT', 'window', '2026-03-02T10:00:00Z'), ctx))).toBe('ok');
  });

  it('openCase checks its id, time and actor', () => {
    const good = { id: 'C-1', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant };
    expect(openCase(dibao, good).id).toBe('C-1');
    const bad = [
      { ...good, id: '' },
      { ...good, id: 42 },
      { ...good, id: 'C-1\n' },
      { ...good, at: '2026-02-30T09:00:00+08:00' },
      { ...good, at: 'yesterday' },
      { ...good, actor: { id: '', role: 'applicant' } },
      { ...good, actor: { id: 'u1', role: 'boss' } },
      { ...good, actor: null },
      { ...good, note: 7 },
    ];
    for (const options of bad) {
      expect(() => openCase(dibao, options as never), JSON.stringify(options)).toThrow(EngineFailure);
    }
  });
});
