import { describe, expect, it } from 'vitest';
import { allowedEvents, applyEvent, caseClock, specialProcedureNotice } from '../src/index.js';
import { allDibaoMaterials, dibao, drive, ev, homestead, submittedDibao } from './helpers.js';

const ctx = { spec: dibao };
const accepted = () =>
  drive(submittedDibao('2026-03-02'), [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00')], ctx);

describe('特别程序 are declared per item (行政许可法 第四十五条)', () => {
  it('a SUSPEND may only name a declared kind; an item with none offers no SUSPEND', () => {
    const refused = applyEvent(
      accepted(),
      ev('SUSPEND', 'reviewer', '2026-03-03', { kind: 'testing', reason: '检测' }),
      ctx,
    );
    expect(refused.ok || refused.error.code).toBe('suspension/not-declared');
    expect(refused.ok || refused.error.message).toContain('survey');
    const none = { ...dibao, flow: { ...dibao.flow, specialProcedures: [] } };
    const plain = drive(
      submittedDibao('2026-03-02', allDibaoMaterials, none),
      [ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00')],
      { spec: none },
    );
    expect(allowedEvents(plain, 'reviewer', { spec: none })).not.toContain('SUSPEND');
    expect(allowedEvents(accepted(), 'reviewer', { spec: dibao })).toContain('SUSPEND');
  });

  it('the clock shows the running procedure against its declared maximum, in its own unit', () => {
    // 听证 declared with at most 20 natural days
    const c = drive(
      accepted(),
      [ev('SUSPEND', 'reviewer', '2026-03-03', { kind: 'hearing', reason: '组织听证' })],
      ctx,
    );
    expect(caseClock(c, dibao, '2026-03-20T10:00:00+08:00').specialProcedure).toMatchObject({
      kind: 'hearing',
      since: '2026-03-03',
      maximum: 20,
      unit: 'naturalDays',
      used: 17,
      due: '2026-03-23',
      overrun: 0,
    });
    expect(caseClock(c, dibao, '2026-03-26T10:00:00+08:00').specialProcedure?.overrun).toBe(3);
    const resumed = drive(c, [ev('RESUME', 'reviewer', '2026-03-10')], ctx);
    expect(caseClock(resumed, dibao, '2026-03-20T10:00:00+08:00').specialProcedure).toBeNull();
  });

  it('a procedure declared counted: true does not stop the clock', () => {
    const counted = {
      ...dibao,
      flow: {
        ...dibao.flow,
        specialProcedures: [{ kind: 'survey' as const, name: '入户调查', counted: true }],
      },
    };
    const suspended = (spec: typeof dibao) =>
      drive(
        submittedDibao('2026-03-02', allDibaoMaterials, spec),
        [
          ev('ACCEPT', 'window', '2026-03-02T11:00:00+08:00'),
          ev('SUSPEND', 'reviewer', '2026-03-03', { kind: 'survey', reason: '入户调查' }),
        ],
        { spec },
      );
    expect(caseClock(suspended(counted), counted, '2026-03-10T10:00:00+08:00')).toMatchObject({
      paused: 0,
      used: 6,
    });
    expect(caseClock(suspended(dibao), dibao, '2026-03-10T10:00:00+08:00')).toMatchObject({
      paused: 5,
      used: 1,
    });
  });

  it('the 特别程序告知书 names the procedure, the reason, its maximum and expected end', () => {
    const c = drive(
      accepted(),
      [ev('SUSPEND', 'reviewer', '2026-03-03', { kind: 'hearing', reason: '组织听证' })],
      ctx,
    );
    expect(specialProcedureNotice(c, dibao)).toMatchObject({
      kind: 'specialProcedure',
      procedure: 'hearing',
      name: '听证',
      reason: '组织听证',
      startedOn: '2026-03-03',
      maximum: 20,
      expectedEnd: '2026-03-23',
      counted: false,
      basis: '《中华人民共和国行政许可法》第四十七条',
    });
    expect(specialProcedureNotice(accepted(), dibao)).toBeNull();
    expect(homestead.flow.specialProcedures?.length).toBeGreaterThan(0);
  });
});
