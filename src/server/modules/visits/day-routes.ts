import type { Coordinate } from '../../../domain/customers/coordinates';
import { planRoute } from '../../../domain/routes/route';
import type { TransportMode } from '../../../domain/routes/transport';
import { DEFAULT_SEED } from '../../../domain/routes/tsp';
import { DEFAULT_VISIT_MINUTES, routeIterationsFor } from '../../../domain/visits/plan';
import { dayItinerary, type DayItinerary } from '../../../domain/visits/day-itinerary';
import type { DayRoute, PlanCustomer } from '../../../domain/visits/plan-types';
import type { RuleGrade } from '../../../domain/visits/rules';
import type { StoredContact } from './plan-store';

/**
 * A day routed again after an edit: its located visits in the order that keeps travel shortest (the same route
 * planner and visit times as the generator), then visits without coordinates, then calls.
 */
export function routeDay(contacts: readonly StoredContact[], customers: ReadonlyMap<string, PlanCustomer>, start: Coordinate, mode: TransportMode, seedOffset: number): { contacts: StoredContact[]; route: DayRoute } {
  const visits = contacts.filter((c) => c.kind === 'visit');
  const located = visits.filter((c) => customers.get(c.customerId)?.location);
  const route = planRoute({
    start,
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
 * A stored day as the rep drives it: its visits in their stored (route) order, timed from the start point and back
 * (src/domain/visits/day-itinerary.ts). Calls are not on the route.
 */
export function itineraryOf(items: readonly { customerId: string; kind: string; grade: RuleGrade | null }[], places: ReadonlyMap<string, Coordinate>, start: Coordinate, mode: TransportMode): DayItinerary<string> {
  const visits = items.filter((i) => i.kind === 'visit').map((i) => ({ id: i.customerId, location: places.get(i.customerId) ?? null, grade: i.grade ?? 'none' }));
  return dayItinerary({ start, visits, mode });
}
