import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../shared/field-labels';
import { EXPENSE_SETTINGS_FIELD_LABELS } from './field-labels';
import { DEFAULT_EXPENSE_SETTINGS, EXPENSE_USAGES, expenseSettingsSchema } from './settings';

const messages = (r: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`).join(' | ');

describe('expense settings', () => {
  it('has the seed text defaults: ¥3,000 limit, 3 customers checked, working days 3 / 8 / 9, every usage', () => {
    expect(expenseSettingsSchema.parse(DEFAULT_EXPENSE_SETTINGS)).toEqual(DEFAULT_EXPENSE_SETTINGS);
    expect(DEFAULT_EXPENSE_SETTINGS).toMatchObject({ borrowingLimitFen: 300_000, spotCheckSampleSize: 3, submitByWorkingDay: 3, reviewByWorkingDay: 8, payoutFromWorkingDay: 9 });
    expect(DEFAULT_EXPENSE_SETTINGS.usages).toEqual([...EXPENSE_USAGES]);
  });

  it('labels every field in Chinese and English', () => {
    expect(Object.keys(EXPENSE_SETTINGS_FIELD_LABELS).sort()).toEqual(Object.keys(DEFAULT_EXPENSE_SETTINGS).sort());
    expect(fieldLabel('borrowingLimitFen')).toEqual({ zh: '每人借支限额', en: 'Borrowing limit per rep' });
    expect(Object.keys(DEFAULT_EXPENSE_SETTINGS).filter((f) => fieldLabel(f).zh === f)).toEqual([]);
  });

  it('refuses deadlines out of order, naming the field and the other deadline', () => {
    const r = expenseSettingsSchema.safeParse({ ...DEFAULT_EXPENSE_SETTINGS, submitByWorkingDay: 5, reviewByWorkingDay: 4, payoutFromWorkingDay: 4 });
    expect(messages(r)).toContain('reviewByWorkingDay: 审核截止日不能早于报送截止日（第 5 个工作日）');
    expect(messages(r)).toContain('payoutFromWorkingDay: 兑付须在审核截止日（第 4 个工作日）之后开始');
    expect(expenseSettingsSchema.safeParse({ ...DEFAULT_EXPENSE_SETTINGS, submitByWorkingDay: 8, reviewByWorkingDay: 8 }).success).toBe(true);
  });

  it('refuses impossible numbers with Chinese messages', () => {
    const r = expenseSettingsSchema.safeParse({
      ...DEFAULT_EXPENSE_SETTINGS,
      usages: ['purchaser', 'purchaser'],
      borrowingLimitFen: 12.5,
      spotCheckSampleSize: 0,
      submitByWorkingDay: 0,
      payoutFromWorkingDay: 16,
      payOnlyAfterCollection: 'yes',
    });
    const text = messages(r);
    expect(text).toContain('usages: 费用用途不能重复');
    expect(text).toContain('borrowingLimitFen: 金额须精确到分');
    expect(text).toContain('spotCheckSampleSize: 至少抽查 1 家');
    expect(text).toContain('submitByWorkingDay: 至少为第 1 个工作日');
    expect(text).toContain('payoutFromWorkingDay: 不能晚于第 15 个工作日');
    expect(text).toContain('payOnlyAfterCollection: 请选择是或否');
    expect(messages(expenseSettingsSchema.safeParse({ ...DEFAULT_EXPENSE_SETTINGS, usages: [] }))).toContain('至少选择一种费用用途');
    expect(messages(expenseSettingsSchema.safeParse({ ...DEFAULT_EXPENSE_SETTINGS, borrowingLimitFen: 0 }))).toContain('借支限额须大于 0');
  });
});
