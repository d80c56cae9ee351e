import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../../../domain/identity/policies';
import { both } from '../../../domain/shared/bilingual-issue';
import { validatePlan, type Breach } from '../../../domain/visits/plan-validation';
import type { Db } from '../../db/client';
import { visitPlans } from '../../db/schema';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { EDITABLE_STATUSES } from './plan-editing.service';
import { recordApprovedRevision } from './plan-revisions.service';
import type { StoredDay } from './plan-store';
import { toPlanCustomer, toValidationCustomer } from './planning-input';
import { customerNames, lockPlan, planItems, planningCustomers } from './visit-plans.queries';
import { loadVisitSettings } from './visit-settings.service';
import { orgWorkingCalendar } from '../calendar/org-calendar';

export const submitPlanBody = z.object({ version: z.number().int().min(1) });
export const approvePlanBody = z.object({ version: z.number().int().min(1), comment: z.string().trim().max(500, both('意见最多 500 个字符', 'at most 500 characters')).optional() });
export const returnPlanBody = z.object({
  version: z.number().int().min(1),
  comment: z.string({ message: both('请填写退回意见', 'say why the plan is returned') }).trim().min(1, both('请填写退回意见', 'say why the plan is returned')).max(500, both('意见最多 500 个字符', 'at most 500 characters')),
});

export const breachView = z.object({ code: z.string(), severity: z.enum(['error', 'warning']), customerId: z.string().nullable(), customerName: z.string().nullable(), date: z.string().nullable(), message: z.string(), message_en: z.string() });
type BreachView = z.infer<typeof breachView>;

/** The breaches with their customers' names (from the plan, else from the archive: a customer removed from the plan is not in it). */
async function presentBreaches(db: Db, orgId: string, breaches: readonly Breach[], inPlan: ReadonlyMap<string, string>): Promise<BreachView[]> {
  const others = await customerNames(db, orgId, [...new Set(breaches.flatMap((b) => (b.customerId && !inPlan.has(b.customerId) ? [b.customerId] : [])))]);
  const nameOf = (id: string | null) => (id ? (inPlan.get(id) ?? others.get(id) ?? null) : null);
  return breaches.map((b) => ({ code: b.code, severity: b.severity, customerId: b.customerId, customerName: nameOf(b.customerId), date: b.date, message: b.zh, message_en: b.en }));
}

type Step = 'submit' | 'approve' | 'return';
const FROM: Record<Step, readonly string[]> = { submit: EDITABLE_STATUSES, approve: ['submitted'], return: ['submitted'] };
const TO = { submit: 'submitted', approve: 'approved', return: 'returned' } as const;

/**
 * One step of the plan's review: the rep submits a draft or returned plan (refused with the rule breaches listed
 * unless they are only warnings); the office manager of the rep's office approves or returns a submitted plan.
 * An approved plan is final until its rep reopens it for revision (plan-revisions.service.ts); each approval is kept
 * as a version.
 */
export async function reviewStep(db: Db, actor: Actor, id: string, step: Step, input: { version: number; comment?: string }, meta: RequestMeta) {
  return db.transaction(async (tx) => {
    const t = tx as Db;
    const plan = await lockPlan(t, actor, id);
    if (!plan) throw new AppError('NOT_FOUND');
    if (!FROM[step].includes(plan.status)) throw new AppError(step === 'submit' ? 'VISIT_PLAN_LOCKED' : 'VISIT_PLAN_NOT_SUBMITTED');
    if (plan.version !== input.version) throw new AppError('VERSION_CONFLICT');
    let breaches: BreachView[] = [];
    if (step === 'submit') {
      const settings = await loadVisitSettings(t, actor.orgId);
      const customers = (await planningCustomers(t, actor.orgId, plan.repId)).map(toPlanCustomer);
      const items = await planItems(t, actor.orgId, id);
      const draft = {
        year: Number(plan.month.slice(0, 4)),
        month: Number(plan.month.slice(5, 7)),
        days: (plan.days as StoredDay[]).map((d) => ({ date: d.date, contacts: items.filter((i) => i.date === d.date).map((i) => ({ customerId: i.customerId, kind: i.kind })) })),
      };
      const checked = validatePlan(draft, customers.map((c) => toValidationCustomer(c, settings.rules)), { calendar: await orgWorkingCalendar(t, actor.orgId), dailyCapacity: plan.dailyCapacity });
      breaches = await presentBreaches(t, actor.orgId, checked.breaches, new Map(items.map((i) => [i.customerId, i.customerName])));
      if (!checked.ok) throw new AppError('VISIT_PLAN_INVALID', undefined, undefined, { breaches });
    }
    const stamp = step === 'submit' ? { submittedAt: meta.now, submittedBy: actor.userId } : { reviewedAt: meta.now, reviewedBy: actor.userId, comment: input.comment ?? null };
    await t
      .update(visitPlans)
      .set({ status: TO[step], ...stamp, version: plan.version + 1, updatedAt: meta.now })
      .where(and(eq(visitPlans.orgId, actor.orgId), eq(visitPlans.id, id)));
    if (step === 'approve') await recordApprovedRevision(t, actor.orgId, id, actor.userId, input.comment ?? null, meta.now);
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: `visit_plan.${step}`, targetType: 'visit_plan', targetId: id, before: { status: plan.status }, after: { status: TO[step], comment: input.comment ?? null }, ip: meta.ip }, meta.now);
    return { warnings: breaches };
  });
}
