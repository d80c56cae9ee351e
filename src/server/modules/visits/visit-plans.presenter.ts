import { z } from 'zod';
import { convertCoordinate, type Coordinate } from '../../../domain/customers/coordinates';
import { clockTime, type DayItinerary } from '../../../domain/visits/day-itinerary';
import type { UnplacedContact } from '../../../domain/visits/plan-types';
import type { StoredDay } from './plan-store';
import type { PlanRow, planItems } from './visit-plans.queries';

/** The customer's stored grade: A/B/C, 'none' (graded, without sales), null (never graded: 未分级). */
const gradeView = z.enum(['A', 'B', 'C', 'none']).nullable();
type StoredGrade = z.infer<typeof gradeView>;
const routeView = z.object({ totalMetres: z.number(), totalTravelSeconds: z.number(), finishSecond: z.number() });
/** GCJ-02, as the archive stores coordinates. */
const pointView = z.object({ lng: z.number(), lat: z.number() });
const clockView = z.string().describe('HH:MM, the day’s local clock (Asia/Shanghai)');
/** A visit on the day's route: the way from the previous stop (or the start point), when the rep arrives and leaves. */
const stopView = z.object({
  customerId: z.string(),
  customerName: z.string(),
  grade: gradeView,
  point: pointView,
  metres: z.number(),
  travelSeconds: z.number(),
  arriveAt: clockView,
  leaveAt: clockView,
  visitMinutes: z.number(),
});
const itineraryView = z.object({
  start: pointView,
  end: pointView,
  stops: z.array(stopView),
  /** Visits of customers without coordinates: planned, but not on the route. */
  unlocated: z.array(z.object({ customerId: z.string(), customerName: z.string() })),
  back: z.object({ metres: z.number(), travelSeconds: z.number(), arriveAt: clockView }).nullable(),
  totals: z.object({ metres: z.number(), travelSeconds: z.number(), visitMinutes: z.number(), startAt: clockView, finishAt: clockView }),
});
const itemView = z.object({ seq: z.number(), customerId: z.string(), customerName: z.string(), grade: gradeView, kind: z.enum(['visit', 'phone']), objective: z.string(), objectiveEn: z.string().nullable() });
const unplacedView = z.object({
  customerId: z.string(),
  customerName: z.string(),
  grade: gradeView,
  contactNumber: z.number(),
  contactsRequired: z.number(),
  reason: z.enum(['capacity', 'more-than-working-days', 'not-in-plan']),
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  message: z.string(),
  message_en: z.string(),
});

export const planSummaryView = z.object({
  id: z.string(),
  repId: z.string(),
  repName: z.string(),
  officeId: z.string(),
  month: z.string(),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']),
  version: z.number(),
  comment: z.string().nullable(),
  submittedAt: z.date().nullable(),
  reviewedAt: z.date().nullable(),
  reviewedBy: z.string().nullable(),
  /** The office manager's last adjustment while reviewing the plan (调整), shown to the rep: when, who. */
  adjustedAt: z.date().nullable(),
  adjustedBy: z.string().nullable(),
  adjustedByName: z.string().nullable(),
});

export const planView = planSummaryView.extend({
  dailyCapacity: z.number(),
  mode: z.enum(['motorbike', 'car', 'bus']),
  days: z.array(z.object({ date: z.string(), week: z.number(), route: routeView, itinerary: itineraryView, visitCount: z.number(), items: z.array(itemView) })),
  unplaced: z.array(unplacedView),
  totals: z.object({ visits: z.number(), phoneCalls: z.number(), unplaced: z.number(), metres: z.number() }),
});
export type PlanView = z.infer<typeof planView>;

/** Unplaced contacts as stored with the plan (the domain's, with the customer's name added at generation). */
export type StoredUnplaced = UnplacedContact & { customerName: string };

