import { z } from 'zod';
import { both } from '../shared/bilingual-issue';
import { MAX_VISITS_PER_MONTH, type CustomerRuleOverride, type GradeRule, type VisitRules } from './rules';

/**
 * Visit rules and plan settings as an administrator enters them. Numbers are defaults the organisation can change
 * (DOMAIN: "a number is a default, never a constant in code"); these schemas only keep them sensible.
 */
const visitsPerMonthSchema = z
  .number({ message: both('请填写每月拜访次数', 'enter the visits a month') })
  .int(both('每月拜访次数须为整数', 'must be a whole number of visits'))
  .min(0, both('每月拜访次数不能为负数', 'cannot be negative'))
  .max(MAX_VISITS_PER_MONTH, both(`每月最多 ${MAX_VISITS_PER_MONTH} 次`, `at most ${MAX_VISITS_PER_MONTH} a month`));

const phoneAllowedSchema = z.boolean({ message: both('请选择是否允许电话代替拜访', 'choose whether a call may stand in for a visit') });

export const gradeRuleSchema = z.object({ visitsPerMonth: visitsPerMonthSchema, phoneAllowed: phoneAllowedSchema }) satisfies z.ZodType<GradeRule, unknown>;

/** One customer's own exception; both fields may be left out (then the type's or the organisation's rule applies). */
export const customerRuleOverrideSchema = z
  .object({ visitsPerMonth: visitsPerMonthSchema.optional(), phoneAllowed: phoneAllowedSchema.optional() })
  .strict() satisfies z.ZodType<CustomerRuleOverride, unknown>;

const typeRulesSchema = z
  .object({ A: customerRuleOverrideSchema.optional(), B: customerRuleOverrideSchema.optional(), C: customerRuleOverrideSchema.optional(), none: customerRuleOverrideSchema.optional() })
  .strict();

/** Customer type codes as src/domain/customers keeps them. */
const typeCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, both('客户类型代码格式不正确', 'is not a customer type code'));

/** The organisation's rules: one per grade, and per customer type the grades that differ. */
export const visitRulesSchema = z.object({
  byGrade: z.object({ A: gradeRuleSchema, B: gradeRuleSchema, C: gradeRuleSchema, none: gradeRuleSchema }),
  byCustomerType: z.record(typeCodeSchema, typeRulesSchema).default({}),
}) satisfies z.ZodType<VisitRules, unknown>;

/** Checks the type codes of the rules against the organisation's own list (types are per organisation). */
export function visitRulesSchemaFor(typeCodes: readonly string[]) {
  return visitRulesSchema.superRefine((rules, ctx) => {
    for (const code of Object.keys(rules.byCustomerType)) {
      if (!typeCodes.includes(code)) {
        ctx.addIssue({ code: 'custom', path: ['byCustomerType', code], message: both(`客户类型“${code}”不在类型列表中`, `"${code}" is not one of the customer types`) });
      }
    }
  });
}

export const DEFAULT_DAILY_CAPACITY = 8;
export const DEFAULT_CHECK_IN_TOLERANCE_METRES = 200;

/** Plan settings: how many visits fit in a day, and how far from the customer a check-in may be. */
export const visitPlanSettingsSchema = z.object({
  dailyCapacity: z
    .number({ message: both('请填写每天拜访上限', 'enter the visits a day') })
    .int(both('每天拜访上限须为整数', 'must be a whole number'))
    .min(1, both('每天至少 1 次拜访', 'at least 1 visit a day'))
    .max(30, both('每天最多 30 次拜访', 'at most 30 visits a day'))
    .default(DEFAULT_DAILY_CAPACITY),
  checkInToleranceMetres: z
    .number({ message: both('请填写签到距离（米）', 'enter the check-in distance in metres') })
    .int(both('签到距离须为整数米', 'must be whole metres'))
    .min(10, both('签到距离不能小于 10 米', 'must be at least 10 m'))
    .max(5000, both('签到距离不能大于 5000 米', 'must be at most 5,000 m'))
    .default(DEFAULT_CHECK_IN_TOLERANCE_METRES),
});
export type VisitPlanSettings = z.infer<typeof visitPlanSettingsSchema>;
