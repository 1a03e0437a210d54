import { describe, expect, it } from 'vitest';
import {
  caseClock,
  chineseHolidayCalendar,
  createWorkCalendar,
  EngineFailure,
  openCase,
} from '../src/index.js';
import { actors, dibao, drive, ev, homestead, residence, submittedDibao } from './helpers.js';

const ctx = { spec: dibao };
const acceptedOn = (day: string) =>
  drive(submittedDibao(day), [ev('ACCEPT', 'window', `${day}T11:00:00+08:00`)], ctx);

describe('caseClock deadlines around the 2026 holidays (promised limit 18 working days)', () => {
  it('春节: accepted the Friday before the make-up Saturday 2-14', () => {
    const clock = caseClock(acceptedOn('2026-02-13'), dibao, '2026-02-13T16:00:00+08:00');
    expect(clock.acceptedOn).toBe('2026-02-13');
    expect(clock.used).toBe(0); // the acceptance day itself does not count
    expect(clock.deadline).toBe('2026-03-17');
    // 2-14 (make-up Saturday) counts; the festival does not
    expect(caseClock(acceptedOn('2026-02-13'), dibao, '2026-02-23T12:00:00+08:00').used).toBe(1);
    expect(caseClock(acceptedOn('2026-02-13'), dibao, '2026-02-28T12:00:00+08:00').used).toBe(6);
  });

  it('劳动节: accepted the day before the holiday', () => {
    const c = acceptedOn('2026-04-30');
    expect(caseClock(c, dibao, '2026-05-05T12:00:00+08:00').used).toBe(0);
    expect(caseClock(c, dibao, '2026-05-09T12:00:00+08:00').used).toBe(4); // Saturday 5-09 is a working day
    expect(caseClock(c, dibao, '2026-05-06T12:00:00+08:00').deadline).toBe('2026-05-28');
  });

  it('国庆: accepted 9-30, the make-up Saturday 10-10 counts', () => {
    const c = acceptedOn('2026-09-30');
    expect(caseClock(c, dibao, '2026-10-10T12:00:00+08:00').used).toBe(3);
    expect(caseClock(c, dibao, '2026-10-10T12:00:00+08:00').deadline).toBe('2026-10-30');
  });

  it('a suspension across 劳动节 pauses the clock and moves the deadline', () => {
    const c = drive(
      acceptedOn('2026-04-27'),
      [
        ev('SUSPEND', 'reviewer', '2026-04-29', { kind: 'expertReview', reason: '组织专家评审' }),
        ev('RESUME', 'reviewer', '2026-05-07'),
      ],
      ctx,
    );
    const clock = caseClock(c, dibao, '2026-05-08T12:00:00+08:00');
    expect(clock.paused).toBe(3); // 4-30, 5-06, 5-07
    expect(clock.used).toBe(3); // 4-28, 4-29, 5-08
    expect(clock.deadline).toBe('2026-05-28');
    expect(clock.pausedNow).toBeNull();
    const during = caseClock(
      drive(acceptedOn('2026-04-27'), [c.events.at(-2) as never], ctx),
      dibao,
      '2026-05-06T12:00:00+08:00',
    );
    expect(during.pausedNow).toBe('suspended');
    expect(during.used).toBe(2);
  });

  it('a stage with counted: false (公示) does not count; per-stage use and overruns', () => {
    const c = drive(
      acceptedOn('2026-03-02'),
      [
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-06'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-13'),
      ],
      ctx,
    );
    const clock = caseClock(c, dibao, '2026-03-16T12:00:00+08:00');
    expect(clock.paused).toBe(5);
    expect(clock.used).toBe(5);
    expect(clock.deadline).toBe('2026-04-02');
    expect(clock.steps.map((s) => [s.id, s.used, s.overrun])).toEqual([
      ['review', 2, 0],
      ['survey', 2, 0],
      ['notice', 5, 0],
      ['decide', 1, 0],
    ]);
    const late = drive(acceptedOn('2026-03-02'), [ev('COMPLETE_STAGE', 'reviewer', '2026-03-12')], ctx);
    expect(caseClock(late, dibao, '2026-03-12T18:00:00+08:00').steps[0]).toMatchObject({
      used: 8,
      overrun: 3,
    });
  });

  it('lights: green, yellow within the threshold, red when overdue; stops at the decision', () => {
    const c = acceptedOn('2026-03-02');
    expect(caseClock(c, dibao, '2026-03-23T12:00:00+08:00').light).toBe('green');
    expect(caseClock(c, dibao, '2026-03-24T12:00:00+08:00')).toMatchObject({ light: 'yellow', left: 2 });
    expect(caseClock(c, dibao, '2026-03-23T12:00:00+08:00', undefined, { yellowThreshold: 3 }).light).toBe(
      'yellow',
    );
    expect(caseClock(c, dibao, '2026-03-27T12:00:00+08:00')).toMatchObject({ light: 'red', overdueDays: 1 });
    const decided = drive(
      c,
      [
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'),
        ev('DECIDE', 'approver', '2026-03-06', { approved: true }),
      ],
      ctx,
    );
    const after = caseClock(decided, dibao, '2026-12-31T12:00:00+08:00');
    expect(after).toMatchObject({
      concluded: true,
      concludedOn: '2026-03-06',
      onTime: true,
      early: true,
      light: 'green',
    });
  });

  it('instant items: the same day is on time, the next working day is overdue', () => {
    const open = () =>
      openCase(residence, { id: 'R', at: '2026-03-06T09:00:00+08:00', actor: actors.applicant });
    const base = [
      ev('SUBMIT', 'applicant', '2026-03-06T09:05:00+08:00', {
        formData: { name: '张三' },
        materials: ['idCard'],
      }),
      ev('ACCEPT', 'window', '2026-03-06T09:10:00+08:00'),
    ];
    const same = drive(
      open(),
      [...base, ev('DECIDE', 'window', '2026-03-06T09:30:00+08:00', { approved: true })],
      {
        spec: residence,
      },
    );
    expect(caseClock(same, residence, '2026-03-06T10:00:00+08:00')).toMatchObject({ onTime: true, used: 0 });
    const monday = drive(
      open(),
      [...base, ev('DECIDE', 'window', '2026-03-09T09:30:00+08:00', { approved: true })],
      {
        spec: residence,
      },
    );
    expect(caseClock(monday, residence, '2026-03-09T10:00:00+08:00')).toMatchObject({
      onTime: false,
      light: 'red',
    });
  });

  it('has not started before 受理', () => {
    expect(caseClock(submittedDibao(), dibao, '2026-03-05T10:00:00+08:00')).toMatchObject({
      started: false,
      light: null,
    });
  });

  it('a deadline beyond the calendar’s data is null with the error; figures about the past throw', () => {
    const only2026 = createWorkCalendar({ holidays: [], years: [2026] });
    const clock = caseClock(acceptedOn('2026-12-21'), dibao, '2026-12-22T10:00:00+08:00', only2026);
    expect(clock.used).toBe(1);
    expect(clock.deadline).toBeNull();
    expect(clock.calendarError?.code).toBe('calendar/no-data');
    expect(clock.calendarError?.message).toContain('2027');
    expect(() => caseClock(acceptedOn('2026-12-21'), dibao, '2027-01-05T10:00:00+08:00', only2026)).toThrow(
      EngineFailure,
    );
    expect(chineseHolidayCalendar().years).not.toContain(2003);
  });

  it('escalated items: 初审 steps and the superior’s days, with overruns', () => {
    const c = drive(
      openCase(homestead, { id: 'H', at: '2026-03-02T09:00:00+08:00', actor: actors.applicant }),
      [
        ev('SUBMIT', 'applicant', '2026-03-02T09:10:00+08:00', {
          formData: { name: '李四', area: 120 },
          materials: ['application', 'villageOpinion'],
        }),
        ev('ACCEPT', 'window', '2026-03-02T09:20:00+08:00'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'), // 实地踏勘: 3 of 3 days
        ev('ESCALATE', 'reviewer', '2026-03-06'), // 初审: 1 of 2 days
        ev('DECIDE', 'superior', '2026-03-23', { approved: true }), // 上级: 11 of 10 days
      ],
      { spec: homestead },
    );
    const clock = caseClock(c, homestead, '2026-03-24T09:00:00+08:00');
    expect(clock.steps.map((s) => [s.id, s.used, s.overrun])).toEqual([
      ['siteCheck', 3, 0],
      ['preliminary', 1, 0],
      ['superior', 11, 1],
    ]);
    expect(clock).toMatchObject({
      used: 15,
      limit: 15,
      onTime: true,
      early: false,
      concludedOn: '2026-03-23',
    });
  });
});
