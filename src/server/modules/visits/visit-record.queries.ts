import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { rowScope } from '../../db/row-scope';
import { customers, users, visitPhotos, visitPlanItems, visitPlans, visits } from '../../db/schema';

/** The visits the actor may see: a rep their own, an office manager their office's, organisation-wide roles all. */
export function visitScope(actor: Actor): SQL {
  return rowScope(actor, { orgId: visits.orgId, officeId: visits.officeId, ownerId: visits.repId });
}

const visitColumns = {
  id: visits.id,
  repId: visits.repId,
  repName: users.displayName,
  officeId: visits.officeId,
  customerId: visits.customerId,
  customerName: customers.name,
  customerGrade: customers.grade,
  customerAddress: customers.address,
  customerLng: customers.lng,
  customerLat: customers.lat,
  customerDatum: customers.datum,
  planId: visits.planId,
  kind: visits.kind,
  date: visits.date,
  checkInAt: visits.checkInAt,
  checkInLng: visits.checkInLng,
  checkInLat: visits.checkInLat,
  checkInAccuracy: visits.checkInAccuracy,
  checkInDistance: visits.checkInDistance,
  checkInStatus: visits.checkInStatus,
  checkInTolerance: visits.checkInTolerance,
  flagged: visits.flagged,
  checkOutAt: visits.checkOutAt,
  checkOutLng: visits.checkOutLng,
  checkOutLat: visits.checkOutLat,
  checkOutAccuracy: visits.checkOutAccuracy,
  answers: visits.answers,
  notes: visits.notes,
  nextSteps: visits.nextSteps,
  version: visits.version,
  createdAt: visits.createdAt,
  updatedAt: visits.updatedAt,
};
export type VisitRow = Awaited<ReturnType<typeof findVisit>> & {};

function fromVisits(db: Db) {
  return db
    .select(visitColumns)
    .from(visits)
    .innerJoin(users, and(eq(users.orgId, visits.orgId), eq(users.id, visits.repId)))
    .innerJoin(customers, and(eq(customers.orgId, visits.orgId), eq(customers.id, visits.customerId)));
}

export async function findVisit(db: Db, actor: Actor, id: string) {
  const [row] = await fromVisits(db).where(and(visitScope(actor), eq(visits.id, id)));
  return row;
}

/** Locks a visit in the actor's scope for the rest of the transaction. */
export async function lockVisit(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ id: visits.id, repId: visits.repId, customerId: visits.customerId, kind: visits.kind, version: visits.version, answers: visits.answers, notes: visits.notes, nextSteps: visits.nextSteps, checkOutAt: visits.checkOutAt })
    .from(visits)
    .where(and(visitScope(actor), eq(visits.id, id)))
    .for('update');
  return row;
}

/** The rep's visits of a day, in the order they checked in. */
export async function visitsOfDay(db: Db, orgId: string, repId: string, date: string) {
  return fromVisits(db)
    .where(and(eq(visits.orgId, orgId), eq(visits.repId, repId), eq(visits.date, date)))
    .orderBy(asc(visits.checkInAt));
}

/** A customer's visits, newest first (every rep's: the customer's scope was checked by the caller). */
export async function visitsOfCustomer(db: Db, orgId: string, customerId: string, limit = 100) {
  return fromVisits(db)
    .where(and(eq(visits.orgId, orgId), eq(visits.customerId, customerId)))
    .orderBy(desc(visits.date), desc(visits.checkInAt))
    .limit(limit);
}

/** The visit the rep made to the customer on the day, if any. */
export async function visitOfRepCustomerDay(db: Db, orgId: string, repId: string, customerId: string, date: string) {
  const [row] = await db
    .select({ id: visits.id })
    .from(visits)
    .where(and(eq(visits.orgId, orgId), eq(visits.repId, repId), eq(visits.customerId, customerId), eq(visits.date, date)));
  return row;
}

/** The rep's plan of the month holding the date, whatever its status (one per rep and month). */
export async function planOfDay(db: Db, orgId: string, repId: string, date: string) {
  const [row] = await db
    .select({ id: visitPlans.id, status: visitPlans.status, start: visitPlans.start })
    .from(visitPlans)
    .where(and(eq(visitPlans.orgId, orgId), eq(visitPlans.repId, repId), eq(visitPlans.month, `${date.slice(0, 7)}-01`)));
  return row;
}

/** A plan's contacts on one day in route order, with the customers' grade and place. */
export async function planItemsOfDay(db: Db, orgId: string, planId: string, date: string) {
  return db
    .select({
      seq: visitPlanItems.seq,
      customerId: visitPlanItems.customerId,
      customerName: customers.name,
      grade: customers.grade,
      address: customers.address,
      lng: customers.lng,
      lat: customers.lat,
      datum: customers.datum,
      kind: visitPlanItems.kind,
      objective: visitPlanItems.objective,
      objectiveEn: visitPlanItems.objectiveEn,
    })
    .from(visitPlanItems)
    .innerJoin(customers, and(eq(customers.orgId, visitPlanItems.orgId), eq(customers.id, visitPlanItems.customerId)))
    .where(and(eq(visitPlanItems.orgId, orgId), eq(visitPlanItems.planId, planId), eq(visitPlanItems.date, date)))
    .orderBy(asc(visitPlanItems.seq));
}

/** Whether the plan has the customer on the day: a visit there fulfils the plan. */
export async function isPlanned(db: Db, orgId: string, planId: string, customerId: string, date: string): Promise<boolean> {
  const [row] = await db
    .select({ seq: visitPlanItems.seq })
    .from(visitPlanItems)
    .where(and(eq(visitPlanItems.orgId, orgId), eq(visitPlanItems.planId, planId), eq(visitPlanItems.date, date), eq(visitPlanItems.customerId, customerId)));
  return Boolean(row);
}

const photoColumns = { id: visitPhotos.id, visitId: visitPhotos.visitId, contentType: visitPhotos.contentType, sizeBytes: visitPhotos.sizeBytes, createdAt: visitPhotos.createdAt };

/** The photos of some visits (without their bytes), oldest first. */
export async function photosOf(db: Db, orgId: string, visitIds: readonly string[]) {
  if (visitIds.length === 0) return [];
  return db
    .select(photoColumns)
    .from(visitPhotos)
    .where(and(eq(visitPhotos.orgId, orgId), sql`${visitPhotos.visitId} in ${visitIds}`))
    .orderBy(asc(visitPhotos.createdAt), asc(visitPhotos.id));
}

/** One photo with its bytes, when its visit is in the actor's scope. */
export async function findPhoto(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ ...photoColumns, data: visitPhotos.data })
    .from(visitPhotos)
    .innerJoin(visits, and(eq(visits.orgId, visitPhotos.orgId), eq(visits.id, visitPhotos.visitId)))
    .where(and(visitScope(actor), eq(visitPhotos.id, id)));
  return row;
}

export async function photoCount(db: Db, orgId: string, visitId: string): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(visitPhotos).where(and(eq(visitPhotos.orgId, orgId), eq(visitPhotos.visitId, visitId)));
  return row?.n ?? 0;
}