export function presentSummary(row: PlanRow) {
  return { id: row.id, repId: row.repId, repName: row.repName, officeId: row.officeId, month: row.month.slice(0, 7), status: row.status, version: row.version, comment: row.comment, submittedAt: row.submittedAt, reviewedAt: row.reviewedAt, reviewedBy: row.reviewedBy, adjustedAt: row.adjustedAt, adjustedBy: row.adjustedBy, adjustedByName: row.adjustedByName };
}

/** What the plan view adds to the stored plan: what it still misses, and each day's route as the rep drives it. */
export interface PlanDerived {
  unplaced: { contact: UnplacedContact; customerName: string; grade: StoredGrade }[];
  itineraries: ReadonlyMap<string, DayItinerary<string>>;
  places: ReadonlyMap<string, Coordinate>;
}

const point = (c: Coordinate) => (({ lng, lat }) => ({ lng, lat }))(convertCoordinate(c, 'GCJ-02'));

function presentItinerary(it: DayItinerary<string>, start: Coordinate, places: ReadonlyMap<string, Coordinate>, byId: ReadonlyMap<string, { customerName: string; grade: StoredGrade }>) {
  return {
    start: point(start),
    end: point(it.end),
    stops: it.stops.map((s) => ({
      customerId: s.id,
      customerName: byId.get(s.id)?.customerName ?? '',
      grade: byId.get(s.id)?.grade ?? null,
      point: point(places.get(s.id)!),
      metres: s.metres,
      travelSeconds: s.travelSeconds,
      arriveAt: clockTime(s.arriveSecond),
      leaveAt: clockTime(s.leaveSecond),
      visitMinutes: s.visitMinutes,
    })),
    unlocated: it.unlocated.map((id) => ({ customerId: id, customerName: byId.get(id)?.customerName ?? '' })),
    back: it.back ? { metres: it.back.metres, travelSeconds: it.back.travelSeconds, arriveAt: clockTime(it.back.arriveSecond) } : null,
    totals: { metres: it.totals.metres, travelSeconds: it.totals.travelSeconds, visitMinutes: it.totals.visitMinutes, startAt: clockTime(it.totals.startSecond), finishAt: clockTime(it.totals.finishSecond) },
  };
}

export function presentPlan(row: PlanRow, items: Awaited<ReturnType<typeof planItems>>, derived: PlanDerived): PlanView {
  const byDate = new Map<string, typeof items>();
  for (const item of items) byDate.set(item.date, [...(byDate.get(item.date) ?? []), item]);
  const byId = new Map(items.map((i) => [i.customerId, { customerName: i.customerName, grade: i.grade }]));
  const start = row.start as Coordinate;
  const days = (row.days as StoredDay[]).map((d) => {
    const dayItems = (byDate.get(d.date) ?? []).map((i) => ({ seq: i.seq, customerId: i.customerId, customerName: i.customerName, grade: i.grade, kind: i.kind, objective: i.objective, objectiveEn: i.objectiveEn }));
    const it = derived.itineraries.get(d.date)!;
    const route = { totalMetres: it.totals.metres, totalTravelSeconds: it.totals.travelSeconds, finishSecond: it.totals.finishSecond - it.totals.startSecond };
    return { date: d.date, week: d.week, route, itinerary: presentItinerary(it, start, derived.places, byId), visitCount: dayItems.filter((i) => i.kind === 'visit').length, items: dayItems };
  });
  const unplaced = derived.unplaced.map(({ contact: u, customerName, grade }) => ({ customerId: u.customerId, customerName, grade, contactNumber: u.contactNumber, contactsRequired: u.contactsRequired, reason: u.reason, window: u.window, message: u.message.zh, message_en: u.message.en }));
  const visits = days.reduce((n, d) => n + d.visitCount, 0);
  return {
    ...presentSummary(row),
    dailyCapacity: row.dailyCapacity,
    mode: row.mode,
    days,
    unplaced,
    totals: { visits, phoneCalls: items.length - visits, unplaced: unplaced.length, metres: days.reduce((n, d) => n + d.route.totalMetres, 0) },
  };
}
