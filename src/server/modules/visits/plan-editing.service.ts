import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDateSchema } from '../../../domain/customers/calendar-dates';
import { can, type Actor } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import type { Bilingual } from '../../../domain/shared/messages';
import type { ErrorCode } from '../../../domain/shared/error-codes';
import { both } from '../../../domain/shared/bilingual-issue';
import { CONTACT_KINDS, defaultObjective } from '../../../domain/visits/objectives';
import { addContact, moveContact, removeContact, type EditContext, type EditResult, type PlanDraft } from '../../../domain/visits/plan-editing';
import type { PlanCustomer } from '../../../domain/visits/plan-types';
import type { Db } from '../../db/client';
import { visitPlans } from '../../db/schema';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import type { Coordinate } from '../../../domain/customers/coordinates';
import { repDayEnds, routeDay } from './day-routes';
import { replacePlanItems, type StoredContact, type StoredDay } from './plan-store';
import { toPlanCustomer } from './planning-input';
import { lockPlan, planItems, planningCustomers } from './visit-plans.queries';
import { orgWorkingCalendar } from '../calendar/org-calendar';

const objectiveSchema = z.string().trim().min(1).max(200, both('工作目标最多 200 个字符', 'at most 200 characters'));
const change = z.discriminatedUnion('action', [
  z.object({ action: z.literal('move'), customerId: idSchema, from: calendarDateSchema, to: calendarDateSchema }),
  z.object({ action: z.literal('add'), customerId: idSchema, date: calendarDateSchema, kind: z.enum(CONTACT_KINDS), objective: objectiveSchema.optional() }),
  z.object({ action: z.literal('remove'), customerId: idSchema, date: calendarDateSchema }),
]);
export const editPlanBody = z.object({ version: z.number().int().min(1), changes: z.array(change).min(1).max(50, both('一次最多 50 项调整', 'at most 50 changes at a time')) });
export type EditPlanInput = z.infer<typeof editPlanBody>;

export const EDITABLE_STATUSES: readonly string[] = ['draft', 'returned'];

/** Whether the actor edits as the office manager reviewing the plan (调整) rather than as its rep. */
const adjusts = (actor: Actor) => can(actor, 'visitPlan.review');

/**
 * Why the plan cannot be changed by the actor now, or null: its rep changes a draft or returned plan; the office
 * manager of the rep's office adjusts a submitted one before approving it; an approved plan is final for everyone.
 */
function lockedFor(actor: Actor, status: string): ErrorCode | null {
  if (!adjusts(actor)) return EDITABLE_STATUSES.includes(status) ? null : 'VISIT_PLAN_LOCKED';
  if (status === 'submitted') return null;
  return status === 'approved' ? 'VISIT_PLAN_LOCKED' : 'VISIT_PLAN_NOT_IN_REVIEW';
}

type Contact = StoredContact;

function applyChange(plan: PlanDraft<Contact>, c: EditPlanInput['changes'][number], customers: ReadonlyMap<string, PlanCustomer>, context: EditContext): EditResult<Contact> {
  if (c.action === 'remove') return removeContact(plan, c.date, c.customerId);
  if (c.action === 'move') return moveContact(plan, c.from, c.to, c.customerId, context);
  const customer = customers.get(c.customerId);
  if (!customer) return { ok: false, error: { code: 'no-such-contact', zh: '该客户不在本人的客户名单中', en: 'the customer is not one of the rep’s customers' } };
  const objective = c.objective ? { zh: c.objective, en: null } : (({ zh, en }) => ({ zh, en }))(defaultObjective(customer.grade, c.kind));
  return addContact(plan, c.date, { customerId: c.customerId, kind: c.kind, objective: objective.zh, objectiveEn: objective.en }, context);
}

/**
 * Moves, adds and removes contacts of a plan, through the domain's editing rules, all or nothing; the days that
 * changed are routed again. The rep edits their own draft or returned plan; the office manager adjusts a submitted
 * plan of the office before reviewing it, which is stamped on the plan (adjustedBy/adjustedAt) and audited as
 * visit_plan.adjust, so the rep sees it. Answers the warnings (days over capacity).
 */
export async function editPlan(db: Db, actor: Actor, id: string, input: EditPlanInput, meta: RequestMeta): Promise<{ warnings: Bilingual[] }> {
  return db.transaction(async (tx) => {
    const t = tx as Db;
    const plan = await lockPlan(t, actor, id);
    if (!plan) throw new AppError('NOT_FOUND');
    const adjusting = adjusts(actor);
    const locked = lockedFor(actor, plan.status);
    if (locked) throw new AppError(locked);
    if (plan.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const customers = new Map((await planningCustomers(t, actor.orgId, plan.repId)).map((r) => [r.id, toPlanCustomer(r)]));
    const stored = plan.days as StoredDay[];
    const items = await planItems(t, actor.orgId, id);
    let draft: PlanDraft<Contact> = {
      year: Number(plan.month.slice(0, 4)),
      month: Number(plan.month.slice(5, 7)),
      days: stored.map((d) => ({ date: d.date, contacts: items.filter((i) => i.date === d.date).map((i) => ({ customerId: i.customerId, kind: i.kind, objective: i.objective, objectiveEn: i.objectiveEn })) })),
    };
    const context = { calendar: await orgWorkingCalendar(t, actor.orgId), dailyCapacity: plan.dailyCapacity };
    const warnings: Bilingual[] = [];
    const changed = new Set<string>();
    input.changes.forEach((c, i) => {
      const result = applyChange(draft, c, customers, context);
      if (!result.ok) throw new AppError('VISIT_PLAN_EDIT_REFUSED', [{ field: `changes.${i}`, message: `第 ${i + 1} 项调整：${result.error.zh}`, message_en: `Change ${i + 1}: ${result.error.en}` }]);
      draft = result.plan;
      warnings.push(...result.warnings);
      for (const date of c.action === 'move' ? [c.from, c.to] : [c.date]) changed.add(date);
    });

    const start = plan.start as Coordinate;
    const ends = await repDayEnds(t, actor.orgId, plan.repId);
    const routes = new Map(stored.map((d) => [d.date, d]));
    const days = draft.days.map((d, index) => {
      if (!changed.has(d.date)) return d;
      const routed = routeDay(d.contacts, customers, start, plan.mode, index, ends);
      routes.set(d.date, { date: d.date, week: routes.get(d.date)?.week ?? 0, route: routed.route });
      return { date: d.date, contacts: routed.contacts };
    });
    await replacePlanItems(t, actor.orgId, id, days);
    await t
      .update(visitPlans)
      .set({ days: draft.days.map((d) => routes.get(d.date)!), version: plan.version + 1, updatedAt: meta.now, ...(adjusting ? { adjustedAt: meta.now, adjustedBy: actor.userId } : {}) })
      .where(and(eq(visitPlans.orgId, actor.orgId), eq(visitPlans.id, id)));
    const action = adjusting ? 'visit_plan.adjust' : 'visit_plan.edit';
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action, targetType: 'visit_plan', targetId: id, before: { status: plan.status, version: plan.version }, after: { changes: input.changes }, ip: meta.ip }, meta.now);
    return { warnings: dedupe(warnings) };
  });
}

function dedupe(list: Bilingual[]): Bilingual[] {
  const seen = new Set<string>();
  return list.filter((w) => !seen.has(w.zh) && seen.add(w.zh) !== undefined);
}
