import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import { generateMonthlyPlan } from '../../../domain/visits/plan';
import type { Db } from '../../db/client';
import { users, visitPlans } from '../../db/schema';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import { userScope } from '../admin/users.queries';
import type { RequestMeta } from '../identity/auth.service';
import { dayEndsOf } from './day-routes';
import { replacePlanItems, type StoredDay } from './plan-store';
import { monthParts, startPoint, toPlanCustomer } from './planning-input';
import { loadPlanView } from './plan-view';
import type { PlanView, StoredUnplaced } from './visit-plans.presenter';
import { customerNames, lockPlanOfMonth, planningCustomers, travelSettingsOf } from './visit-plans.queries';
import { loadVisitSettings } from './visit-settings.service';
import { orgWorkingCalendar } from '../calendar/org-calendar';

/**
 * The rep the plan is for: a rep plans for themself; an office manager for an active rep of their office. A user
 * outside the actor's scope is 404; one in scope who is not an active rep cannot have a plan.
 */
async function planningRep(db: Db, actor: Actor, repId: string | undefined) {
  const id = repId ?? actor.userId;
  const [rep] = await db.select({ id: users.id, role: users.role, active: users.active, officeId: users.officeId }).from(users).where(and(userScope(actor), eq(users.id, id)));
  if (!rep) throw new AppError('NOT_FOUND');
  if (rep.role !== 'rep' || !rep.active || !rep.officeId) throw new AppError('VISIT_PLAN_NOT_A_REP');
  return { id: rep.id, officeId: rep.officeId };
}

/**
 * Generates the rep's plan for the month with the domain planner and stores it as a draft, replacing a draft or
 * returned plan of that month; a submitted or approved plan is never replaced. The calendar is the organisation's:
 * official holidays and 调休 with the administrator's overrides; each day's route ends where the rep's travel settings
 * say (back at the start when they name no end point).
 */
export async function generatePlan(db: Db, actor: Actor, input: { month: string; repId?: string }, meta: RequestMeta): Promise<PlanView> {
  const rep = await planningRep(db, actor, input.repId);
  const { year, month, firstDay } = monthParts(input.month);
  // Independent reads: on a PostgreSQL pool they run at once (PGlite takes them in turn).
  const [settings, rows, travel, calendar] = await Promise.all([
    loadVisitSettings(db, actor.orgId),
    planningCustomers(db, actor.orgId, rep.id),
    travelSettingsOf(db, actor.orgId, rep.id),
    orgWorkingCalendar(db, actor.orgId),
  ]);
  const customers = rows.map(toPlanCustomer);
  const start = startPoint(travel, customers);
  if (!start) throw new AppError('VISIT_PLAN_NO_START');
  const mode = travel?.mode ?? 'motorbike';
  const dailyCapacity = travel?.dailyCapacity ?? settings.plan.dailyCapacity;
  const { end } = dayEndsOf(travel);
  const generated = generateMonthlyPlan({ year, month, calendar, customers, start, end, mode, dailyCapacity, rules: settings.rules });
  if (!generated.ok) throw new AppError('CALENDAR_YEAR_NOT_CONFIGURED', [{ field: 'month', message: `月份：${generated.error.zh}`, message_en: `Month: ${generated.error.en}` }]);
  const plan = generated.value;
  const names = await customerNames(db, actor.orgId, plan.unplaced.map((u) => u.customerId));
  const unplaced: StoredUnplaced[] = plan.unplaced.map((u) => ({ ...u, customerName: names.get(u.customerId) ?? '' }));
  const days: StoredDay[] = plan.days.map((d) => ({ date: d.date, week: d.week, route: d.route }));
  const content = { status: 'draft' as const, dailyCapacity, mode, start, days, unplaced, generatedAt: meta.now, updatedAt: meta.now };

  const planId = await db.transaction(async (tx) => {
    const t = tx as Db;
    const existing = await lockPlanOfMonth(t, actor.orgId, rep.id, firstDay);
    if (existing && (existing.status === 'submitted' || existing.status === 'approved')) throw new AppError('VISIT_PLAN_LOCKED');
    let id: string;
    if (existing) {
      await t.update(visitPlans).set({ ...content, adjustedAt: null, adjustedBy: null, version: existing.version + 1 }).where(and(eq(visitPlans.orgId, actor.orgId), eq(visitPlans.id, existing.id)));
      id = existing.id;
    } else {
      const [made] = await t.insert(visitPlans).values({ orgId: actor.orgId, repId: rep.id, officeId: rep.officeId, month: firstDay, ...content, createdAt: meta.now }).returning({ id: visitPlans.id });
      id = made!.id;
    }
    await replacePlanItems(t, actor.orgId, id, plan.days.map((d) => ({ date: d.date, contacts: d.contacts.map((c) => ({ customerId: c.customerId, kind: c.kind, objective: c.objective.zh, objectiveEn: c.objective.en })) })));
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'visit_plan.generate', targetType: 'visit_plan', targetId: id, after: { repId: rep.id, month: input.month, totals: plan.totals }, ip: meta.ip }, meta.now);
    return id;
  });
  return (await loadPlanView(db, actor, planId))!;
}
