import { and, eq, inArray } from 'drizzle-orm';
import type { Coordinate } from '../../../domain/customers/coordinates';
import type { Db } from '../../db/client';
import { customers, visitPlanItems } from '../../db/schema';
import { datumOf } from './planning-input';

/** Where the plan's customers are (their stored coordinates), for its day routes; customers without coordinates are left out. */
export async function planCustomerPlaces(db: Db, orgId: string, planId: string): Promise<Map<string, Coordinate>> {
  const inPlan = db.selectDistinct({ id: visitPlanItems.customerId }).from(visitPlanItems).where(and(eq(visitPlanItems.orgId, orgId), eq(visitPlanItems.planId, planId)));
  const rows = await db
    .select({ id: customers.id, lng: customers.lng, lat: customers.lat, datum: customers.datum })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.id, inPlan)));
  return new Map(rows.flatMap((r) => (r.lng !== null && r.lat !== null ? [[r.id, { lng: r.lng, lat: r.lat, datum: datumOf(r.datum) }] as const] : [])));
}
