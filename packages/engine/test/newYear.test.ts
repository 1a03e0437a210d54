// New Year with a calendar that has no data for the new year yet (issue 8 point 11, issue 12 point 10):
// the scheduler and the statistics go on for every case they can date and name the ones they cannot.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  type Case,
  calendarWarnings,
  caseStatistics,
  chineseHolidayCalendar,
  createWorkCalendar,
  dueEvents,
  dueEventsReport,
  EngineFailure,
  followUpDueDate,
  holidayYearFromJson,
  openCase,
} from '../src/index.js';
import { actors, allDibaoMaterials, dibao, dibaoForm, drive, ev } from './helpers.js';

const national = chineseHolidayCalendar(); // 2004–2026
const year2027 = holidayYearFromJson(
  readFileSync(new URL('./fixtures/holiday-year-2027.test-data.json', import.meta.url), 'utf8'),
);
if (!year2027.ok) throw new Error(JSON.stringify(year2027.errors));
const withNextYear = chineseHolidayCalendar({ extraYears: [year2027.year] });

const withoutHouseholdRegister = ['application', 'idCard', 'incomeProof'];
/** A 低保 case `id` accepted on `day` (18 working days; 户口簿 tolerated for 5 when left out). */
const accepted = (id: string, day: string, materials = allDibaoMaterials): Case =>
  drive(
    openCase(dibao, { id, at: `${day}T09:00:00+08:00`, actor: actors.applicant }),
    [
      ev('SUBMIT', 'applicant', `${day}T09:30:00+08:00`, { formData: dibaoForm, materials }),
      ev('ACCEPT', 'window', `${day}T11:00:00+08:00`),
    ],
    { spec: dibao },
  );

/** The batch a county's scheduler holds on the first working days of 2027. */
function batch(): Case[] {
  const decided = drive(
    accepted('decided', '2026-12-01'),
    [
      ev('COMPLETE_STAGE', 'reviewer', '2026-12-02'),
      ev('COMPLETE_STAGE', 'reviewer', '2026-12-03'),
      ev('COMPLETE_STAGE', 'reviewer', '2026-12-04'),
      ev('DECIDE', 'approver', '2026-12-07', { approved: true }),
    ],
    { spec: dibao },
  );
  return [
    decided,
    accepted('due-12-31', '2026-12-07'), // 18 working days: deadline 2026-12-31, still open
    accepted('due-in-2027', '2026-12-21'), // deadline in 2027
    accepted('tolerance-expired', '2026-11-02', withoutHouseholdRegister), // 户口簿 due 2026-11-09
    accepted('tolerance-unknown', '2026-12-28', withoutHouseholdRegister), // 户口簿 due in 2027
  ];
}

const now = '2027-01-04T09:00:00+08:00';

describe('New Year without next year’s holiday data', () => {
  it('dueEvents still sends what it can date (it threw calendar/no-data for the whole batch)', () => {
    const due = dueEvents(batch(), now, { specs: [dibao] });
    expect(due.map((d) => [d.caseId, d.reason])).toEqual([['tolerance-expired', 'toleranceExpired']]);
    expect(due[0]!.event).toMatchObject({ type: 'TERMINATE', reason: expect.stringContaining('户口簿') });
  });

  it('dueEventsReport names the cases it cannot date, with the error, and warns of the missing year', () => {
    const cases = batch();
    const report = dueEventsReport(cases, now, { specs: [dibao] });
    // due-12-31 too: it is overdue from the first working day after 12-31, and without 2027's schedule
    // nobody knows which day that is (1-04 in the end) — nothing is guessed
    expect(report.undated.map((u) => u.caseId)).toEqual(['due-12-31', 'due-in-2027', 'tolerance-unknown']);
    for (const u of report.undated) {
      expect(u.error).toMatchObject({ code: 'calendar/no-data', message: expect.stringContaining('2027') });
    }
    expect(report.warnings).toEqual([
      expect.objectContaining({ code: 'calendar/year-missing', details: { year: 2027 } }),
    ]);
    // every proposed event is accepted
    for (const d of report.due) {
      const c = cases.find((x) => x.id === d.caseId)!;
      expect(applyEvent(c, d.event, { spec: dibao })).toMatchObject({ ok: true });
    }
  });

  it('caseStatistics counts every case it can date and names the others (it threw for the batch)', () => {
    const s = caseStatistics(batch(), [dibao], now);
    expect(s.total).toBe(5);
    expect(s.decided).toBe(1);
    expect(s.onTimeRate).toBe(1);
    expect(s.undated.map((u) => u.caseId)).toEqual([
      'due-12-31',
      'due-in-2027',
      'tolerance-expired',
      'tolerance-unknown',
    ]);
    expect(s.undated[0]!.error.code).toBe('calendar/no-data');
  });

  it('once the host adds the year, everything is dated and nothing is left over', () => {
    const cases = batch();
    const report = dueEventsReport(cases, '2027-01-06T09:00:00+08:00', {
      specs: [dibao],
      calendar: withNextYear,
    });
    expect(report.due.map((d) => [d.caseId, d.reason])).toEqual([
      ['due-12-31', 'overdue'],
      ['due-12-31', 'stageOverdue'], // still in its first stage, past that stage's own days
      ['due-in-2027', 'stageOverdue'],
      ['tolerance-expired', 'toleranceExpired'],
      ['tolerance-unknown', 'toleranceExpired'], // due 2027-01-05
    ]);
    expect(report.due[0]!.event).toMatchObject({ notice: 'overdue', deadline: '2026-12-31' });
    expect(report.undated).toEqual([]);
    expect(report.warnings).toEqual([]);
    for (const d of report.due) {
      const c = cases.find((x) => x.id === d.caseId)!;
      expect(applyEvent(c, d.event, { spec: dibao, calendar: withNextYear })).toMatchObject({ ok: true });
    }
    expect(caseStatistics(cases, [dibao], now, { calendar: withNextYear }).undated).toEqual([]);
  });

  it('the TERMINATE dueEvents proposes for a due date recorded as null is accepted (it was always refused)', () => {
    const c = accepted('tolerance-unknown', '2026-12-28', withoutHouseholdRegister);
    expect(c.snapshot.context.tolerated).toEqual([{ materialId: 'householdRegister', due: null }]);
    // 12-29, 12-30, 12-31, (1-01..1-03 off), 1-04, 1-05: due 2027-01-05
    const options = { specs: [dibao], calendar: withNextYear };
    expect(dueEvents([c], '2027-01-05T17:00:00+08:00', options)).toEqual([]);
    const [terminate] = dueEvents([c], '2027-01-06T09:00:00+08:00', options);
    expect(terminate?.event.type).toBe('TERMINATE');
    const result = applyEvent(c, terminate!.event, { spec: dibao, calendar: withNextYear });
    expect(result).toMatchObject({ ok: true, case: { snapshot: { value: 'terminated' } } });
    // and not before the computed due date, nor while the calendar cannot date it
    const early = { ...terminate!.event, at: '2027-01-05T17:00:00+08:00' };
    expect(applyEvent(c, early, { spec: dibao, calendar: withNextYear })).toMatchObject({
      ok: false,
      error: { code: 'materials/tolerance-not-due' },
    });
    expect(applyEvent(c, terminate!.event, { spec: dibao })).toMatchObject({
      ok: false,
      error: { code: 'materials/tolerance-not-due' },
    });
  });
});

