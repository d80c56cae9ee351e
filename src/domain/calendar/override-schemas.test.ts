import { describe, expect, it } from 'vitest';
import { splitBoth } from '../shared/bilingual-issue';
import { calendarOverridesSchema } from './override-schemas';

describe('administrator overrides as entered', () => {
  it('normalise dates and notes', () => {
    expect(calendarOverridesSchema.parse([{ date: '2027/10/9', kind: 'workday', note: ' 国庆调休 ' }, { date: '2027-10-01', kind: 'holiday' }])).toEqual([
      { date: '2027-10-09', kind: 'workday', note: '国庆调休' },
      { date: '2027-10-01', kind: 'holiday', note: '' },
    ]);
  });

  it('refuse an unknown kind, an impossible date and a date set twice, in both languages', () => {
    const result = calendarOverridesSchema.safeParse([
      { date: '2027-02-30', kind: 'holiday', note: '' },
      { date: '2027-10-09', kind: 'rest', note: '' },
    ]);
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((i) => ({ path: i.path.join('.'), text: splitBoth(i.message) })) ?? [];
    expect(issues).toContainEqual({ path: '0.date', text: { zh: '日期不存在', en: 'is not a real date' } });
    expect(issues).toContainEqual({ path: '1.kind', text: { zh: '请选择“上班”或“放假”', en: 'choose working day or day off' } });
    // Zod checks the list as a whole only when every entry is valid.
    const twice = calendarOverridesSchema.safeParse([
      { date: '2027-10-01', kind: 'holiday', note: '' },
      { date: '2027/10/1', kind: 'workday', note: '' },
    ]);
    expect(twice.error?.issues.map((i) => [i.path.join('.'), splitBoth(i.message)?.zh])).toEqual([['1.date', '2027-10-01 重复设置']]);
  });
});
