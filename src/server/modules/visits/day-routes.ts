import type { Coordinate } from '../../../domain/customers/coordinates';
import { planRoute } from '../../../domain/routes/route';
import type { TransportMode } from '../../../domain/routes/transport';
import { DEFAULT_SEED } from '../../../domain/routes/tsp';
import { DEFAULT_VISIT_MINUTES, routeIterationsFor } from '../../../domain/visits/plan';
import { clockSecond, dayItinerary, type DayItinerary } from '../../../domain/visits/day-itinerary';
import type { DayRoute, PlanCustomer } from '../../../domain/visits/plan-types';
import type { RuleGrade } from '../../../domain/visits/rules';
import type { Db } from '../../db/client';
import { datumOf } from './planning-input';
import type { StoredContact } from './plan-store';
import { travelSettingsOf } from './visit-plans.queries';

/**
 * Where a rep's days end and when they start, from their travel settings (出行设置): the end point (left out: back at
 * the start) and the second of the day they set off (left out: 08:30). Nothing set: a round trip from 08:30.
 */
export interface DayEnds {
  end?: Coordinate;
  startSecond?: number;
}

type TravelEndsRow = { endLng: number | null; endLat: number | null; endDatum: string | null; dayStart: string };

export function dayEndsOf(travel: TravelEndsRow | undefined): DayEnds {
  if (!travel) return {};
  const end = travel.endLng !== null && travel.endLat !== null ? { lng: travel.endLng, lat: travel.endLat, datum: datumOf(travel.endDatum) } : undefined;
  return { ...(end ? { end } : {}), startSecond: clockSecond(travel.dayStart) };
}

/** The rep's day ends as their travel settings say now (for routing again after an edit, and for the itinerary). */
export async function repDayEnds(db: Db, orgId: string, repId: string): Promise<DayEnds> {
  return dayEndsOf(await travelSettingsOf(db, orgId, repId));
}

/**
 * A day routed again after an edit: its located visits in the order that keeps travel shortest (the same route
 * planner and visit times as the generator, ending where the rep's day ends), then visits without coordinates,
 * then calls.
 */
export function routeDay(contacts: readonly StoredContact[], customers: ReadonlyMap<string, PlanCustomer>, start: Coordinate, mode: TransportMode, seedOffset: number, ends: DayEnds = {}): { contacts: StoredContact[]; route: DayRoute } {
  const visits = contacts.filter((c) => c.kind === 'visit');
  const located = visits.filter((c) => customers.get(c.customerId)?.location);
  const route = planRoute({
    start,
    end: ends.end,
    stops: located.map((c) => {
      const customer = customers.get(c.customerId)!;
      return { id: c.customerId, location: customer.location!, visitMinutes: DEFAULT_VISIT_MINUTES[customer.grade] };
    }),
    mode,
    solver: { seed: DEFAULT_SEED + seedOffset, iterations: routeIterationsFor(located.length) },
  });
  const byId = new Map(contacts.map((c) => [c.customerId, c]));
  const inRoute = route.order.map((id) => byId.get(id)!);
  const unlocated = visits.filter((c) => !customers.get(c.customerId)?.location);
  return {
    contacts: [...inRoute, ...unlocated, ...contacts.filter((c) => c.kind === 'phone')],
    route: { totalMetres: route.totalMetres, totalTravelSeconds: route.totalTravelSeconds, finishSecond: route.finishSecond },
  };
}

/**
 * A stored day as the rep drives it: its visits in their stored (route) order, timed from when the rep sets off, from
 * the start point to the end point (or back) (src/domain/visits/day-itinerary.ts). Calls are not on the route.
 */
export function itineraryOf(items: readonly { customerId: string; kind: string; grade: RuleGrade | null }[], places: ReadonlyMap<string, Coordinate>, start: Coordinate, mode: TransportMode, ends: DayEnds = {}): DayItinerary<string> {
  const visits = items.filter((i) => i.kind === 'visit').map((i) => ({ id: i.customerId, location: places.get(i.customerId) ?? null, grade: i.grade ?? 'none' }));
  return dayItinerary({ start, end: ends.end, startSecond: ends.startSecond, visits, mode });
}
