// Due dates in a year the calendar has no data for yet (next year's 调休 arrangement is published in
// November or December): the window can still accept, the applicant can still rate, nothing is guessed,
// and the dates appear once the host's calendar has the year.
import { describe, expect, it } from 'vitest';
import {
  acceptanceNotice,
  caseClock,
  caseStatistics,
  chineseHolidayCalendar,
  dueEvents,
  followUpDueDate,
  toleranceNotice,
  toleratedDueDates,
} from '../src/index.js';
import { dibao, drive, ev, submittedDibao } from './helpers.js';

const nationalData = chineseHolidayCalendar();
const nextYear = Math.max(...nationalData.years) + 1;
// A host's calendar with next year added (test data: only New Year's Day as a holiday).
const withNextYear = chineseHolidayCalendar({ years: [nextYear], holidays: [`${nextYear}-01-01`] });
const lastDay = `${nextYear - 1}-12-28`; // a Monday in 2026

/** Accepted on 12-28 without the 户口簿 (容缺, 5 working days): due in a year without data. */
const acceptedLate = () =>
  drive(
    submittedDibao(lastDay, ['application', 'idCard', 'incomeProof']),
    [ev('ACCEPT', 'window', `${lastDay}T11:00:00+08:00`)],
    { spec: dibao },
  );

describe('due dates past the calendar’s last year', () => {
  it('ACCEPT is not refused: the 容缺 due date is recorded as unknown, not guessed', () => {
    const c = acceptedLate();
    expect(c.snapshot.value).toMatch(/^accepted/);
    expect(c.snapshot.context.tolerated).toEqual([{ materialId: 'householdRegister', due: null }]);
    const clock = caseClock(c, dibao, `${lastDay}T15:00:00+08:00`);
    expect(clock.deadline).toBeNull();
    expect(clock.tolerated).toEqual([{ materialId: 'householdRegister', due: null, overdue: false }]);
    expect(clock.calendarError).toMatchObject({
      code: 'calendar/no-data',
      message: expect.stringContaining(`${nextYear} 年`),
    });
    expect(acceptanceNotice(c, dibao)).toMatchObject({
      deadline: null,
      calendarError: { code: 'calendar/no-data' },
    });
    // No termination while the due date is unknown.
    expect(dueEvents([c], `${lastDay}T18:00:00+08:00`, { specs: [dibao] })).toEqual([]);
  });

  it('once the calendar has the year, the due date and the deadline are computed from the log', () => {
    const c = acceptedLate();
    // 12-29, 12-30, 12-31, (1-01 holiday, weekend), 1-04, 1-05.
    expect(toleratedDueDates(c, dibao, withNextYear)).toEqual([
      { materialId: 'householdRegister', due: `${nextYear}-01-05` },
    ]);
    const clock = caseClock(c, dibao, `${lastDay}T15:00:00+08:00`, withNextYear);
    expect(clock.calendarError).toBeUndefined();
    expect(clock.deadline).toMatch(new RegExp(`^${nextYear}-`));
    expect(toleranceNotice(c, dibao, 'zh-CN', withNextYear)?.materials[0]?.due).toBe(`${nextYear}-01-05`);
    const options = { specs: [dibao], calendar: withNextYear };
    expect(dueEvents([c], `${nextYear}-01-05T17:00:00+08:00`, options)).toEqual([]);
    expect(dueEvents([c], `${nextYear}-01-06T09:00:00+08:00`, options).map((d) => d.reason)).toEqual([
      'toleranceExpired',
    ]);
  });

  it('a bad rating near the year end opens a follow-up whose deadline follows once the year is known', () => {
    const rated = drive(
      submittedDibao('2026-12-01'),
      [
        ev('ACCEPT', 'window', '2026-12-01T11:00:00+08:00'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-12-02'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-12-03'),
        ev('COMPLETE_STAGE', 'reviewer', '2026-12-04'),
        ev('DECIDE', 'approver', '2026-12-07', { approved: true }),
        ev('ISSUE', 'window', '2026-12-07'),
        ev('DELIVER', 'window', '2026-12-08', { method: 'window' }),
        ev('EVALUATE', 'applicant', `${lastDay}T10:00:00+08:00`, { score: 4, comment: '等候时间过长' }),
      ],
      { spec: dibao, evaluationFollowUpDays: 5 },
    );
    expect(rated.snapshot.context.evaluation?.followUp).toEqual({ due: null, closedAt: null, days: 5 });
    expect(followUpDueDate(rated, nationalData)).toBeNull();
    // 12-29, 12-30, 12-31, (1-01 holiday, weekend), 1-04, 1-05.
    expect(followUpDueDate(rated, withNextYear)).toBe(`${nextYear}-01-05`);
    expect(
      dueEvents([rated], `${nextYear}-01-05T18:00:00+08:00`, { specs: [dibao], calendar: withNextYear }),
    ).toEqual([]);
    const after = `${nextYear}-01-06T09:00:00+08:00`;
    expect(dueEvents([rated], after, { specs: [dibao], calendar: withNextYear })[0]).toMatchObject({
      reason: 'followUpOverdue',
      event: { notice: 'followUpOverdue', deadline: `${nextYear}-01-05` },
    });
    expect(caseStatistics([rated], [dibao], after, { calendar: withNextYear }).followUps).toEqual({
      open: 1,
      overdue: 1,
    });
  });
});
