import { convertCoordinate, DATUMS, type Coordinate, type Datum } from '../../../domain/customers/coordinates';
import type { PlanCustomer } from '../../../domain/visits/plan-types';
import type { ValidationCustomer } from '../../../domain/visits/plan-validation';
import { resolveRequiredVisits, type RuleGrade, type VisitRules } from '../../../domain/visits/rules';
import type { planningCustomers } from './visit-plans.queries';

type CustomerRow = Awaited<ReturnType<typeof planningCustomers>>[number];

export const datumOf = (d: string | null): Datum => (DATUMS as readonly string[]).includes(d ?? '') ? (d as Datum) : 'GCJ-02';

/** A customer row as the planner needs it; a customer never graded counts as ungraded ('none'). */
export function toPlanCustomer(row: CustomerRow): PlanCustomer {
  const override = row.visitsPerMonth === null && row.phoneAllowed === null ? null : { ...(row.visitsPerMonth !== null ? { visitsPerMonth: row.visitsPerMonth } : {}), ...(row.phoneAllowed !== null ? { phoneAllowed: row.phoneAllowed } : {}) };
  return {
    id: row.id,
    grade: (row.grade ?? 'none') as RuleGrade,
    typeCode: row.typeCode,
    location: row.lng !== null && row.lat !== null ? { lng: row.lng, lat: row.lat, datum: datumOf(row.datum) } : null,
    override,
  };
}

/** What submission checks each customer against: its grade and the contacts its rule asks for. */
export function toValidationCustomer(c: PlanCustomer, rules: VisitRules): ValidationCustomer {
  const rule = resolveRequiredVisits({ grade: c.grade, typeCode: c.typeCode, override: c.override }, rules);
  return { customerId: c.id, grade: c.grade, visitsPerMonth: rule.visitsPerMonth, phoneAllowed: rule.phoneAllowed };
}

/**
 * Where the rep's days start: their own start point when set, else the middle (GCJ-02 mean) of their located
 * customers; null when neither is known.
 */
export function startPoint(own: { startLng: number; startLat: number; startDatum: string } | undefined, customers: readonly PlanCustomer[]): Coordinate | null {
  if (own) return { lng: own.startLng, lat: own.startLat, datum: datumOf(own.startDatum) };
  const points = customers.flatMap((c) => (c.location ? [convertCoordinate(c.location, 'GCJ-02')] : []));
  if (points.length === 0) return null;
  return { lng: points.reduce((s, p) => s + p.lng, 0) / points.length, lat: points.reduce((s, p) => s + p.lat, 0) / points.length, datum: 'GCJ-02' };
}

/** 'YYYY-MM' → the stored first day of the month and its parts. */
export function monthParts(month: string): { year: number; month: number; firstDay: string } {
  const [y, m] = month.split('-').map(Number);
  return { year: y!, month: m!, firstDay: `${month}-01` };
}
