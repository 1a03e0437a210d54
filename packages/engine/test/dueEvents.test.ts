import { describe, expect, it } from 'vitest';
import { applyEvent, type Case, caseStatistics, dueEvents, openCase } from '../src/index.js';
import {
  actors,
  allDibaoMaterials,
  dibao,
  dibaoForm,
  drive,
  ev,
  homestead,
  residence,
  submittedDibao,
} from './helpers.js';

const ctx = { spec: dibao };
const acceptedOn = (day: string, materials = allDibaoMaterials) =>
  drive(submittedDibao(day, materials), [ev('ACCEPT', 'window', `${day}T11:00:00+08:00`)], ctx);

describe('dueEvents', () => {
  it('warns near the deadline once, then reports overdue once', () => {
    // the case's own deadline 2026-03-26 (its stages' notices: see 'each stage and level …' below)
    const c = acceptedOn('2026-03-02');
    const caseNotices = (cases: Case[], now: string) =>
      dueEvents(cases, now, { specs: [dibao] }).filter((d) => d.reason !== 'stageOverdue');
    expect(caseNotices([c], '2026-03-20T09:00:00+08:00')).toEqual([]);
    const warn = caseNotices([c], '2026-03-24T09:00:00+08:00');
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatchObject({
      reason: 'warning',
      event: { type: 'NOTIFY', notice: 'warning', deadline: '2026-03-26' },
    });
    const warned = drive(c, [warn[0]!.event], ctx);
    expect(caseNotices([warned], '2026-03-25T09:00:00+08:00')).toEqual([]);
    const late = caseNotices([warned], '2026-03-27T09:00:00+08:00');
    expect(late.map((d) => d.reason)).toEqual(['overdue']);
    const notified = drive(warned, [late[0]!.event], ctx);
    expect(caseNotices([notified], '2026-03-30T09:00:00+08:00')).toEqual([]);
    expect(applyEvent(notified, late[0]!.event, ctx)).toMatchObject({
      ok: false,
      error: { code: 'notice/duplicate' },
    });
  });

  it('terminates cases whose tolerated materials are past due', () => {
    const c = acceptedOn('2026-03-02', ['application', 'idCard', 'incomeProof']); // 户口簿 due 2026-03-09
    expect(dueEvents([c], '2026-03-09T17:00:00+08:00', { specs: [dibao] })).toEqual([]);
    const due = dueEvents([c], '2026-03-10T08:00:00+08:00', { specs: [dibao] });
    expect(due.map((d) => d.reason)).toEqual(['toleranceExpired']);
    expect(due[0]!.event).toMatchObject({ type: 'TERMINATE', reason: expect.stringContaining('户口簿') });
    expect(drive(c, [due[0]!.event], ctx).snapshot.value).toBe('terminated');
  });

  it('reminds of an overdue follow-up after a bad rating, and skips cases without a spec', () => {
    const delivered = drive(
      acceptedOn('2026-03-02'),
      [
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'),
        ev('DECIDE', 'approver', '2026-03-06', { approved: true }),
        ev('ISSUE', 'window', '2026-03-06'),
        ev('DELIVER', 'window', '2026-03-09', { method: 'window' }),
        ev('EVALUATE', 'applicant', '2026-03-10', { score: 5, comment: '态度差' }),
      ],
      { spec: dibao, evaluationFollowUpDays: 2 },
    );
    expect(delivered.snapshot.context.evaluation?.followUp?.due).toBe('2026-03-12');
    expect(dueEvents([delivered], '2026-03-12T18:00:00+08:00', { specs: [dibao] })).toEqual([]);
    expect(dueEvents([delivered], '2026-03-13T09:00:00+08:00', { specs: [dibao] })[0]).toMatchObject({
      reason: 'followUpOverdue',
      event: { notice: 'followUpOverdue', deadline: '2026-03-12' },
    });
    expect(dueEvents([delivered], '2026-03-13T09:00:00+08:00', { specs: [residence] })).toEqual([]);
  });
});

