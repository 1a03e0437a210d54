import type { Material } from '@onewindow/spec';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type Case,
  type CaseEvent,
  type EngineContext,
  EVENT_ROLES,
  EVENT_TYPES,
  loadCase,
  openCase,
  ROLES,
  replay,
} from '../src/index.js';
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

const ctx: EngineContext = { spec: dibao };

function refused(c: Case, event: CaseEvent, context: EngineContext = ctx): string {
  const before = JSON.stringify(c);
  const result = applyEvent(c, event, context);
  expect(JSON.stringify(c)).toBe(before);
  if (result.ok) throw new Error(`${event.type} was accepted`);
  expect(result.error.message).toMatch(/[\u4e00-\u9fff]/);
  return result.error.code;
}

const accepted = (c = submittedDibao()) =>
  drive(c, [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00')], ctx);

describe('roles', () => {
  it('every event is refused to roles outside its list', () => {
    const c = submittedDibao();
    for (const type of EVENT_TYPES) {
      for (const role of ROLES.filter((r) => !EVENT_ROLES[type].includes(r))) {
        const code = refused(c, ev(type, role, '2026-03-03') as CaseEvent);
        // Either the state does not take the event at all, or the role is refused.
        expect(['role/not-allowed', 'state/not-allowed', 'role/proxy-not-offered']).toContain(code);
        if (type === 'ACCEPT' || type === 'REJECT' || type === 'REQUEST_CORRECTION')
          expect(code).not.toBe('state/not-allowed');
      }
    }
  });

  it('stage events need the current stage role', () => {
    const c = accepted();
    expect(refused(c, ev('COMPLETE_STAGE', 'approver', '2026-03-03'))).toBe('role/stage');
    const atDecision = drive(
      c,
      [
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'),
      ],
      ctx,
    );
    expect(refused(atDecision, ev('DECIDE', 'reviewer', '2026-03-06', { approved: true }))).toBe(
      'role/stage',
    );
  });

  it('an agent may act only where the item offers 帮办代办', () => {
    const opened = openCase(residence, { id: 'R', at: '2026-03-02T09:00:00+08:00', actor: actors.agent });
    const submit = ev('SUBMIT', 'agent', '2026-03-02', { formData: { name: '张三' }, materials: ['idCard'] });
    expect(refused(opened, submit, { spec: residence })).toBe('role/proxy-not-offered');
    const viaAgent = openCase(dibao, { id: 'D', at: '2026-03-02T09:00:00+08:00', actor: actors.agent });
    const done = drive(
      viaAgent,
      [
        ev('SUBMIT', 'agent', '2026-03-02', {
          formData: dibaoForm,
          materials: allDibaoMaterials,
          onBehalfOf: 'u-wang',
        }),
      ],
      ctx,
    );
    expect(done.snapshot.context.applicantId).toBe('u-wang');
    const unnamed = ev('SUBMIT', 'agent', '2026-03-02', {
      formData: dibaoForm,
      materials: allDibaoMaterials,
    });
    expect(refused(viaAgent, unnamed)).toBe('role/on-behalf-of-required');
  });

  it('only the case’s own applicant may withdraw it', () => {
    const c = submittedDibao();
    const other = {
      ...ev('WITHDRAW', 'applicant', '2026-03-03'),
      actor: { id: 'u-other', role: 'applicant' as const },
    };
    expect(refused(c, other)).toBe('role/not-the-applicant');
  });
});

describe('SUBMIT needs a valid form and the materials required for that data', () => {
  const opened = () => openCase(dibao, { id: 'C', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant });
  it('refuses an invalid form with the validator’s errors', () => {
    const validateForm = (data: unknown) =>
      (data as { householdSize?: number }).householdSize
        ? []
        : [{ pointer: '/householdSize', message: '必填' }];
    const code = refused(
      opened(),
      ev('SUBMIT', 'applicant', '2026-03-02', { formData: { applicant: {} }, materials: allDibaoMaterials }),
      { spec: dibao, validateForm },
    );
    expect(code).toBe('form/invalid');
    const ok = applyEvent(
      opened(),
      ev('SUBMIT', 'applicant', '2026-03-02', { formData: dibaoForm, materials: allDibaoMaterials }),
      { spec: dibao, validateForm },
    );
    expect(ok.ok).toBe(true);
  });

  it('names the missing required materials; tolerable ones may follow; commitments replace proofs', () => {
    const result = applyEvent(
      opened(),
      ev('SUBMIT', 'applicant', '2026-03-02', { formData: dibaoForm, materials: ['application'] }),
      ctx,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('materials/missing');
      expect(result.error.details?.ids).toEqual(['idCard', 'incomeProof']);
      expect(result.error.message).toContain('居民身份证');
    }
    const withCommitment = applyEvent(
      opened(),
      ev('SUBMIT', 'applicant', '2026-03-02', {
        formData: dibaoForm,
        materials: ['application', 'idCard'],
        commitments: ['incomeProof'],
      }),
      ctx,
    );
    expect(withCommitment.ok).toBe(true);
    expect(
      refused(
        opened(),
        ev('SUBMIT', 'applicant', '2026-03-02', {
          formData: dibaoForm,
          materials: ['application', 'incomeProof'],
          commitments: ['idCard'],
        }),
      ),
    ).toBe('materials/commitment-not-allowed');
    expect(
      refused(
        opened(),
        ev('SUBMIT', 'applicant', '2026-03-02', { formData: dibaoForm, materials: ['passport'] }),
      ),
    ).toBe('materials/unknown');
  });

  it('uses the spec package’s requiredMaterials by default (conditional materials)', () => {
    const r = applyEvent(
      opened(),
      ev('SUBMIT', 'applicant', '2026-03-02', {
        formData: { ...dibaoForm, hasDisability: true },
        materials: allDibaoMaterials,
      }),
      ctx,
    );
    expect(!r.ok && r.error.details?.ids).toEqual(['disabilityCert']);
  });

  it('asks a host-supplied requiredMaterials when given', () => {
    const requiredMaterials = (spec: typeof dibao, data: unknown): Material[] =>
      spec.materials.filter(
        (m) => m.required === true || ((data as { urgent?: boolean }).urgent && m.id === 'disabilityCert'),
      );
    const context = { spec: dibao, requiredMaterials };
    const submit = (formData: object) =>
      applyEvent(
        opened(),
        ev('SUBMIT', 'applicant', '2026-03-02', { formData, materials: allDibaoMaterials }),
        context,
      );
    expect(submit(dibaoForm).ok).toBe(true);
    expect(submit({ ...dibaoForm, hasDisability: true }).ok).toBe(true);
    const r = submit({ ...dibaoForm, urgent: true });
    expect(!r.ok && r.error.details?.ids).toEqual(['disabilityCert']);
  });
});

describe('REQUEST_CORRECTION (一次性告知)', () => {
  const request = (items: unknown[], at = '2026-03-02T10:00:00+08:00') =>
    ev('REQUEST_CORRECTION', 'window', at, { items } as never);
  it('names real materials and fields, each with a reason', () => {
    const c = submittedDibao();
    expect(refused(c, request([]))).toBe('correction/empty');
    expect(refused(c, request([{ materialId: 'passport', reason: 'x' }]))).toBe('correction/unknown-target');
    expect(refused(c, request([{ field: '/applicant/phone', reason: 'x' }]))).toBe(
      'correction/unknown-target',
    );
    expect(refused(c, request([{ field: 'householdSize', reason: ' ' }]))).toBe('reason/required');
    expect(
      refused(
        c,
        request([
          { materialId: 'idCard', reason: '模糊' },
          { materialId: 'idCard', reason: '过期' },
        ]),
      ),
    ).toBe('correction/duplicate');
    const ok = drive(
      c,
      [
        request([
          { materialId: 'idCard', reason: '复印件不清晰' },
          { field: '/applicant/idNumber', reason: '与身份证不一致' },
          { field: 'householdSize', reason: '与户口簿不符' },
        ]) as CaseEvent,
      ],
      ctx,
    );
    expect(ok.snapshot.value).toBe('correcting');
    expect(ok.snapshot.context.correction?.items).toHaveLength(3);
  });

  it('refuses a second request before RESUBMIT, allows one after', () => {
    const c = drive(
      submittedDibao(),
      [request([{ materialId: 'idCard', reason: '不清晰' }]) as CaseEvent],
      ctx,
    );
    expect(refused(c, request([{ materialId: 'application', reason: '未签字' }]) as CaseEvent)).toBe(
      'correction/pending',
    );
    const again = drive(
      c,
      [
        ev('RESUBMIT', 'applicant', '2026-03-02T10:30:00+08:00', { materials: allDibaoMaterials }),
        request([{ materialId: 'application', reason: '未签字' }], '2026-03-02T11:00:00+08:00') as CaseEvent,
      ],
      ctx,
    );
    expect(again.snapshot.context.corrections).toBe(2);
  });
});

describe('reasons are required', () => {
  it('for REJECT, RETURN, DECIDE denied and SUSPEND', () => {
    expect(refused(submittedDibao(), ev('REJECT', 'window', '2026-03-03', { reason: '' }))).toBe(
      'reason/required',
    );
    const inSurvey = drive(accepted(), [ev('COMPLETE_STAGE', 'reviewer', '2026-03-03')], ctx);
    expect(refused(inSurvey, ev('RETURN', 'reviewer', '2026-03-04', {} as never))).toBe('reason/required');
    expect(refused(inSurvey, ev('SUSPEND', 'reviewer', '2026-03-04', { kind: 'survey' } as never))).toBe(
      'reason/required',
    );
    const atDecision = drive(
      inSurvey,
      [ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'), ev('COMPLETE_STAGE', 'reviewer', '2026-03-05')],
      ctx,
    );
    expect(refused(atDecision, ev('DECIDE', 'approver', '2026-03-06', { approved: false }))).toBe(
      'reason/required',
    );
    const denied = drive(
      atDecision,
      [ev('DECIDE', 'approver', '2026-03-06', { approved: false, reason: '收入超标' })],
      ctx,
    );
    expect(denied.snapshot.value).toBe('denied');
  });
});

describe('容缺受理', () => {
  const withoutRegister = () => submittedDibao('2026-03-02', ['application', 'idCard', 'incomeProof']);
  it('gives tolerated materials a deadline within the promised limit and blocks approval until supplied', () => {
    const c = accepted(withoutRegister());
    expect(c.snapshot.context.tolerated).toEqual([{ materialId: 'householdRegister', due: '2026-03-09' }]);
    const atDecision = drive(
      c,
      [
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'),
      ],
      ctx,
    );
    expect(refused(atDecision, ev('DECIDE', 'approver', '2026-03-06', { approved: true }))).toBe(
      'materials/tolerated-outstanding',
    );
    expect(refused(atDecision, ev('SUPPLY', 'applicant', '2026-03-06', { materials: ['idCard'] }))).toBe(
      'materials/not-owed',
    );
    const supplied = drive(
      atDecision,
      [
        ev('SUPPLY', 'applicant', '2026-03-06', { materials: ['householdRegister'] }),
        ev('DECIDE', 'approver', '2026-03-06', { approved: true }),
      ],
      ctx,
    );
    expect(supplied.snapshot.value).toBe('decided');
  });

  it('caps the deadline at the promised limit', () => {
    const spec = structuredClone(dibao);
    spec.timeLimit.promised = 3;
    const c = drive(
      openCase(spec, { id: 'C', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant }),
      [
        ev('SUBMIT', 'applicant', '2026-03-02', {
          formData: dibaoForm,
          materials: ['application', 'idCard', 'incomeProof'],
        }),
        ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'),
      ],
      { spec },
    );
    expect(c.snapshot.context.tolerated[0]?.due).toBe('2026-03-05');
  });

  it('terminates the case only after the deadline has passed', () => {
    const c = accepted(withoutRegister());
    expect(refused(c, ev('TERMINATE', 'system', '2026-03-09T17:00:00+08:00', { reason: '逾期未补交' }))).toBe(
      'materials/tolerance-not-due',
    );
    const t = drive(
      c,
      [ev('TERMINATE', 'system', '2026-03-10T08:00:00+08:00', { reason: '逾期未补交户口簿' })],
      ctx,
    );
    expect(t.snapshot.value).toBe('terminated');
  });
});

describe('SUSPEND / RESUME (特别程序)', () => {
  it('accepts the schema’s kinds, blocks stage work while suspended and resumes', () => {
    const c = accepted();
    expect(
      refused(c, ev('SUSPEND', 'reviewer', '2026-03-03', { kind: 'picnic', reason: 'x' } as never)),
    ).toBe('suspension/kind');
    expect(refused(c, ev('RESUME', 'reviewer', '2026-03-03'))).toBe('state/not-suspended');
    const s = drive(
      c,
      [ev('SUSPEND', 'reviewer', '2026-03-03', { kind: 'expertReview', reason: '需专家评审' })],
      ctx,
    );
    expect(refused(s, ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'))).toBe('state/suspended');
    expect(refused(s, ev('SUSPEND', 'reviewer', '2026-03-04', { kind: 'hearing', reason: 'x' }))).toBe(
      'state/suspended',
    );
    const r = drive(
      s,
      [ev('RESUME', 'reviewer', '2026-03-05'), ev('COMPLETE_STAGE', 'reviewer', '2026-03-06')],
      ctx,
    );
    expect(r.snapshot.value).toBe('accepted.survey');
  });
});

describe('WITHDRAW only before the decision', () => {
  it('works while accepted, not after DECIDE', () => {
    expect(drive(accepted(), [ev('WITHDRAW', 'applicant', '2026-03-03')], ctx).snapshot.value).toBe(
      'withdrawn',
    );
    const decided = drive(
      accepted(),
      [
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'),
        ev('DECIDE', 'approver', '2026-03-06', { approved: true }),
      ],
      ctx,
    );
    expect(refused(decided, ev('WITHDRAW', 'applicant', '2026-03-07'))).toBe('withdraw/after-decision');
  });
});

describe('EVALUATE (好差评)', () => {
  const delivered = () =>
    drive(
      accepted(),
      [
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'),
        ev('DECIDE', 'approver', '2026-03-06', { approved: true }),
        ev('ISSUE', 'window', '2026-03-06'),
        ev('DELIVER', 'window', '2026-03-09', { method: 'window' }),
      ],
      ctx,
    );
  it('scores 1–5 once; 4 and 5 need a comment and open a follow-up', () => {
    const c = delivered();
    for (const score of [0, 6, 2.5]) {
      expect(refused(c, ev('EVALUATE', 'applicant', '2026-03-10', { score } as never))).toBe(
        'evaluation/score',
      );
    }
    expect(refused(c, ev('EVALUATE', 'applicant', '2026-03-10', { score: 4 }))).toBe(
      'evaluation/comment-required',
    );
    expect(refused(c, ev('EVALUATE', 'applicant', '2026-03-10', { score: 5, comment: ' ' }))).toBe(
      'evaluation/comment-required',
    );
    const good = drive(c, [ev('EVALUATE', 'applicant', '2026-03-10', { score: 1 })], ctx);
    expect(good.snapshot.context.evaluation?.followUp).toBeNull();
    expect(refused(good, ev('EVALUATE', 'applicant', '2026-03-11', { score: 2 }))).toBe('evaluation/done');
    const bad = drive(c, [ev('EVALUATE', 'applicant', '2026-03-10', { score: 4, comment: '等候太久' })], {
      spec: dibao,
      evaluationFollowUpDays: 3,
    });
    expect(bad.snapshot.context.evaluation?.followUp).toEqual({ due: '2026-03-13', closedAt: null, days: 3 });
    const closed = drive(
      bad,
      [ev('CLOSE_FOLLOW_UP', 'window', '2026-03-12', { note: '已电话回访并整改' })],
      ctx,
    );
    expect(closed.snapshot.context.evaluation?.followUp?.closedAt).toBe('2026-03-12T10:00:00+08:00');
    expect(refused(closed, ev('CLOSE_FOLLOW_UP', 'window', '2026-03-12', { note: 'x' }))).toBe(
      'follow-up/none',
    );
  });

  it('a delivery method must be offered by the item', () => {
    const c = dropLast(delivered());
    expect(c.snapshot.value).toBe('issued');
    expect(refused(c, ev('DELIVER', 'window', '2026-03-09', { method: 'electronic' }))).toBe(
      'deliver/method',
    );
    expect(
      drive(c, [ev('DELIVER', 'system', '2026-03-09', { method: 'post' })], ctx).snapshot.context.delivery,
    ).toBe('post');
  });
  const dropLast = (c: Case): Case => {
    const r = replay(dibao, c.events.slice(0, -1));
    if (!r.ok) throw new Error(r.error.code);
    return r.case;
  };
});

describe('events and cases', () => {
  it('refuses malformed or out-of-order events', () => {
    const c = submittedDibao();
    expect(refused(c, { type: 'FLY', actor: actors.window, at: '2026-03-03T10:00:00+08:00' } as never)).toBe(
      'event/unknown-type',
    );
    expect(refused(c, { type: 'ACCEPT', actor: actors.window, at: '2026-03-03' } as never)).toBe(
      'event/invalid',
    );
    expect(refused(c, { type: 'ACCEPT', at: '2026-03-03T10:00:00+08:00' } as never)).toBe('event/invalid');
    expect(refused(c, ev('ACCEPT', 'window', '2026-03-01'))).toBe('event/time-order');
  });

  it('copies the event: changing it afterwards does not change the case', () => {
    const formData = structuredClone(dibaoForm);
    const opened = openCase(dibao, { id: 'C', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant });
    const c = drive(
      opened,
      [ev('SUBMIT', 'applicant', '2026-03-02', { formData, materials: allDibaoMaterials })],
      ctx,
    );
    formData.householdSize = 99;
    expect(c.snapshot.context.formData).toEqual(dibaoForm);
    expect((c.events[1] as { formData?: unknown }).formData).toEqual(dibaoForm);
  });

  it('keeps a case pinned to its spec revision unless a migration is registered', () => {
    const c = submittedDibao();
    const next = { ...dibao, revision: '2026-07' };
    expect(refused(c, ev('ACCEPT', 'window', '2026-03-03'), { spec: next })).toBe('case/revision-mismatch');
    expect(refused(c, ev('ACCEPT', 'window', '2026-03-03'), { spec: homestead })).toBe('case/spec-mismatch');
    const migrations = [{ specId: 'dibao-apply', from: '2026-01', to: '2026-07', migrate: (x: Case) => x }];
    const moved = applyEvent(c, ev('ACCEPT', 'window', '2026-03-03'), { spec: next, migrations });
    expect(moved.ok && [moved.case.specRevision, moved.case.migratedFrom]).toEqual(['2026-07', ['2026-01']]);
    expect(loadCase(c, next).ok).toBe(false);
  });
});
