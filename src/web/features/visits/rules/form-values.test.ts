import { describe, expect, it } from 'vitest';
import { DEFAULT_VISIT_RULES } from '../../../../domain/visits/rules';
import type { VisitSettings } from './api';
import { emptyTypeRow, formNameOf, toBody, toValues } from './form-values';

const settings: VisitSettings = {
  rules: { byGrade: DEFAULT_VISIT_RULES.byGrade, byCustomerType: { distributor: { B: { visitsPerMonth: 4 }, C: { phoneAllowed: false } } } },
  plan: { dailyCapacity: 8, checkInToleranceMetres: 200 },
  version: 3,
  isDefault: false,
};

describe('visit rules form values', () => {
  it('round-trips the stored rules, keeping only what a type changes', () => {
    expect(toBody(toValues(settings), 3)).toEqual({ version: 3, rules: settings.rules, plan: settings.plan });
  });

  it('shows a type exception as a count and a call choice, the rest as "as the grade"', () => {
    const row = toValues(settings).types[0]!;
    expect(row.code).toBe('distributor');
    expect(row.grades.B).toEqual({ visitsPerMonth: 4, phone: 'grade' });
    expect(row.grades.C).toEqual({ visitsPerMonth: null, phone: 'no' });
    expect(row.grades.A).toEqual({ visitsPerMonth: null, phone: 'grade' });
  });

  it('leaves out a type added with nothing set', () => {
    const values = toValues(settings);
    values.types.push(emptyTypeRow('hospital'));
    expect(Object.keys(toBody(values, 3).rules.byCustomerType)).toEqual(['distributor']);
  });

  it('finds the form item of an API field', () => {
    const values = toValues(settings);
    expect(formNameOf('rules.byGrade.A.visitsPerMonth', values)).toEqual(['byGrade', 'A', 'visitsPerMonth']);
    expect(formNameOf('rules.byCustomerType.distributor.C.phoneAllowed', values)).toEqual(['types', 0, 'grades', 'C', 'phone']);
    expect(formNameOf('rules.byCustomerType.distributor', values)).toEqual(['types', 0, 'code']);
    expect(formNameOf('plan.checkInToleranceMetres', values)).toEqual(['checkInToleranceMetres']);
    expect(formNameOf('rules.byCustomerType.unknown.A.visitsPerMonth', values)).toBeNull();
    expect(formNameOf('version', values)).toBeNull();
  });
});
