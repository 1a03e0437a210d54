import { describe, expect, it } from 'vitest';
import { applyEvent, type Case, type CaseEvent, caseClock, openCase } from '../src/index.js';
import { actors, allDibaoMaterials, dibao, dibaoForm, drive, ev, submittedDibao } from './helpers.js';

const ctx = { spec: dibao };
const system = (type: 'DEEM_ACCEPT' | 'LAPSE', at: string, data: Record<string, unknown> = {}): CaseEvent =>
  ({ type, actor: actors.system, at: `${at}T02:00:00+08:00`, ...data }) as CaseEvent;
const code = (c: Case, event: CaseEvent) => {
  const result = applyEvent(c, event, ctx);
  return result.ok ? result.case.snapshot.value : result.error.code;
};
/** 低保 applied for online on 2026-09-28 (a Monday before 国庆). */
const online = () =>
  drive(
    openCase(dibao, { id: 'O-1', at: '2026-09-28T08:00:00+08:00', actor: actors.applicant }),
    [
      ev('SUBMIT', 'applicant', '2026-09-28T09:00:00+08:00', {
        formData: dibaoForm,
        materials: allDibaoMaterials,
        channel: 'online',
      }),
    ],
    ctx,
  );

describe('受理 has its own limit (行政许可法 第三十二条)', () => {
  it('an online application not handled within 5 working days counts as accepted from receipt', () => {
    const c = online();
    // 5 working days after 09-28: 09-29, 09-30, (国庆 10-01..10-07), 10-08, 10-09, 10-10 (make-up Saturday)
    expect(caseClock(c, dibao, '2026-10-09T10:00:00+08:00').pending).toMatchObject({
      kind: 'acceptance',
      due: '2026-10-10',
      overdue: false,
    });
    const receivedAt = '2026-09-28T09:00:00+08:00';
    expect(code(c, system('DEEM_ACCEPT', '2026-10-10', { receivedAt }))).toBe('acceptance/not-due');
    expect(code(c, system('DEEM_ACCEPT', '2026-10-13', { receivedAt: '2026-09-29T09:00:00+08:00' }))).toBe(
      'event/invalid',
    );
    expect(code(c, system('DEEM_ACCEPT', '2026-10-13', { receivedAt }))).toBe('accepted.review');
    const deemed = drive(c, [system('DEEM_ACCEPT', '2026-10-13', { receivedAt })], ctx);
    const clock = caseClock(deemed, dibao, '2026-10-13T10:00:00+08:00');
    expect(clock.acceptedOn).toBe('2026-09-28'); // 自收到申请材料之日起即为受理
    expect(clock.used).toBe(7); // 09-29, 09-30, 10-08, 10-09, 10-10, 10-12, 10-13
    expect(clock.pending).toBeNull();
  });

  it('a window application has no such limit; only the system may deem', () => {
    const c = submittedDibao('2026-03-02');
    expect(caseClock(c, dibao, '2026-03-20T10:00:00+08:00').pending).toBeNull();
    expect(code(c, system('DEEM_ACCEPT', '2026-03-20', { receivedAt: '2026-03-02T09:30:00+08:00' }))).toBe(
      'acceptance/not-deemable',
    );
    const byClerk = {
      ...system('DEEM_ACCEPT', '2026-10-13', { receivedAt: '2026-09-28T09:00:00+08:00' }),
      actor: actors.window,
    };
    expect(code(online(), byClerk)).toBe('role/not-allowed');
  });
});

describe('补正 has a deadline; after it the application counts as withdrawn', () => {
  const correcting = () =>
    drive(
      submittedDibao('2026-03-02'),
      [
        ev('REQUEST_CORRECTION', 'window', '2026-03-03', {
          items: [{ materialId: 'idCard', reason: '复印件不清晰' }],
        }),
      ],
      ctx,
    );
  it('default 30 natural days; a period ending on a day off ends on the next working day', () => {
    // 03-03 + 30 days = 04-02 (a Thursday)
    expect(caseClock(correcting(), dibao, '2026-03-20T10:00:00+08:00').pending).toMatchObject({
      kind: 'correction',
      since: '2026-03-03',
      due: '2026-04-02',
    });
    const short = {
      ...dibao,
      timeLimit: { ...dibao.timeLimit, correction: { days: 4, unit: 'naturalDays' as const } },
    };
    const c = drive(
      submittedDibao('2026-03-02', allDibaoMaterials, short),
      [
        ev('REQUEST_CORRECTION', 'window', '2026-03-03', {
          items: [{ materialId: 'idCard', reason: '复印件不清晰' }],
        }),
      ],
      { spec: short },
    );
    // 03-07 is a Saturday: the period ends Monday 03-09 (民法典 第二百零三条)
    expect(caseClock(c, short, '2026-03-05T10:00:00+08:00').pending?.due).toBe('2026-03-09');
  });

  it('LAPSE ends the case as withdrawn only after the period', () => {
    expect(code(correcting(), system('LAPSE', '2026-04-02'))).toBe('correction/not-due');
    expect(code(correcting(), system('LAPSE', '2026-04-03'))).toBe('withdrawn');
    expect(caseClock(correcting(), dibao, '2026-04-03T10:00:00+08:00').pending?.overdue).toBe(true);
  });
});
