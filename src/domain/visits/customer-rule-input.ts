import { z } from 'zod';
import { gradeRuleSchema } from './rule-schemas';

/**
 * One customer's own visit rule as a manager enters it: either field null means "as the grade and type say"; both
 * null removes the customer's own rule.
 */
export const customerRuleInputSchema = z.object({
  visitsPerMonth: gradeRuleSchema.shape.visitsPerMonth.nullable(),
  phoneAllowed: gradeRuleSchema.shape.phoneAllowed.nullable(),
});
export type CustomerRuleInput = z.infer<typeof customerRuleInputSchema>;
