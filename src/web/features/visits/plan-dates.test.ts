import { describe, expect, it } from 'vitest';
import { translate, type Bilingual } from '../../shared/i18n/lang';
import { dayLabel, defaultMonth, durationLabel, monthLabel } from './plan-dates';

const zh = (text: Bilingual, vars?: Record<string, string | number>) => translate(text, 'zh', vars);
const en = (text: Bilingual, vars?: Record<string, string | number>) => translate(text, 'en', vars);

describe('plan dates', () => {
  it('opens on next month after the 20th, else on this month (across the year end too)', () => {
    expect(defaultMonth(new Date(2026, 10, 20))).toBe('2026-11');
    expect(defaultMonth(new Date(2026, 10, 21))).toBe('2026-12');
    expect(defaultMonth(new Date(2026, 11, 28))).toBe('2027-01');
  });

  it('names a day with its weekday in Chinese or English', () => {
    expect(dayLabel(zh, '2026-11-02')).toBe('11月2日 周一');
    expect(dayLabel(zh, '2026-12-06')).toBe('12月6日 周日');
    expect(dayLabel(en, '2026-12-06')).toBe('Sun 6 Dec');
    expect(monthLabel(zh, '2026-12')).toBe('2026年12月');
  });

  it('writes durations in hours and minutes', () => {
    expect(durationLabel(zh, 45 * 60)).toBe('45分钟');
    expect(durationLabel(zh, 80 * 60 + 20)).toBe('1小时20分');
    expect(durationLabel(en, 125 * 60)).toBe('2 h 5 min');
  });
});