describe('caseStatistics', () => {
  const decide = (day: string, decisionDay: string, approved = true): Case =>
    drive(
      acceptedOn(day),
      [
        ev('COMPLETE_STAGE', 'reviewer', `${day}T15:00:00+08:00`),
        ev('COMPLETE_STAGE', 'reviewer', `${day}T16:00:00+08:00`),
        ev('COMPLETE_STAGE', 'reviewer', `${day}T17:00:00+08:00`),
        ev('DECIDE', 'approver', decisionDay, approved ? { approved } : { approved, reason: '不符合条件' }),
      ],
      ctx,
    );

  it('counts states, on-time and early rates, average working days, overdue days and ratings', () => {
    const early = decide('2026-03-02', '2026-03-06'); // 4 working days
    const onTheDay = decide('2026-03-02', '2026-03-26'); // 18 working days: on time, not early
    const late = decide('2026-03-02', '2026-03-30', false); // 20 working days: 2 overdue
    const openLate = acceptedOn('2026-03-02'); // still open on 04-01: 22 used → 4 overdue
    const rated = drive(
      early,
      [
        ev('ISSUE', 'window', '2026-03-06'),
        ev('DELIVER', 'window', '2026-03-09', { method: 'window' }),
        ev('EVALUATE', 'applicant', '2026-03-09', { score: 4, comment: '排队久' }),
      ],
      ctx,
    );
    const s = caseStatistics(
      [rated, onTheDay, late, openLate, submittedDibao()],
      [dibao],
      '2026-04-01T12:00:00+08:00',
    );
    expect(s.total).toBe(5);
    expect(s.byState).toEqual({ delivered: 1, decided: 1, denied: 1, 'accepted.review': 1, submitted: 1 });
    expect(s.decided).toBe(3);
    expect(s.onTimeRate).toBeCloseTo(2 / 3);
    expect(s.earlyRate).toBeCloseTo(1 / 3);
    expect(s.averageWorkingDays).toBeCloseTo((4 + 18 + 20) / 3);
    expect(s.overdue).toEqual({ open: 1, decidedLate: 1, days: 2 + 4 });
    expect(s.evaluations).toEqual({ total: 1, byScore: { 1: 0, 2: 0, 3: 0, 4: 1, 5: 0 }, satisfiedRate: 0 });
    expect(s.followUps).toEqual({ open: 1, overdue: 1 });
  });

  it('has no rates without cases', () => {
    const s = caseStatistics([], [dibao], '2026-04-01T12:00:00+08:00');
    expect([s.onTimeRate, s.earlyRate, s.averageWorkingDays, s.evaluations.satisfiedRate]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('each stage, level and 特别程序 has its own notice; 受理 and 补正 limits are scheduled', () => {
  const reasons = (cases: Case[], now: string, spec = dibao) =>
    dueEvents(cases, now, { specs: [spec] }).map((d) => [d.reason, d.event]);

  it('the current stage past its days gets one stageOverdue per stage and due date', () => {
    const c = acceptedOn('2026-03-02'); // review: 5 working days, due 03-09
    const [due] = dueEvents([c], '2026-03-10T09:00:00+08:00', { specs: [dibao] });
    expect(due).toMatchObject({
      reason: 'stageOverdue',
      event: { notice: 'stageOverdue', scope: 'review', deadline: '2026-03-09' },
    });
    const notified = drive(c, [due!.event], ctx);
    expect(reasons([notified], '2026-03-11T09:00:00+08:00')).toEqual([]);
  });

  it('an escalated case past the town’s 初审+上报 limit gets levelOverdue for the local level', () => {
    const c = drive(
      openCase(homestead, { id: 'H', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant }),
      [
        ev('SUBMIT', 'applicant', '2026-03-02T09:10:00+08:00', {
          formData: { name: '李四', area: 120 },
          materials: ['application', 'villageOpinion'],
        }),
        ev('ACCEPT', 'window', '2026-03-02T09:20:00+08:00'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'),
      ],
      { spec: homestead },
    );
    // preliminaryDays 5: due 03-09; on 03-10 the town is late (the case as a whole is not)
    const due = dueEvents([c], '2026-03-10T09:00:00+08:00', { specs: [homestead] });
    expect(due.map((d) => d.event)).toContainEqual(
      expect.objectContaining({ notice: 'levelOverdue', scope: 'local', deadline: '2026-03-09' }),
    );
    expect(due.map((d) => d.reason)).not.toContain('overdue');
    for (const d of due) expect(applyEvent(c, d.event, { spec: homestead }).ok).toBe(true);
  });

  it('a 特别程序 past its declared maximum gets procedureOverdue', () => {
    const c = drive(
      acceptedOn('2026-03-02'),
      [ev('SUSPEND', 'reviewer', '2026-03-03', { kind: 'hearing', reason: '组织听证' })],
      ctx,
    );
    const due = dueEvents([c], '2026-03-24T09:00:00+08:00', { specs: [dibao] });
    expect(due.map((d) => d.event)).toContainEqual(
      expect.objectContaining({ notice: 'procedureOverdue', scope: 'hearing', deadline: '2026-03-23' }),
    );
  });

  it('proposes DEEM_ACCEPT after the 受理 limit and LAPSE after the correction period, each accepted', () => {
    const online = drive(
      openCase(dibao, { id: 'O', at: '2026-03-02T08:00:00+08:00', actor: actors.applicant }),
      [
        ev('SUBMIT', 'applicant', '2026-03-02T09:00:00+08:00', {
          formData: dibaoForm,
          materials: allDibaoMaterials,
          channel: 'online',
        }),
      ],
      ctx,
    );
    expect(reasons([online], '2026-03-09T09:00:00+08:00')).toEqual([]);
    const [deem] = dueEvents([online], '2026-03-10T09:00:00+08:00', { specs: [dibao] });
    expect(deem?.reason).toBe('acceptanceDeemed');
    expect(applyEvent(online, deem!.event, ctx)).toMatchObject({
      ok: true,
      case: { snapshot: { value: 'accepted.review' } },
    });
    const correcting = drive(
      submittedDibao('2026-03-02'),
      [
        ev('REQUEST_CORRECTION', 'window', '2026-03-03', {
          items: [{ materialId: 'idCard', reason: '不清晰' }],
        }),
      ],
      ctx,
    );
    const [lapse] = dueEvents([correcting], '2026-04-03T09:00:00+08:00', { specs: [dibao] });
    expect(lapse?.reason).toBe('correctionLapsed');
    expect(applyEvent(correcting, lapse!.event, ctx)).toMatchObject({
      ok: true,
      case: { snapshot: { value: 'withdrawn' } },
    });
  });
});
