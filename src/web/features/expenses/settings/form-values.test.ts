import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPENSE_SETTINGS } from '../../../../domain/expenses/settings';
import { formNameOf, toSettings, toValues } from './form-values';

describe('expense settings form values', () => {
  it('shows the borrowing limit in yuan and reads it back in fen', () => {
    const values = toValues({ ...DEFAULT_EXPENSE_SETTINGS, borrowingLimitFen: 123_456 });
    expect(values.borrowingLimit).toBe('1234.56');
    expect(toSettings({ ...values, borrowingLimit: '¥2,000.5' }).borrowingLimitFen).toBe(200_050);
    expect(toSettings(toValues(DEFAULT_EXPENSE_SETTINGS))).toEqual(DEFAULT_EXPENSE_SETTINGS);
  });

  it('maps API fields to the form items', () => {
    expect(formNameOf('settings.borrowingLimitFen')).toBe('borrowingLimit');
    expect(formNameOf('settings.reviewByWorkingDay')).toBe('reviewByWorkingDay');
    expect(formNameOf('settings.usages.0')).toBe('usages');
    expect(formNameOf('version')).toBeNull();
  });
});
