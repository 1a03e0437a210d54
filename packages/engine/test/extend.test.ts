import type { ServiceItemSpec } from '@onewindow/spec';
import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, caseClock, replay } from '../src/index.js';
import { dibao, drive, ev, submittedDibao } from './helpers.js';

// 低保 with 延长审批 allowed once, up to 10 working days (行政许可法 第四十二条)
const spec: ServiceItemSpec = {
  ...dibao,
  timeLimit: { ...dibao.timeLimit, extension: { days: 10, approval: '本机关负责人' } },
};
const ctx = { spec };
const accepted = () =>
  drive(
    submittedDibao('2026-03-02', undefined, spec),
    [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00')],
    ctx,
  );
const extend = (at: string, days = 10) =>
  ev('EXTEND', 'approver', at, { days, reason: '需补充入户调查', approvedBy: '王局长' });

describe('延长审批 is EXTEND, not a suspension (行政许可法 第四十二条)', () => {
  it('adds its days to the limit while the clock and the work go on', () => {
    const before = caseClock(accepted(), spec, '2026-03-20T10:00:00+08:00');
    expect(before.deadline).toBe('2026-03-26');
    const c = drive(accepted(), [extend('2026-03-20')], ctx);
    const clock = caseClock(c, spec, '2026-03-23T10:00:00+08:00');
    expect(clock).toMatchObject({ limit: 28, extendedDays: 10, deadline: '2026-04-10', pausedNow: null });
    expect(clock.used).toBe(15); // the clock kept running: nothing was paused
    expect(clock.legalDeadline).toBe(caseClock(c, spec, '2026-03-23T10:00:00+08:00').legalDeadline);
    expect(clock.legalLimit).toBe(40);
    // work goes on: the reviewer can finish the stage, nothing waits for a RESUME
    expect(allowedEvents(c, 'reviewer', { spec })).toContain('COMPLETE_STAGE');
    expect(allowedEvents(c, 'reviewer', { spec })).not.toContain('RESUME');
  });

  it('a case extended eight weeks ago turns red once the extended deadline passes', () => {
    const c = drive(accepted(), [extend('2026-03-20')], ctx);
    expect(caseClock(c, spec, '2026-05-15T10:00:00+08:00')).toMatchObject({ light: 'red' });
  });

  it('is bounded: declared by the item, at most its days, once, before the deadline, with reason and approver', () => {
    const refused = (caseData = accepted(), event = extend('2026-03-20'), s = spec) => {
      const result = applyEvent(caseData, event, { spec: s });
      return result.ok ? 'ok' : result.error.code;
    };
    expect(refused(accepted(), extend('2026-03-20'), spec)).toBe('ok');
    const noRule = { ...dibao };
    const plain = drive(submittedDibao('2026-03-02'), [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00')], {
      spec: noRule,
    });
    expect(refused(plain, extend('2026-03-20'), noRule)).toBe('state/not-allowed');
    expect(refused(accepted(), extend('2026-03-20', 11))).toBe('extension/days');
    expect(refused(accepted(), extend('2026-03-20', 0))).toBe('extension/days');
    expect(
      refused(accepted(), ev('EXTEND', 'approver', '2026-03-20', { days: 5, reason: ' ', approvedBy: '王' })),
    ).toBe('reason/required');
    expect(
      refused(accepted(), ev('EXTEND', 'approver', '2026-03-20', { days: 5, reason: '因', approvedBy: '' })),
    ).toBe('event/invalid');
    expect(
      refused(
        accepted(),
        ev('EXTEND', 'reviewer', '2026-03-20', { days: 5, reason: '因', approvedBy: '王' }),
      ),
    ).toBe('role/not-allowed');
    expect(refused(accepted(), extend('2026-03-27'))).toBe('extension/too-late');
    const once = drive(accepted(), [extend('2026-03-20', 5)], ctx);
    expect(refused(once, extend('2026-03-24', 5))).toBe('extension/limit');
    const twice = { ...spec, timeLimit: { ...spec.timeLimit, extension: { days: 10, times: 2 } } };
    const first = drive(
      submittedDibao('2026-03-02', undefined, twice),
      [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'), extend('2026-03-20', 5)],
      { spec: twice },
    );
    expect(refused(first, extend('2026-03-24', 5), twice)).toBe('ok');
  });

  it('replays to the same case', () => {
    const c = drive(accepted(), [extend('2026-03-20')], ctx);
    const again = replay(spec, c.events);
    expect(again.ok && again.case).toEqual(c);
  });
});
