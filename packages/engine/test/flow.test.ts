import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, openCase, replay } from '../src/index.js';
import { actors, dibao, drive, ev, homestead, residence, submittedDibao } from './helpers.js';

describe('promised flow (低保)', () => {
  it('runs from submission to archive through every stage', () => {
    const c = drive(
      submittedDibao(),
      [
        ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-06'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-13'),
        ev('DECIDE', 'approver', '2026-03-16', { approved: true }),
        ev('ISSUE', 'window', '2026-03-17', { certificateNo: 'DB-0001' }),
        ev('DELIVER', 'window', '2026-03-18', { method: 'post' }),
        ev('ARCHIVE', 'system', '2026-03-19'),
      ],
      { spec: dibao },
    );
    expect(c.snapshot.value).toBe('archived');
    expect(c.events.map((e) => e.state)).toEqual([
      'draft',
      'submitted',
      'accepted.review',
      'accepted.survey',
      'accepted.notice',
      'accepted.decide',
      'decided',
      'issued',
      'delivered',
      'archived',
    ]);
    expect(c.snapshot.context.certificateNo).toBe('DB-0001');
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it('refuses an event in the wrong state and changes nothing', () => {
    const c = submittedDibao();
    const before = JSON.stringify(c);
    const result = applyEvent(c, ev('DECIDE', 'approver', '2026-03-03', { approved: true }), { spec: dibao });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('state/not-allowed');
      expect(result.error.message).toBe('办件处于“已提交”状态，不能“决定”（DECIDE）');
      expect(result.error.messageEn).toMatch(/DECIDE/);
    }
    expect(JSON.stringify(c)).toBe(before);
  });

  it('names the role and the action in words when a role may not act', () => {
    const result = applyEvent(submittedDibao(), ev('ACCEPT', 'reviewer', '2026-03-03'), { spec: dibao });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('role/not-allowed');
      expect(result.error.message).toBe('审核人员不能“受理”（ACCEPT）');
      expect(result.error.messageEn).toBe('The Reviewer may not send "Accept" (ACCEPT)');
    }
  });

  it('lists the buttons per role', () => {
    const c = submittedDibao();
    expect(allowedEvents(c, 'window', { spec: dibao })).toEqual(['ACCEPT', 'REQUEST_CORRECTION', 'REJECT']);
    expect(allowedEvents(c, 'applicant', { spec: dibao })).toEqual(['WITHDRAW']);
    expect(allowedEvents(c, 'reviewer', { spec: dibao })).toEqual([]);
  });

  it('replays identically', () => {
    const c = drive(
      submittedDibao(),
      [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'), ev('COMPLETE_STAGE', 'reviewer', '2026-03-04')],
      { spec: dibao },
    );
    const again = replay(dibao, c.events);
    expect(again.ok && again.case).toEqual(c);
  });
});

describe('instant and escalated flows', () => {
  it('instant: accepted and decided at the window', () => {
    const opened = openCase(residence, {
      id: 'R-1',
      at: '2026-03-02T09:00:00+08:00',
      actor: actors.applicant,
    });
    const c = drive(
      opened,
      [
        ev('SUBMIT', 'applicant', '2026-03-02T09:10:00+08:00', {
          formData: { name: '张三' },
          materials: ['idCard'],
        }),
        ev('ACCEPT', 'window', '2026-03-02T09:20:00+08:00'),
        ev('DECIDE', 'window', '2026-03-02T09:30:00+08:00', { approved: true }),
      ],
      { spec: residence },
    );
    expect(c.snapshot.value).toBe('decided');
  });

  it('escalated: 初审, 上报, returned by the superior, escalated again and decided above', () => {
    const opened = openCase(homestead, { id: 'H-1', at: '2026-03-02T09:00:00+08:00', actor: actors.agent });
    const c = drive(
      opened,
      [
        ev('SUBMIT', 'agent', '2026-03-02T09:10:00+08:00', {
          formData: { name: '李四', area: 120 },
          materials: ['application', 'villageOpinion'],
          onBehalfOf: 'u-li',
        }),
        ev('ACCEPT', 'window', '2026-03-02T09:20:00+08:00'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
        ev('ESCALATE', 'reviewer', '2026-03-04'),
        ev('RETURN', 'superior', '2026-03-05', { reason: '四至界线不清' }),
        ev('ESCALATE', 'reviewer', '2026-03-06'),
        ev('DECIDE', 'superior', '2026-03-10', { approved: true }),
        ev('ISSUE', 'window', '2026-03-11'),
      ],
      { spec: homestead },
    );
    expect(c.events.slice(2).map((e) => e.state)).toEqual([
      'accepted.siteCheck',
      'accepted.preliminary',
      'accepted.superior',
      'accepted.preliminary',
      'accepted.superior',
      'decided',
      'issued',
    ]);
  });
});

describe('createEngine', () => {
  it('binds a spec, the spec package’s validator and a calendar', async () => {
    const { createFormValidator } = await import('@onewindow/spec');
    const { createEngine } = await import('../src/index.js');
    const engine = createEngine({ spec: dibao, validator: (s) => createFormValidator(s.form.schema) });
    const c = engine.openCase({ id: 'E-1', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant });
    const bad = engine.applyEvent(
      c,
      ev('SUBMIT', 'applicant', '2026-03-02', {
        formData: { applicant: { name: '张三', idNumber: '123' }, householdSize: 0 },
        materials: ['application', 'idCard', 'householdRegister', 'incomeProof'],
      }),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('form/invalid');
      expect(
        ((bad.error.details?.errors ?? []) as { pointer: string }[]).map((e) => e.pointer).sort(),
      ).toEqual(['/applicant/idNumber', '/householdSize']);
    }
    const ok = engine.applyEvent(
      c,
      ev('SUBMIT', 'applicant', '2026-03-02', {
        formData: { applicant: { name: '张三', idNumber: '11010519491231002X' }, householdSize: 3 },
        materials: ['application', 'idCard', 'householdRegister', 'incomeProof'],
      }),
    );
    expect(ok.ok).toBe(true);
    if (ok.ok) {
      expect(engine.allowedEvents(ok.case, 'window')).toContain('ACCEPT');
      expect(engine.replay('dibao-apply', '2026-01', ok.case.events)).toMatchObject({
        ok: true,
        case: ok.case,
      });
      expect(engine.clock(ok.case, '2026-03-03T09:00:00+08:00').started).toBe(false);
    }
    const other = createEngine({ resolveSpec: () => undefined });
    expect(other.applyEvent(c, ev('ACCEPT', 'window', '2026-03-03'))).toMatchObject({ ok: false });
  });
});
