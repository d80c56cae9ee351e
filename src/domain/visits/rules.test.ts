import { describe, expect, it } from 'vitest';
import { splitBoth } from '../shared/bilingual-issue';
import { customerRuleOverrideSchema, visitPlanSettingsSchema, visitRulesSchema, visitRulesSchemaFor } from './rule-schemas';
import { DEFAULT_VISIT_RULES, resolveRequiredVisits, type VisitRules } from './rules';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => [i.path.join('.'), splitBoth(i.message)?.zh]) ?? [];

describe('resolveRequiredVisits', () => {
  it('follows the seed text by default: A 3, B 2, C 1 (a call may do), ungraded 1 in person', () => {
    const got = (['A', 'B', 'C', 'none'] as const).map((grade) => resolveRequiredVisits({ grade, typeCode: 'village_clinic' }));
    expect(got.map((r) => [r.visitsPerMonth, r.phoneAllowed])).toEqual([
      [3, false],
      [2, false],
      [1, true],
      [1, false],
    ]);
    expect(got.every((r) => r.source.visitsPerMonth === 'organisation' && r.source.phoneAllowed === 'organisation')).toBe(true);
  });

  const rules: VisitRules = {
    byGrade: { ...DEFAULT_VISIT_RULES.byGrade, none: { visitsPerMonth: 2, phoneAllowed: true } },
    byCustomerType: { distributor: { B: { visitsPerMonth: 4 } }, village_clinic: { C: { phoneAllowed: false } } },
  };

  it('takes the customer type’s exception field by field, then the customer’s own', () => {
    expect(resolveRequiredVisits({ grade: 'B', typeCode: 'distributor' }, rules)).toEqual({
      visitsPerMonth: 4,
      phoneAllowed: false,
      source: { visitsPerMonth: 'customer-type', phoneAllowed: 'organisation' },
    });
    expect(resolveRequiredVisits({ grade: 'A', typeCode: 'distributor' }, rules).visitsPerMonth).toBe(3);
    expect(resolveRequiredVisits({ grade: 'C', typeCode: 'village_clinic' }, rules)).toMatchObject({ visitsPerMonth: 1, phoneAllowed: false });
    expect(resolveRequiredVisits({ grade: 'B', typeCode: 'distributor', override: { phoneAllowed: true } }, rules)).toEqual({
      visitsPerMonth: 4,
      phoneAllowed: true,
      source: { visitsPerMonth: 'customer-type', phoneAllowed: 'customer' },
    });
    expect(resolveRequiredVisits({ grade: 'B', typeCode: 'distributor', override: { visitsPerMonth: 0 } }, rules).visitsPerMonth).toBe(0);
    expect(resolveRequiredVisits({ grade: 'none', typeCode: null }, rules)).toMatchObject({ visitsPerMonth: 2, phoneAllowed: true });
  });
});

describe('visit rule settings as entered', () => {
  const entered = { byGrade: { A: { visitsPerMonth: 4, phoneAllowed: false }, B: { visitsPerMonth: 2, phoneAllowed: false }, C: { visitsPerMonth: 1, phoneAllowed: true }, none: { visitsPerMonth: 1, phoneAllowed: false } } };

  it('accept the defaults and fill in the type exceptions', () => {
    expect(visitRulesSchema.parse(DEFAULT_VISIT_RULES)).toEqual(DEFAULT_VISIT_RULES);
    expect(visitRulesSchema.parse(entered)).toEqual({ ...entered, byCustomerType: {} });
  });

  it('refuse counts that are not whole, negative or too many, in Chinese', () => {
    const result = visitRulesSchema.safeParse({
      byGrade: { ...entered.byGrade, A: { visitsPerMonth: 2.5, phoneAllowed: false }, B: { visitsPerMonth: -1, phoneAllowed: false }, C: { visitsPerMonth: 11, phoneAllowed: 'yes' } },
    });
    expect(issues(result)).toEqual([
      ['byGrade.A.visitsPerMonth', '每月拜访次数须为整数'],
      ['byGrade.B.visitsPerMonth', '每月拜访次数不能为负数'],
      ['byGrade.C.visitsPerMonth', '每月最多 10 次'],
      ['byGrade.C.phoneAllowed', '请选择是否允许电话代替拜访'],
    ]);
  });

  it('check type codes against the organisation’s list', () => {
    const schema = visitRulesSchemaFor(['distributor']);
    expect(schema.safeParse({ ...entered, byCustomerType: { distributor: { B: { visitsPerMonth: 4 } } } }).success).toBe(true);
    expect(issues(schema.safeParse({ ...entered, byCustomerType: { pharmacy: { C: { visitsPerMonth: 2 } } } }))).toEqual([['byCustomerType.pharmacy', '客户类型“pharmacy”不在类型列表中']]);
    expect(issues(schema.safeParse({ ...entered, byCustomerType: { distributor: { D: { visitsPerMonth: 4 } } } }))[0]?.[0]).toBe('byCustomerType.distributor');
  });

  it('take a customer override with either field or none, and nothing else', () => {
    expect(customerRuleOverrideSchema.parse({})).toEqual({});
    expect(customerRuleOverrideSchema.parse({ phoneAllowed: true })).toEqual({ phoneAllowed: true });
    expect(customerRuleOverrideSchema.safeParse({ visits: 3 }).success).toBe(false);
  });

  it('default the daily capacity to 8 and the check-in distance to 200 m, within sensible bounds', () => {
    expect(visitPlanSettingsSchema.parse({})).toEqual({ dailyCapacity: 8, checkInToleranceMetres: 200 });
    expect(issues(visitPlanSettingsSchema.safeParse({ dailyCapacity: 0, checkInToleranceMetres: 5 }))).toEqual([
      ['dailyCapacity', '每天至少 1 次拜访'],
      ['checkInToleranceMetres', '签到距离不能小于 10 米'],
    ]);
  });
});
