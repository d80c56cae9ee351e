import { describe, expect, it } from 'vitest';
import { calendarDateSchema, normaliseDate, recurringDateSchema } from './calendar-dates';

const read = (raw: string, monthDay = true) => {
  const r = normaliseDate(raw, monthDay);
  return r.ok ? r.value : r.error.zh;
};

describe('dates as people write them', () => {
  it('stores full dates as ISO', () => {
    for (const raw of ['2024-03-05', '2024/3/5', '2024.3.5', '2024年3月5日', ' ２０２４-０３-０５ ']) expect(read(raw)).toBe('2024-03-05');
  });

  it('keeps month and day when the year is left out', () => {
    for (const raw of ['3月5日', '03-05', '3/5']) expect(read(raw)).toBe('03-05');
    expect(read('02-29')).toBe('02-29');
    expect(read('03-05', false)).toBe('日期格式应为 2024-03-05');
  });

  it('refuses dates that do not exist', () => {
    for (const raw of ['2023-02-29', '1900-02-29', '2024-04-31', '13-01', '00-10']) expect(read(raw), raw).toBe('日期不存在');
    for (const leapDay of ['2024-02-29', '2000-02-29']) expect(read(leapDay)).toBe(leapDay);
    expect(read('明天')).toBe('日期格式应为 2024-03-05 或 03-05');
  });

  it('has schemas for both kinds', () => {
    expect(calendarDateSchema.parse('2024/3/5')).toBe('2024-03-05');
    expect(calendarDateSchema.safeParse('3/5').success).toBe(false);
    expect(recurringDateSchema.parse('3/5')).toBe('03-05');
  });
});
