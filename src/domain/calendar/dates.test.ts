import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, dateOfDayNumber, datesOfMonth, dayNumber, isIsoDate, parseIsoDate, weekday } from './dates';

describe('YYYY-MM-DD dates', () => {
  it('accepts real dates only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '1900-02-29', '2025-1-05', '25-01-05', '2025-13-01', '2025-04-31', '2025-01-05T00:00', ' 2025-01-05']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(() => dayNumber('2025/01/05')).toThrow(RangeError);
  });

  it('counts days from 1970-01-01 and knows the weekday', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(0);
    expect(weekday('2025-01-26')).toBe(0); // a Sunday, worked in 2025 for the Spring Festival
    expect(weekday('2026-02-14')).toBe(6);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(datesOfMonth(2026, 2)).toHaveLength(28);
  });

  it('adds months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-03-15', -12)).toBe('2025-03-15');
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2026-01-10', -1)).toBe('2025-12-10');
  });

  it('round-trips day numbers whatever the time zone of the machine', () => {
    fc.assert(
      fc.property(fc.integer({ min: -20_000, max: 60_000 }), (n) => {
        const date = dateOfDayNumber(n);
        expect(isIsoDate(date)).toBe(true);
        expect(dayNumber(date)).toBe(n);
        expect(weekday(addDays(date, 7))).toBe(weekday(date));
      }),
    );
  });
});
