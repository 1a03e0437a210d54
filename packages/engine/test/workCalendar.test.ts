import holidayData from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { chineseHolidayCalendar, createWorkCalendar, EngineFailure } from '../src/index.js';

const calendar = chineseHolidayCalendar();

describe('the compacted holiday data (holidayData.generated.ts)', () => {
  it('gives exactly chinese-days: every holiday off, every make-up day worked, every year covered', () => {
    const source = holidayData as { holidays: Record<string, string>; workdays: Record<string, string> };
    const holidays = Object.keys(source.holidays);
    const workdays = Object.keys(source.workdays);
    expect(holidays.length).toBeGreaterThan(600);
    for (const date of holidays) expect(calendar.isWorkingDay(date), date).toBe(false);
    for (const date of workdays) expect(calendar.isWorkingDay(date), date).toBe(true);
    const years = [...new Set(holidays.map((date) => Number(date.slice(0, 4))))].sort();
    expect(calendar.years).toEqual(years);
    // And nothing more: the weekdays that are off are exactly the listed holidays.
    const weekdayHolidays = holidays.filter(
      (date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()),
    );
    let weekdaysOff = 0;
    for (const year of years)
      for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 86_400_000) {
        const date = new Date(day);
        if ([0, 6].includes(date.getUTCDay())) continue;
        if (!calendar.isWorkingDay(date.toISOString().slice(0, 10))) weekdaysOff++;
      }
    expect(weekdaysOff).toBe(weekdayHolidays.length);
  });
});

describe('chineseHolidayCalendar (2026)', () => {
  it('春节: 2-15..2-23 off, make-up Saturdays 2-14 and 2-28 are working days', () => {
    expect(calendar.isWorkingDay('2026-02-13')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday, 调休
    for (const d of ['15', '16', '17', '18', '19', '20', '21', '22', '23']) {
      expect(calendar.isWorkingDay(`2026-02-${d}`)).toBe(false);
    }
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true); // Saturday, 调休
    expect(calendar.isWorkingDay('2026-03-01')).toBe(false); // ordinary Sunday
  });

  it('劳动节 5-01..5-05 off, Saturday 5-09 worked; 国庆 10-01..10-07 off, 9-20 and 10-10 worked', () => {
    expect(calendar.addWorkingDays('2026-04-30', 1)).toBe('2026-05-06');
    expect(calendar.isWorkingDay('2026-05-09')).toBe(true);
    expect(calendar.isWorkingDay('2026-09-20')).toBe(true); // Sunday 调休
    expect(calendar.addWorkingDays('2026-09-30', 1)).toBe('2026-10-08');
    expect(calendar.addWorkingDays('2026-10-09', 1)).toBe('2026-10-10'); // Saturday 调休
    expect(calendar.addWorkingDays('2026-10-09', 2)).toBe('2026-10-12');
  });

  it('counts working days in (from, to]: the first day does not count', () => {
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
    expect(calendar.workingDaysBetween('2026-03-02', '2026-03-06')).toBe(4);
    // 2-13 (Fri) → 2-28 (Sat): 2-14 and 2-24..2-28 are working days
    expect(calendar.workingDaysBetween('2026-02-13', '2026-02-28')).toBe(6);
    expect(calendar.addWorkingDays('2026-02-13', 6)).toBe('2026-02-28');
  });

  it('refuses a year without data instead of guessing weekends', () => {
    const year = Math.max(...calendar.years) + 1;
    expect(() => calendar.isWorkingDay(`${year}-03-02`)).toThrow(EngineFailure);
    try {
      calendar.addWorkingDays('2026-12-30', 10);
      expect.unreachable();
    } catch (error) {
      expect((error as EngineFailure).code).toBe('calendar/no-data');
      expect((error as EngineFailure).message).toContain(`${year} 年`);
    }
    expect(() => calendar.isWorkingDay('2003-06-02')).toThrow(/2003/);
  });

  it('derives the covered years from the data', () => {
    expect(calendar.years[0]).toBe(2004);
    expect(calendar.years).toContain(2026);
  });

  it('takes local closures and extra working days', () => {
    const local = chineseHolidayCalendar({ closures: ['2026-03-04'], workdays: ['2026-03-07'] });
    expect(local.isWorkingDay('2026-03-04')).toBe(false);
    expect(local.isWorkingDay('2026-03-07')).toBe(true);
    expect(local.workingDaysBetween('2026-03-02', '2026-03-08')).toBe(4);
  });

  it('lets a host add a year the package does not have yet', () => {
    const next = Math.max(...calendar.years) + 1;
    const extended = chineseHolidayCalendar({ years: [next], holidays: [`${next}-01-01`] });
    expect(extended.isWorkingDay(`${next}-01-01`)).toBe(false);
    expect(extended.workingDaysBetween('2026-12-30', `${next}-01-04`)).toBeGreaterThan(0);
  });

  it('createWorkCalendar works from plain data', () => {
    const tiny = createWorkCalendar({ holidays: ['2030-01-01'], years: [2030] });
    expect(tiny.isWorkingDay('2030-01-01')).toBe(false);
    expect(tiny.isWorkingDay('2030-01-02')).toBe(true);
    expect(() => tiny.isWorkingDay('2029-12-31')).toThrow(EngineFailure);
  });
});
