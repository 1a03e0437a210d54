import { describe, expect, it } from 'vitest';
import { calendarDateOf, dateOfDayNumber, dayNumber, EngineFailure } from '../src/index.js';

describe('calendar dates', () => {
  it('agrees with Date for every day from 2000 to 2040', () => {
    const start = Date.UTC(2000, 0, 1) / 86_400_000;
    for (let day = start; day < start + 41 * 366; day++) {
      const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(dateOfDayNumber(day)).toBe(iso);
      expect(dayNumber(iso)).toBe(day);
    }
  });

  it('refuses impossible dates', () => {
    for (const bad of ['2026-02-29', '2026-13-01', '2026-04-31', '2026-1-01', 'yesterday']) {
      expect(() => dayNumber(bad)).toThrow(EngineFailure);
    }
    expect(dayNumber('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 86_400_000);
  });

  it('takes the Beijing date of any zone', () => {
    expect(calendarDateOf('2026-02-13T15:59:59Z')).toBe('2026-02-13');
    expect(calendarDateOf('2026-02-13T16:00:00Z')).toBe('2026-02-14');
    expect(calendarDateOf('2026-02-14T00:30:00+08:00')).toBe('2026-02-14');
  });
});
