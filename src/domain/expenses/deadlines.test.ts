import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/official';
import { doneLate, isLate, monthKey, nextMonth, statementDeadlines } from './deadlines';
import { DEFAULT_EXPENSE_SETTINGS } from './settings';

const calendar = workingCalendar();
const deadlines = (year: number, month: number, settings = DEFAULT_EXPENSE_SETTINGS) => statementDeadlines(calendar, { year, month }, settings);

describe('deadlines of a monthly statement on the real calendar', () => {
  it('September 2025: the 3rd working day of October is the make-up Saturday 11 October (after National Day)', () => {
    expect(deadlines(2025, 9)).toEqual({
      ok: true,
      value: { statementMonth: { year: 2025, month: 9 }, submitBy: '2025-10-11', reviewBy: '2025-10-17', payoutFrom: '2025-10-20' },
    });
  });

  it('October 2025: due in November 2025', () => {
    expect(deadlines(2025, 10)).toMatchObject({ ok: true, value: { submitBy: '2025-11-05', reviewBy: '2025-11-12', payoutFrom: '2025-11-13' } });
  });

  it('January 2026: due in February 2026, before the Spring Festival', () => {
    expect(deadlines(2026, 1)).toMatchObject({ ok: true, value: { submitBy: '2026-02-04', reviewBy: '2026-02-11', payoutFrom: '2026-02-12' } });
  });

  it('December 2025: due in January 2026, after the New Year holiday', () => {
    // 1–3 January 2026 are off, 4 January (Sunday) is a make-up working day.
    expect(deadlines(2025, 12)).toMatchObject({ ok: true, value: { submitBy: '2026-01-06', reviewBy: '2026-01-13', payoutFrom: '2026-01-14' } });
  });

  it('follows the configured working days and administrator overrides', () => {
    expect(deadlines(2025, 10, { ...DEFAULT_EXPENSE_SETTINGS, submitByWorkingDay: 2, reviewByWorkingDay: 5, payoutFromWorkingDay: 6 })).toMatchObject({
      ok: true,
      value: { submitBy: '2025-11-04', reviewBy: '2025-11-07', payoutFrom: '2025-11-10' },
    });
    const withOverride = workingCalendar([{ date: '2025-11-04', kind: 'holiday', note: '公司活动' }]);
    expect(statementDeadlines(withOverride, { year: 2025, month: 10 }, DEFAULT_EXPENSE_SETTINGS)).toMatchObject({ ok: true, value: { submitBy: '2025-11-06' } });
  });

  it('answers a year without a holiday arrangement with the calendar gap, never a guess', () => {
    const r = deadlines(2026, 12);
    expect(r).toMatchObject({ ok: false, error: { reason: 'year-not-configured', year: 2027, zh: '2027 年的节假日尚未配置' } });
  });

  it('writes and steps months', () => {
    expect(nextMonth({ year: 2025, month: 12 })).toEqual({ year: 2026, month: 1 });
    expect(monthKey({ year: 2026, month: 3 })).toBe('2026-03');
  });
});

describe('late steps', () => {
  it('is late only when today is past the due day and the step is not done', () => {
    expect(isLate('2025-10-11', '2025-10-11', null)).toBe(false); // 下班前: the due day itself counts
    expect(isLate('2025-10-11', '2025-10-13', null)).toBe(true);
    expect(isLate('2025-10-11', '2025-10-13', '2025-10-12')).toBe(false);
    expect(doneLate('2025-10-11', '2025-10-12')).toBe(true);
    expect(doneLate('2025-10-11', '2025-10-11')).toBe(false);
  });
});
