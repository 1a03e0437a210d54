import type { ServiceItemSpec } from '@onewindow/spec';
import { describe, expect, it } from 'vitest';
import { caseClock, chineseHolidayCalendar, toleranceDueDate } from '../src/index.js';
import { allDibaoMaterials, dibao, drive, ev, submittedDibao } from './helpers.js';

// 居住证 counts 日, not 工作日 (居住证暂行条例 第九条: 15 日): the limits of a natural-day item
const spec: ServiceItemSpec = {
  ...dibao,
  timeLimit: { ...dibao.timeLimit, unit: 'naturalDays', legal: 15, promised: 10 },
};
const acceptedOn = (day: string, materials = allDibaoMaterials) =>
  drive(submittedDibao(day, materials, spec), [ev('ACCEPT', 'window', `${day}T11:00:00+08:00`)], { spec });

describe('natural-day limits (民法典 第二百零一条、第二百零三条)', () => {
  it('count calendar days; a period ending in a holiday ends on the first working day after it', () => {
    // accepted Friday 09-25: 10 days end 10-05 (国庆) → 10-08; 15 days end 10-10, a make-up working Saturday
    const clock = caseClock(acceptedOn('2026-09-25'), spec, '2026-09-30T10:00:00+08:00');
    expect(clock).toMatchObject({
      unit: 'naturalDays',
      used: 5,
      deadline: '2026-10-08',
      legalDeadline: '2026-10-10',
    });
    // the same item in working days would end weeks later
    expect(caseClock(acceptedOn('2026-09-25'), spec, '2026-10-06T10:00:00+08:00').used).toBe(11);
  });

  it('a 容缺 material’s due date follows the item’s unit', () => {
    const calendar = chineseHolidayCalendar();
    const withDays = (s: ServiceItemSpec, days: number): ServiceItemSpec => ({
      ...s,
      materials: s.materials.map((m) => (m.id === 'householdRegister' ? { ...m, toleranceDays: days } : m)),
    });
    expect(toleranceDueDate(withDays(spec, 10), '2026-03-02', 'householdRegister', calendar)).toBe(
      '2026-03-12',
    );
    expect(toleranceDueDate(withDays(dibao, 10), '2026-03-02', 'householdRegister', calendar)).toBe(
      '2026-03-16',
    );
    // 5 natural days end on Saturday 03-07: the period ends Monday 03-09
    expect(toleranceDueDate(withDays(spec, 5), '2026-03-02', 'householdRegister', calendar)).toBe(
      '2026-03-09',
    );
  });
});
