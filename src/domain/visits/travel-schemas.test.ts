import { describe, expect, it } from 'vitest';
import { splitBoth } from '../shared/bilingual-issue';
import { customerRuleInputSchema } from './customer-rule-input';
import { travelSettingsInputSchema } from './travel-schemas';

const issues = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) => r.error?.issues.map((i) => [i.path.join('.'), splitBoth(i.message)?.zh]) ?? [];

describe('travel settings as entered', () => {
  it('default to a round trip and the organisation’s visits a day, in GCJ-02', () => {
    expect(travelSettingsInputSchema.parse({ startKind: 'home', start: { lng: 113.66, lat: 34.75 }, mode: 'bus' })).toEqual({
      startKind: 'home',
      start: { lng: 113.66, lat: 34.75, datum: 'GCJ-02' },
      end: null,
      dayStart: '08:30',
      mode: 'bus',
      dailyCapacity: null,
    });
  });

  it('take the time the day starts as HH:mm between 05:00 and 12:00', () => {
    const base = { startKind: 'home', start: { lng: 113.66, lat: 34.75 }, mode: 'car' };
    for (const ok of ['05:00', '07:45', '11:59', '12:00']) expect(travelSettingsInputSchema.parse({ ...base, dayStart: ok }).dayStart).toBe(ok);
    for (const bad of ['04:59', '12:01', '8:30', '08:3', '24:00', '08:60', 'noon', '']) {
      expect(issues(travelSettingsInputSchema.safeParse({ ...base, dayStart: bad })), bad).toEqual([['dayStart', '应在 05:00–12:00 之间，格式如 08:30']]);
    }
    expect(issues(travelSettingsInputSchema.safeParse({ ...base, dayStart: 830 }))).toEqual([['dayStart', '请填写出发时间']]);
  });

  it('refuse swapped coordinates, a capacity outside 1–30 and an unknown transport', () => {
    const result = travelSettingsInputSchema.safeParse({ startKind: 'office', start: { lng: 34.75, lat: 113.66 }, end: { lng: 113.6, lat: 34.7, datum: 'WGS-84' }, mode: 'walk', dailyCapacity: 31 });
    expect(issues(result)).toEqual([
      ['start', expect.stringContaining('坐标不在中国境内')],
      ['mode', '请选择摩托车、汽车或公交车'],
      ['dailyCapacity', '每天最多 30 次拜访'],
    ]);
    expect(issues(travelSettingsInputSchema.safeParse({ startKind: 'office', start: { lng: 113.6, lat: 34.7 }, mode: 'car', dailyCapacity: 0 }))).toEqual([['dailyCapacity', '每天至少 1 次拜访']]);
  });
});

describe('a customer’s own rule as entered', () => {
  it('takes null for "as the grade says" and keeps the organisation’s bounds', () => {
    expect(customerRuleInputSchema.parse({ visitsPerMonth: null, phoneAllowed: true })).toEqual({ visitsPerMonth: null, phoneAllowed: true });
    expect(issues(customerRuleInputSchema.safeParse({ visitsPerMonth: 11, phoneAllowed: null }))).toEqual([['visitsPerMonth', '每月最多 10 次']]);
    expect(customerRuleInputSchema.safeParse({ visitsPerMonth: 2 }).success).toBe(false);
  });
});
