import { and, asc, eq, gte, inArray, isNotNull, isNull, lte, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customers, customerVisitRules, offices, users, visitPlanItems, visitPlans, visits } from '../../db/schema';
import { userScope } from '../admin/users.queries';

/*
 * The reads behind plan against actual (拜访达成): each is one statement over every rep in scope at once, never a
 * query per rep or per customer.
 */

/** The active reps the actor may see (a rep: themself), with their office; optionally of one office. */
export async function complianceReps(db: Db, actor: Actor, officeId: string | undefined) {
  return db
    .select({ repId: users.id, repName: users.displayName, officeId: sql<string>`${users.officeId}`, officeName: offices.name })
    .from(users)
    .innerJoin(offices, and(eq(offices.orgId, users.orgId), eq(offices.id, users.officeId)))
    .where(and(userScope(actor), eq(users.role, 'rep'), eq(users.active, true), isNotNull(users.officeId), officeId ? eq(users.officeId, officeId) : undefined))
    .orderBy(asc(offices.name), asc(users.displayName), asc(users.id));
}

/**
 * The reps' customers that need visits (not deleted, not lost), with grade, type, own rule and the last day anyone
 * contacted them up to `until` (any month).
 */
export async function complianceCustomers(db: Db, orgId: string, repIds: readonly string[], until: string) {
  if (repIds.length === 0) return [];
  const last = db
    .select({ customerId: visits.customerId, lastDate: sql<string>`max(${visits.date})`.as('last_date') })
    .from(visits)
    .innerJoin(customers, and(eq(customers.orgId, visits.orgId), eq(customers.id, visits.customerId)))
    .where(and(eq(visits.orgId, orgId), inArray(customers.ownerId, [...repIds]), lte(visits.date, until)))
    .groupBy(visits.customerId)
    .as('last');
  return db
    .select({
      id: customers.id,
      name: customers.name,
      repId: sql<string>`${customers.ownerId}`,
      grade: customers.grade,
      typeCode: customers.typeCode,
      visitsPerMonth: customerVisitRules.visitsPerMonth,
      phoneAllowed: customerVisitRules.phoneAllowed,
      lastContactEver: last.lastDate,
    })
    .from(customers)
    .leftJoin(customerVisitRules, and(eq(customerVisitRules.orgId, customers.orgId), eq(customerVisitRules.customerId, customers.id)))
    .leftJoin(last, eq(last.customerId, customers.id))
    .where(and(eq(customers.orgId, orgId), inArray(customers.ownerId, [...repIds]), isNull(customers.deletedAt), ne(customers.status, 'lost')));
}

/** The contacts the reps recorded between two days (inclusive). */
export async function complianceContacts(db: Db, orgId: string, repIds: readonly string[], from: string, to: string) {
  if (repIds.length === 0) return [];
  return db
    .select({ repId: visits.repId, customerId: visits.customerId, date: visits.date, kind: visits.kind, planned: sql<boolean>`${visits.planId} is not null`, checkIn: visits.checkInStatus })
    .from(visits)
    .where(and(eq(visits.orgId, orgId), inArray(visits.repId, [...repIds]), gte(visits.date, from), lte(visits.date, to)));
}

/** How many contacts each rep's plan of the month holds, per grade of the customer (ungraded as 'none'). */
export async function plannedContactsByGrade(db: Db, orgId: string, repIds: readonly string[], firstDay: string) {
  if (repIds.length === 0) return [];
  const grade = sql<'A' | 'B' | 'C' | 'none'>`coalesce(${customers.grade}, 'none')`;
  return db
    .select({ repId: visitPlans.repId, grade, contacts: sql<number>`count(*)::int` })
    .from(visitPlanItems)
    .innerJoin(visitPlans, and(eq(visitPlans.orgId, visitPlanItems.orgId), eq(visitPlans.id, visitPlanItems.planId)))
    .innerJoin(customers, and(eq(customers.orgId, visitPlanItems.orgId), eq(customers.id, visitPlanItems.customerId)))
    .where(and(eq(visitPlanItems.orgId, orgId), inArray(visitPlans.repId, [...repIds]), eq(visitPlans.month, firstDay)))
    .groupBy(visitPlans.repId, grade);
}

/** Each rep's plan status for the month (reps without a plan are left out). */
export async function planStatuses(db: Db, orgId: string, repIds: readonly string[], firstDay: string) {
  if (repIds.length === 0) return [];
  return db
    .select({ repId: visitPlans.repId, status: visitPlans.status })
    .from(visitPlans)
    .where(and(eq(visitPlans.orgId, orgId), inArray(visitPlans.repId, [...repIds]), eq(visitPlans.month, firstDay)));
}