describe('calendarWarnings', () => {
  it('warns from 1 December when next year is missing, and in a year without data', () => {
    expect(calendarWarnings(national, '2026-11-30T23:59:00+08:00')).toEqual([]);
    // 2026-11-30T16:00Z is already 1 December in Beijing
    expect(calendarWarnings(national, '2026-11-30T16:00:00Z')).toEqual([
      expect.objectContaining({
        code: 'calendar/year-missing',
        message: expect.stringContaining('2027 年'),
        details: { year: 2027 },
      }),
    ]);
    expect(calendarWarnings(withNextYear, '2026-12-15T09:00:00+08:00')).toEqual([]);
    expect(calendarWarnings(withNextYear, '2027-06-01T09:00:00+08:00')).toEqual([]);
    expect(calendarWarnings(withNextYear, '2027-12-01T09:00:00+08:00')).toEqual([
      expect.objectContaining({ details: { year: 2028 } }),
    ]);
    expect(calendarWarnings(national, '2027-03-01T09:00:00+08:00')).toEqual([
      expect.objectContaining({ details: { year: 2027 } }),
    ]);
  });

  it('dueEventsReport includes them in December', () => {
    expect(dueEventsReport([], '2026-12-01T09:00:00+08:00', { specs: [dibao] }).warnings).toHaveLength(1);
    expect(dueEventsReport([], '2026-11-20T09:00:00+08:00', { specs: [dibao] }).warnings).toEqual([]);
  });
});

describe('numbers given to the calendar are checked', () => {
  const calendar = createWorkCalendar({ holidays: [], years: [2026] });

  it.each([Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY, '3' as unknown as number])(
    'addWorkingDays(date, %s) throws calendar/invalid-days (NaN gave 2026-12-31)',
    (n) => {
      expect(() => calendar.addWorkingDays('2026-03-02', n)).toThrow(EngineFailure);
      try {
        calendar.addWorkingDays('2026-03-02', n);
      } catch (error) {
        expect((error as EngineFailure).code).toBe('calendar/invalid-days');
      }
    },
  );

  it('createWorkCalendar refuses years that are not whole numbers', () => {
    expect(() => createWorkCalendar({ holidays: [], years: [2026.5] })).toThrow(EngineFailure);
    expect(() => createWorkCalendar({ holidays: [], years: [Number.NaN] })).toThrow(EngineFailure);
  });

  const rated = (evaluationFollowUpDays: number) =>
    applyEvent(
      drive(
        accepted('C-1', '2026-03-02'),
        [
          ev('COMPLETE_STAGE', 'reviewer', '2026-03-03'),
          ev('COMPLETE_STAGE', 'reviewer', '2026-03-04'),
          ev('COMPLETE_STAGE', 'reviewer', '2026-03-05'),
          ev('DECIDE', 'approver', '2026-03-06', { approved: true }),
          ev('ISSUE', 'window', '2026-03-06'),
          ev('DELIVER', 'window', '2026-03-09', { method: 'window' }),
        ],
        { spec: dibao },
      ),
      ev('EVALUATE', 'applicant', '2026-03-10', { score: 5, comment: '态度差' }),
      { spec: dibao, evaluationFollowUpDays },
    );

  it('a NaN follow-up period is refused with a clear error (it gave a wrong due date silently)', () => {
    expect(rated(Number.NaN)).toMatchObject({ ok: false, error: { code: 'calendar/invalid-days' } });
    expect(rated(-3)).toMatchObject({ ok: false, error: { code: 'calendar/invalid-days' } });
    expect(rated(2)).toMatchObject({ ok: true });
  });

  it('a follow-up stored without a usable length has no due date rather than a wrong one', () => {
    const ok = rated(2);
    if (!ok.ok) throw new Error('rating refused');
    const broken = structuredClone(ok.case);
    broken.snapshot.context.evaluation!.followUp = { due: null, closedAt: null, days: null as never };
    expect(() => followUpDueDate(broken, national)).toThrow(EngineFailure);
  });
});
