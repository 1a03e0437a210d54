import { describe, expect, it } from 'vitest';
import { type Actor, applyEvent, type Case, type CaseEvent, openCase } from '../src/index.js';
import {
  actors,
  allDibaoMaterials,
  dibao,
  dibaoForm,
  drive,
  ev,
  residence,
  submittedDibao,
} from './helpers.js';

const ctx = { spec: dibao };
const as = (event: CaseEvent, actor: Actor): CaseEvent => ({ ...event, actor });
const code = (c: Case, event: CaseEvent, spec = dibao) => {
  const result = applyEvent(c, event, { spec });
  return result.ok ? 'ok' : result.error.code;
};
/** 低保 accepted by w-01 and taken to its decision stage. */
const atDecision = () =>
  drive(
    submittedDibao('2026-03-02'),
    [
      ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'),
      ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
      ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
      ev('COMPLETE_STAGE', 'reviewer', '2026-03-12'),
    ],
    ctx,
  );

describe('受审分离: the clerk who accepted does not decide', () => {
  it('refuses a decision by the accepting clerk’s id, whatever role they send it in', () => {
    const decide = ev('DECIDE', 'approver', '2026-03-13', { approved: true });
    expect(code(atDecision(), as(decide, { id: actors.window.id, role: 'approver' }))).toBe(
      'role/separation',
    );
    expect(code(atDecision(), decide)).toBe('ok');
  });

  it('is off where the item says so, and by default for instant items (即办件当场办结)', () => {
    const open = openCase(residence, { id: 'R', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant });
    const accepted = drive(
      open,
      [
        ev('SUBMIT', 'applicant', '2026-03-02T09:05:00+08:00', {
          formData: { name: '张三' },
          materials: ['idCard'],
        }),
        ev('ACCEPT', 'window', '2026-03-02T09:10:00+08:00'),
      ],
      { spec: residence },
    );
    expect(
      code(accepted, ev('DECIDE', 'window', '2026-03-02T09:20:00+08:00', { approved: true }), residence),
    ).toBe('ok');
    const relaxed = { ...dibao, flow: { ...dibao.flow, separateAcceptance: false } };
    const c = drive(
      submittedDibao('2026-03-02', undefined, relaxed),
      [
        ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-12'),
      ],
      { spec: relaxed },
    );
    const decide = ev('DECIDE', 'approver', '2026-03-13', { approved: true });
    expect(code(c, as(decide, { id: actors.window.id, role: 'approver' }), relaxed)).toBe('ok');
  });
});

describe('an applicant or agent of a case never acts on it as staff', () => {
  it('refuses the applicant’s own id in a staff role', () => {
    const accept = as(ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'), {
      id: actors.applicant.id,
      role: 'window',
    });
    expect(code(submittedDibao(), accept)).toBe('role/party-as-staff');
    const decide = as(ev('DECIDE', 'approver', '2026-03-13', { approved: true }), {
      id: actors.applicant.id,
      role: 'approver',
    });
    expect(code(atDecision(), decide)).toBe('role/party-as-staff');
  });
});

describe('帮办代办: only the agent recorded on the case acts for its applicant', () => {
  const viaAgent = () =>
    drive(
      openCase(dibao, { id: 'D', at: '2026-03-02T09:00:00+08:00', actor: actors.agent }),
      [
        ev('SUBMIT', 'agent', '2026-03-02', {
          formData: dibaoForm,
          materials: allDibaoMaterials,
          onBehalfOf: actors.applicant.id,
        }),
      ],
      ctx,
    );
  it('another agent may not withdraw or rate the case', () => {
    const other: Actor = { id: 'agent-wang', role: 'agent', org: '三里村代办点' };
    expect(code(viaAgent(), as(ev('WITHDRAW', 'agent', '2026-03-03'), other))).toBe('role/not-the-agent');
    expect(code(viaAgent(), ev('WITHDRAW', 'agent', '2026-03-03'))).toBe('ok');
    // a case the applicant submitted in person has no agent
    expect(code(submittedDibao(), ev('WITHDRAW', 'agent', '2026-03-03'))).toBe('role/not-the-agent');
    expect(
      code(viaAgent(), as(ev('ACCEPT', 'window', '2026-03-03'), { id: actors.agent.id, role: 'window' })),
    ).toBe('role/party-as-staff');
  });
});
