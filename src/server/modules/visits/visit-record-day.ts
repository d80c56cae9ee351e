import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDateSchema } from '../../../domain/customers/calendar-dates';
import type { Coordinate } from '../../../domain/customers/coordinates';
import type { Actor } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import { distancesFromPrevious } from '../../../domain/visits/visit-record';
import type { Db } from '../../db/client';
import { users } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { userScope } from '../admin/users.queries';
import { customerCoordinate, presentVisitSummary, visitSummaryView } from './visit-record.presenter';
import { photosOf, planItemsOfDay, planOfDay, visitsOfDay } from './visit-record.queries';
import { loadVisitSettings } from './visit-settings.service';

export const dayQuery = z.object({ date: calendarDateSchema.optional(), repId: idSchema.optional() });

const stopView = z.object({
  customerId: z.string(),
  customerName: z.string(),
  /** null: never graded. */
  grade: z.enum(['A', 'B', 'C', 'none']).nullable(),
  address: z.string().nullable(),
  location: z.object({ lng: z.number(), lat: z.number(), datum: z.string() }).nullable(),
  kind: z.enum(['visit', 'phone']),
  /** On the day's plan (in route order) or an unplanned visit the rep made. */
  planned: z.boolean(),
  objective: z.string().nullable(),
  objectiveEn: z.string().nullable(),
  /** Straight-line metres from the previous located stop (the first from the plan's start point); null for calls and stops without coordinates. */
  distanceFromPreviousMetres: z.number().nullable(),
  visit: visitSummaryView.nullable(),
});

export const dayView = z.object({
  date: z.string(),
  repId: z.string(),
  repName: z.string(),
  /** The organisation's check-in tolerance, metres. */
  toleranceMetres: z.number(),
  plan: z.object({ id: z.string(), status: z.enum(['draft', 'submitted', 'approved', 'returned']) }).nullable(),
  stops: z.array(stopView),
});
export type DayView = z.infer<typeof dayView>;

/** The rep whose day is asked for: the actor by default; another user only in the actor's scope. */
async function dayRep(db: Db, actor: Actor, repId: string | undefined) {
  const [rep] = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(and(userScope(actor), eq(users.id, repId ?? actor.userId)));
  if (!rep) throw new AppError('NOT_FOUND');
  return rep;
}

/**
 * A rep's day (今日拜访): the contacts of their plan for the date (approved or not: the month's one plan) in route
 * order, each with the customer, grade, objective, distance from the previous stop and its visit record if any; then
 * the unplanned visits and calls of the day.
 */
export async function loadDay(db: Db, actor: Actor, query: z.infer<typeof dayQuery>, now: Date): Promise<DayView> {
  const rep = await dayRep(db, actor, query.repId);
  const date = query.date ?? shanghaiDate(now);
  const settings = await loadVisitSettings(db, actor.orgId);
  const plan = await planOfDay(db, actor.orgId, rep.id, date);
  const items = plan ? await planItemsOfDay(db, actor.orgId, plan.id, date) : [];
  const done = await visitsOfDay(db, actor.orgId, rep.id, date);
  const photos = await photosOf(db, actor.orgId, done.map((v) => v.id));
  const summary = (v: (typeof done)[number]) => presentVisitSummary(v, photos.filter((p) => p.visitId === v.id).length);
  const byCustomer = new Map(done.map((v) => [v.customerId, v]));

  const planned = items.map((i) => ({ ...i, location: customerCoordinate(i.lng, i.lat, i.datum) }));
  const distances = distancesFromPrevious((plan?.start as Coordinate | null) ?? null, planned.map((i) => ({ location: i.kind === 'visit' ? i.location : null })));
  const plannedIds = new Set(items.map((i) => i.customerId));
  const stops = [
    ...planned.map((i, k) => {
      const visit = byCustomer.get(i.customerId);
      return {
        customerId: i.customerId,
        customerName: i.customerName,
        grade: i.grade,
        address: i.address,
        location: i.location,
        kind: i.kind,
        planned: true,
        objective: i.objective,
        objectiveEn: i.objectiveEn,
        distanceFromPreviousMetres: distances[k] ?? null,
        visit: visit ? summary(visit) : null,
      };
    }),
    ...done
      .filter((v) => !plannedIds.has(v.customerId))
      .map((v) => ({
        customerId: v.customerId,
        customerName: v.customerName,
        grade: v.customerGrade,
        address: v.customerAddress,
        location: customerCoordinate(v.customerLng, v.customerLat, v.customerDatum),
        kind: v.kind,
        planned: false,
        objective: null,
        objectiveEn: null,
        distanceFromPreviousMetres: null,
        visit: summary(v),
      })),
  ];
  return { date, repId: rep.id, repName: rep.name, toleranceMetres: settings.plan.checkInToleranceMetres, plan: plan ? { id: plan.id, status: plan.status } : null, stops };
}
