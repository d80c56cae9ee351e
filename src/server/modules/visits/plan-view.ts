import type { Coordinate } from '../../../domain/customers/coordinates';
import type { Actor } from '../../../domain/identity/policies';
import { missingContacts } from '../../../domain/visits/missing-contacts';
import type { Db } from '../../db/client';
import { itineraryOf, repDayEnds } from './day-routes';
import { planCustomerPlaces } from './plan-places.queries';
import type { StoredDay } from './plan-store';
import { toPlanCustomer, toValidationCustomer } from './planning-input';
import { presentPlan, type PlanView, type StoredUnplaced } from './visit-plans.presenter';
import { customerNames, findPlan, planItems, planningCustomers } from './visit-plans.queries';
import { loadVisitSettings } from './visit-settings.service';

/**
 * The whole plan as the API shows it, when it is in the actor's scope: each day with its route as the rep drives it,
 * and the contacts the plan still misses as it stands now (after the rep's edits, under the current rules).
 */
export async function loadPlanView(db: Db, actor: Actor, id: string): Promise<PlanView | undefined> {
  const row = await findPlan(db, actor, id);
  if (!row) return undefined;
  // Five independent reads: on a PostgreSQL pool they run at once (PGlite takes them in turn).
  const [items, settings, rows, places, ends] = await Promise.all([
    planItems(db, actor.orgId, id),
    loadVisitSettings(db, actor.orgId),
    planningCustomers(db, actor.orgId, row.repId),
    planCustomerPlaces(db, actor.orgId, id),
    repDayEnds(db, actor.orgId, row.repId),
  ]);

  const stored = row.days as StoredDay[];
  const days = stored.map((d) => ({ date: d.date, contacts: items.filter((i) => i.date === d.date) }));
  const customers = rows.map((r) => toValidationCustomer(toPlanCustomer(r), settings.rules));
  const missing = missingContacts(days, customers, row.unplaced as StoredUnplaced[], stored.map((d) => d.date));
  const known = new Map<string, string>([...(row.unplaced as StoredUnplaced[]).map((u) => [u.customerId, u.customerName] as const), ...items.map((i) => [i.customerId, i.customerName] as const)]);
  const names = await customerNames(db, actor.orgId, [...new Set(missing.map((m) => m.customerId).filter((c) => !known.has(c)))]);
  const grades = new Map(rows.map((r) => [r.id, r.grade]));

  const start = row.start as Coordinate;
  const itineraries = new Map(days.map((d) => [d.date, itineraryOf(d.contacts, places, start, row.mode, ends)]));
  return presentPlan(row, items, {
    unplaced: missing.map((contact) => ({ contact, customerName: known.get(contact.customerId) ?? names.get(contact.customerId) ?? '', grade: grades.get(contact.customerId) ?? null })),
    itineraries,
    places,
  });
}
