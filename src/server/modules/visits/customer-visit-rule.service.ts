import { z } from 'zod';
import type { Actor } from '../../../domain/identity/policies';
import { customerRuleInputSchema } from '../../../domain/visits/customer-rule-input';
import { resolveRequiredVisits, RULE_GRADES, type RuleGrade } from '../../../domain/visits/rules';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { customerWithRule, insertCustomerRule, lockCustomerRule, updateCustomerRule } from './customer-visit-rule.queries';
import { loadVisitSettings } from './visit-settings.service';

const SOURCES = ['customer', 'customer-type', 'organisation'] as const;
/** The customer's own rule (version 0: never set) and the rule that applies, with where each part comes from. */
export const customerVisitRuleView = z.object({
  customerId: z.string(),
  grade: z.enum(RULE_GRADES),
  typeCode: z.string().nullable(),
  own: z.object({ visitsPerMonth: z.number().int().nullable(), phoneAllowed: z.boolean().nullable() }),
  effective: z.object({ visitsPerMonth: z.number().int(), phoneAllowed: z.boolean(), source: z.object({ visitsPerMonth: z.enum(SOURCES), phoneAllowed: z.enum(SOURCES) }) }),
  version: z.number().int(),
  updatedAt: z.date().nullable(),
});
export type CustomerVisitRuleView = z.infer<typeof customerVisitRuleView>;

export const updateCustomerRuleBody = customerRuleInputSchema.extend({ version: z.number().int().min(0) });
export type UpdateCustomerRule = z.infer<typeof updateCustomerRuleBody>;

/** One customer's visit rule, for whoever may see the customer. */
export async function loadCustomerRule(db: Db, actor: Actor, customerId: string): Promise<CustomerVisitRuleView> {
  const row = await customerWithRule(db, actor, customerId);
  if (!row) throw new AppError('NOT_FOUND');
  const settings = await loadVisitSettings(db, actor.orgId);
  const grade = (row.grade ?? 'none') as RuleGrade;
  const own = { visitsPerMonth: row.visitsPerMonth, phoneAllowed: row.phoneAllowed };
  const override = { ...(own.visitsPerMonth !== null ? { visitsPerMonth: own.visitsPerMonth } : {}), ...(own.phoneAllowed !== null ? { phoneAllowed: own.phoneAllowed } : {}) };
  const effective = resolveRequiredVisits({ grade, typeCode: row.typeCode, override }, settings.rules);
  return { customerId: row.id, grade, typeCode: row.typeCode, own, effective, version: row.version ?? 0, updatedAt: row.updatedAt };
}

/**
 * Sets or clears a customer's own rule (null: as the grade and type say) if nobody changed it since `version`
 * was read; the customer must be in the actor's scope (an office manager: the office's customers). Audited.
 */
export async function saveCustomerRule(db: Db, actor: Actor, customerId: string, input: UpdateCustomerRule, meta: RequestMeta): Promise<CustomerVisitRuleView> {
  const customer = await customerWithRule(db, actor, customerId);
  if (!customer) throw new AppError('NOT_FOUND');
  const values = { visitsPerMonth: input.visitsPerMonth, phoneAllowed: input.phoneAllowed };
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const before = await lockCustomerRule(t, actor.orgId, customerId);
    if ((before?.version ?? 0) !== input.version) throw new AppError('VERSION_CONFLICT');
    if (!before) {
      if (!(await insertCustomerRule(t, actor.orgId, customerId, values, meta.now))) throw new AppError('VERSION_CONFLICT');
    } else {
      await updateCustomerRule(t, actor.orgId, customerId, values, before.version + 1, meta.now);
    }
    const was = before ? { visitsPerMonth: before.visitsPerMonth, phoneAllowed: before.phoneAllowed } : null;
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'customer.visit_rule.update', targetType: 'customer', targetId: customerId, before: was, after: values, ip: meta.ip }, meta.now);
  });
  return loadCustomerRule(db, actor, customerId);
}
