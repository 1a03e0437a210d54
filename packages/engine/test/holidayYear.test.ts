// A host adds a year from a JSON file of the State Council's notice, checked by holiday-year.schema.json.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseHolidayCalendar, createWorkCalendar, holidayYearFromJson } from '../src/index.js';

const read = (url: URL) => readFileSync(url, 'utf8');
const example2026 = read(new URL('../../../examples/holidays/2026.json', import.meta.url));
const schema = JSON.parse(read(new URL('../holiday-year.schema.json', import.meta.url)));

/** A valid file to break one part of. */
const base = () => ({
  year: 2027,
  holidays: [
    { name: '元旦', from: '2027-01-01', to: '2027-01-03' },
    { name: '春节', from: '2027-02-06', to: '2027-02-14', workdays: ['2027-01-31', '2027-02-20'] },
  ],
});

const problems = (input: unknown) => {
  const result = holidayYearFromJson(input as string);
  if (result.ok) throw new Error('accepted');
  return result.errors;
};

describe('holidayYearFromJson', () => {
  it('reads the 2026 notice into exactly the days the package has for 2026', () => {
    const result = holidayYearFromJson(example2026);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.year.year).toBe(2026);
    expect(result.year.notice).toBe('国务院办公厅关于2026年部分节假日安排的通知');
    const fromFile = createWorkCalendar({ ...result.year, years: [2026] });
    const bundled = chineseHolidayCalendar();
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      expect(fromFile.isWorkingDay(date), date).toBe(bundled.isWorkingDay(date));
    }
  });

  it('takes text or a parsed value, and adds the year to the national calendar', () => {
    const result = holidayYearFromJson(base());
    expect(result).toMatchObject({ ok: true, year: { year: 2027 } });
    if (!result.ok) return;
    expect(result.year.holidays).toHaveLength(3 + 9);
    expect(result.year.workdays).toEqual(['2027-01-31', '2027-02-20']);
    const calendar = chineseHolidayCalendar({ extraYears: [result.year] });
    expect(calendar.years.at(-1)).toBe(2027);
    expect(calendar.isWorkingDay('2027-01-01')).toBe(false);
    expect(calendar.isWorkingDay('2027-01-31')).toBe(true); // a make-up Sunday
    expect(calendar.addWorkingDays('2026-12-31', 1)).toBe('2027-01-04');
  });

  it('accepts the last days of the year before (元旦 2019 ran from 2018-12-30; 2018-12-29 was worked)', () => {
    const result = holidayYearFromJson({
      year: 2019,
      holidays: [{ name: '元旦', from: '2018-12-30', to: '2019-01-01', workdays: ['2018-12-29'] }],
    });
    expect(result).toMatchObject({
      ok: true,
      year: { holidays: ['2018-12-30', '2018-12-31', '2019-01-01'], workdays: ['2018-12-29'] },
    });
  });

  it('reports bad JSON text with its line and column', () => {
    const errors = problems('{\n  "year": 2027,\n  "holidays": [,]\n}');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ pointer: '', message: expect.stringContaining('第 3 行') });
    expect(errors[0]!.messageEn).toContain('line 3');
  });

  it('reports what the schema refuses, at the part at fault', () => {
    const wrong = {
      year: '2027',
      holidays: [{ name: '元旦', from: '2027-1-1', to: '2027-01-03', off: true }],
      extra: 1,
    };
    const errors = problems(wrong);
    const pointers = errors.map((e) => e.pointer);
    expect(pointers).toContain('/year');
    expect(pointers).toContain('/holidays/0/from');
    expect(pointers).toContain('/holidays/0/off');
    expect(pointers).toContain('/extra');
    for (const e of errors) expect(e.message && e.messageEn).toBeTruthy();
    expect(problems({ holidays: [] }).map((e) => e.pointer)).toEqual(expect.arrayContaining(['/year']));
  });

  it.each([
    [
      'an impossible date',
      (v: ReturnType<typeof base>) => (v.holidays[0]!.to = '2027-02-30'),
      '/holidays/0/to',
    ],
    [
      'a range backwards',
      (v: ReturnType<typeof base>) => (v.holidays[0]!.to = '2026-12-31'),
      '/holidays/0/to',
    ],
    [
      'a day in another year',
      (v: ReturnType<typeof base>) => (v.holidays[1]!.to = '2028-02-14'),
      '/holidays/1/to',
    ],
    [
      'a make-up day on a weekday',
      (v: ReturnType<typeof base>) => (v.holidays[1]!.workdays![0] = '2027-02-01'),
      '/holidays/1/workdays/0',
    ],
    [
      'a make-up day that is a day off',
      (v: ReturnType<typeof base>) => (v.holidays[1]!.workdays![0] = '2027-02-06'),
      '/holidays/1/workdays/0',
    ],
    [
      'overlapping holidays',
      (v: ReturnType<typeof base>) => Object.assign(v.holidays[1]!, { from: '2027-01-03', to: '2027-01-05' }),
      '/holidays/1/from',
    ],
    [
      'a range of more than 31 days',
      (v: ReturnType<typeof base>) => (v.holidays[0]!.to = '2027-03-01'),
      '/holidays/0/to',
    ],
  ])('refuses %s, located', (_name, breakIt, pointer) => {
    const value = base();
    breakIt(value);
    const errors = problems(value);
    expect(errors.map((e) => e.pointer)).toContain(pointer);
    for (const e of errors) expect(e.message).not.toBe('');
  });

  it('never throws, whatever it is given', () => {
    for (const input of [
      null,
      1,
      [],
      '',
      'null',
      '[]',
      '{"year":2027,"holidays":[null]}',
      { year: 1e308, holidays: [{}] },
    ])
      expect(holidayYearFromJson(input as string).ok).toBe(false);
  });

  it('the schema file is the one the loader checks with (editors and CI can use it too)', () => {
    expect(schema.$id).toMatch(/holiday-year\.schema\.json$/);
    expect(schema.required).toEqual(['year', 'holidays']);
  });

  it('a year the package already has replaces the package’s days of that year', () => {
    const result = holidayYearFromJson({
      year: 2026,
      holidays: [{ name: '元旦', from: '2026-01-01', to: '2026-01-01' }],
    });
    if (!result.ok) throw new Error('refused');
    const calendar = chineseHolidayCalendar({ extraYears: [result.year] });
    expect(calendar.isWorkingDay('2026-01-02')).toBe(true); // the package has it off
    expect(calendar.isWorkingDay('2026-02-16')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-01')).toBe(false); // other years stay
  });
});
