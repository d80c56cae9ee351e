import { and, desc, eq, max } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Actor } from '../../../domain/identity/policies';
import { both } from '../../../domain/shared/bilingual-issue';
import type { Db } from '../../db/client';
import { users, visitPlanRevisions, visitPlans } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { lockPlan, planItems, planScope } from './visit-plans.queries';

export const reopenPlanBody = z.object({
  version: z.number().int().min(1),
  reason: z.string({ message: both('请写明修订原因', 'say why the plan is revised') }).trim().min(1, both('请写明修订原因', 'say why the plan is revised')).max(500, both('原因最多 500 个字符', 'at most 500 characters')),
});

const contactSchema = z.object({ date: z.string(), customerId: z.string(), customerName: z.string(), kind: z.enum(['visit', 'phone']), objective: z.string() });
export const revisionView = z.object({
  revision: z.number(),
  approvedAt: z.string(),
  approvedByName: z.string().nullable(),
  comment: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenedByName: z.string().nullable(),
  reopenReason: z.string().nullable(),
  contacts: z.array(contactSchema),
});

/** Keeps what was just approved as the plan's next version (第 N 版), in the approval's transaction. */
export async function recordApprovedRevision(db: Db, orgId: string, planId: string, approvedBy: string, comment: string | null, now: Date): Promise<number> {
  const [last] = await db.select({ n: max(visitPlanRevisions.revision) }).from(visitPlanRevisions).where(and(eq(visitPlanRevisions.orgId, orgId), eq(visitPlanRevisions.planId, planId)));
  const revision = (last?.n ?? 0) + 1;
  const contacts = (await planItems(db, orgId, planId)).map((i) => ({ date: i.date, customerId: i.customerId, customerName: i.customerName, kind: i.kind, objective: i.objective }));
  await db.insert(visitPlanRevisions).values({ orgId, planId, revision, approvedAt: now, approvedBy, comment, contacts });
  return revision;
}

/**
 * The rep reopens their approved plan of a month that has not ended, saying why (a customer closed, a new one came):
 * the plan becomes a draft again, to edit, submit and have approved as the next version. The approved version stays
 * stored, stamped with who reopened it, when and why; until the new version is approved the days as edited count.
 */
export async function reopenPlan(db: Db, actor: Actor, id: string, input: z.infer<typeof reopenPlanBody>, meta: RequestMeta): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const plan = await lockPlan(t, actor, id);
    if (!plan || plan.repId !== actor.userId) throw new AppError('NOT_FOUND');
    if (plan.status !== 'approved') throw new AppError('VISIT_PLAN_NOT_APPROVED');
    const lastDay = new Date(Date.UTC(Number(plan.month.slice(0, 4)), Number(plan.month.slice(5, 7)), 0)).toISOString().slice(0, 10);
    if (lastDay < shanghaiDate(meta.now)) throw new AppError('VISIT_PLAN_PAST');
    if (plan.version !== input.version) throw new AppError('VERSION_CONFLICT');
    await t
      .update(visitPlans)
      .set({ status: 'draft', comment: null, adjustedAt: null, adjustedBy: null, version: plan.version + 1, updatedAt: meta.now })
      .where(and(eq(visitPlans.orgId, actor.orgId), eq(visitPlans.id, id)));
    const [last] = await t
      .select({ revision: visitPlanRevisions.revision })
      .from(visitPlanRevisions)
      .where(and(eq(visitPlanRevisions.orgId, actor.orgId), eq(visitPlanRevisions.planId, id)))
      .orderBy(desc(visitPlanRevisions.revision))
      .limit(1);
    if (last) {
      await t
        .update(visitPlanRevisions)
        .set({ reopenedAt: meta.now, reopenedBy: actor.userId, reopenReason: input.reason })
        .where(and(eq(visitPlanRevisions.orgId, actor.orgId), eq(visitPlanRevisions.planId, id), eq(visitPlanRevisions.revision, last.revision)));
    }
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'visit_plan.reopen', targetType: 'visit_plan', targetId: id, before: { status: 'approved', revision: last?.revision ?? null }, after: { status: 'draft', reason: input.reason }, ip: meta.ip }, meta.now);
  });
}

const approver = alias(users, 'approver');
const reopener = alias(users, 'reopener');

/** The plan's approved versions, newest first (404 outside the actor's scope). */
export async function listRevisions(db: Db, actor: Actor, id: string): Promise<z.infer<typeof revisionView>[]> {
  const [plan] = await db.select({ id: visitPlans.id }).from(visitPlans).where(and(planScope(actor), eq(visitPlans.id, id)));
  if (!plan) throw new AppError('NOT_FOUND');
  const rows = await db
    .select({ r: visitPlanRevisions, approvedByName: approver.displayName, reopenedByName: reopener.displayName })
    .from(visitPlanRevisions)
    .leftJoin(approver, and(eq(approver.orgId, visitPlanRevisions.orgId), eq(approver.id, visitPlanRevisions.approvedBy)))
    .leftJoin(reopener, and(eq(reopener.orgId, visitPlanRevisions.orgId), eq(reopener.id, visitPlanRevisions.reopenedBy)))
    .where(and(eq(visitPlanRevisions.orgId, actor.orgId), eq(visitPlanRevisions.planId, id)))
    .orderBy(desc(visitPlanRevisions.revision));
  return rows.map(({ r, approvedByName, reopenedByName }) => ({
    revision: r.revision,
    approvedAt: r.approvedAt.toISOString(),
    approvedByName,
    comment: r.comment,
    reopenedAt: r.reopenedAt?.toISOString() ?? null,
    reopenedByName,
    reopenReason: r.reopenReason,
    contacts: contactSchema.array().parse(r.contacts),
  }));
}
