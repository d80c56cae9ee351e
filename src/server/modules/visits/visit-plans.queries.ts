import { and, asc, desc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { rowScope } from '../../db/row-scope';
import { customers, customerVisitRules, repTravelSettings, users, visitPlanItems, visitPlans } from '../../db/schema';

/** The plans the actor may see: a rep their own, an office manager their office's, organisation-wide roles all. */
export function planScope(actor: Actor): SQL {
  return rowScope(actor, { orgId: visitPlans.orgId, officeId: visitPlans.officeId, ownerId: visitPlans.repId });
}

/** The office manager who last adjusted the plan while reviewing it. */
const adjuster = alias(users, 'plan_adjuster');

const planColumns = {
  id: visitPlans.id,
  repId: visitPlans.repId,
  repName: users.displayName,
  officeId: visitPlans.officeId,
  month: visitPlans.month,
  status: visitPlans.status,
  dailyCapacity: visitPlans.dailyCapacity,
  mode: visitPlans.mode,
  start: visitPlans.start,
  days: visitPlans.days,
  unplaced: visitPlans.unplaced,
  comment: visitPlans.comment,
  submittedAt: visitPlans.submittedAt,
  submittedBy: visitPlans.submittedBy,
  reviewedAt: visitPlans.reviewedAt,
  reviewedBy: visitPlans.reviewedBy,
  adjustedAt: visitPlans.adjustedAt,
  adjustedBy: visitPlans.adjustedBy,
  adjustedByName: adjuster.displayName,
  generatedAt: visitPlans.generatedAt,
  version: visitPlans.version,
};
export type PlanRow = Awaited<ReturnType<typeof findPlan>> & {};

function fromPlans(db: Db) {
  return db
    .select(planColumns)
    .from(visitPlans)
    .innerJoin(users, and(eq(users.orgId, visitPlans.orgId), eq(users.id, visitPlans.repId)))
    .leftJoin(adjuster, and(eq(adjuster.orgId, visitPlans.orgId), eq(adjuster.id, visitPlans.adjustedBy)));
}

export async function findPlan(db: Db, actor: Actor, id: string) {
  const [row] = await fromPlans(db).where(and(planScope(actor), eq(visitPlans.id, id)));
  return row;
}

/** Locks the plan row for the rest of the transaction and returns its status and version (in scope only). */
export async function lockPlan(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ id: visitPlans.id, repId: visitPlans.repId, status: visitPlans.status, version: visitPlans.version, month: visitPlans.month, dailyCapacity: visitPlans.dailyCapacity, mode: visitPlans.mode, start: visitPlans.start, days: visitPlans.days })
    .from(visitPlans)
    .where(and(planScope(actor), eq(visitPlans.id, id)))
    .for('update');
  return row;
}

export async function listPlans(db: Db, actor: Actor, q: { month?: string; repId?: string }) {
  return fromPlans(db)
    .where(and(planScope(actor), q.month ? eq(visitPlans.month, q.month) : undefined, q.repId ? eq(visitPlans.repId, q.repId) : undefined))
    .orderBy(desc(visitPlans.month), asc(users.displayName))
    .limit(200);
}

export async function planItems(db: Db, orgId: string, planId: string) {
  return db
    .select({ date: visitPlanItems.date, seq: visitPlanItems.seq, customerId: visitPlanItems.customerId, customerName: customers.name, grade: customers.grade, kind: visitPlanItems.kind, objective: visitPlanItems.objective, objectiveEn: visitPlanItems.objectiveEn })
    .from(visitPlanItems)
    .innerJoin(customers, and(eq(customers.orgId, visitPlanItems.orgId), eq(customers.id, visitPlanItems.customerId)))
    .where(and(eq(visitPlanItems.orgId, orgId), eq(visitPlanItems.planId, planId)))
    .orderBy(asc(visitPlanItems.date), asc(visitPlanItems.seq));
}

export async function customerNames(db: Db, orgId: string, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: customers.id, name: customers.name })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), sql`${customers.id} in ${ids}`));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The rep's customers that need visits (not deleted, not lost), with grade, type, coordinates and own rule. */
export async function planningCustomers(db: Db, orgId: string, repId: string) {
  return db
    .select({
      id: customers.id,
      grade: customers.grade,
      typeCode: customers.typeCode,
      lng: customers.lng,
      lat: customers.lat,
      datum: customers.datum,
      visitsPerMonth: customerVisitRules.visitsPerMonth,
      phoneAllowed: customerVisitRules.phoneAllowed,
    })
    .from(customers)
    .leftJoin(customerVisitRules, and(eq(customerVisitRules.orgId, customers.orgId), eq(customerVisitRules.customerId, customers.id)))
    .where(and(eq(customers.orgId, orgId), eq(customers.ownerId, repId), isNull(customers.deletedAt), ne(customers.status, 'lost')))
    .orderBy(asc(customers.id));
}

export async function travelSettingsOf(db: Db, orgId: string, userId: string) {
  const [row] = await db.select().from(repTravelSettings).where(and(eq(repTravelSettings.orgId, orgId), eq(repTravelSettings.userId, userId)));
  return row;
}

/** The plan of a rep for a month, locked for the transaction. */
export async function lockPlanOfMonth(db: Db, orgId: string, repId: string, month: string) {
  const [row] = await db
    .select({ id: visitPlans.id, status: visitPlans.status, version: visitPlans.version })
    .from(visitPlans)
    .where(and(eq(visitPlans.orgId, orgId), eq(visitPlans.repId, repId), eq(visitPlans.month, month)))
    .for('update');
  return row;
}
