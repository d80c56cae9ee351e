import type { Coordinate } from '../../src/domain/customers/coordinates';
import { randomBelow, seededRandom } from '../../src/domain/shared/random';
import type { PlanCustomer } from '../../src/domain/visits/plan-types';
import type { RuleGrade } from '../../src/domain/visits/rules';

/**
 * Made-up territories for tests and the benchmark: a county of about 50 × 40 km around its seat, with customers
 * gathered around township centres (a 卫生院 with its village clinics and pharmacies) and some in the seat itself,
 * like the demo data's counties. Seeded: the same seed gives the same territory.
 */
export interface Territory {
  seat: Coordinate;
  customers: PlanCustomer[];
}

export interface TerritoryOptions {
  customers: number;
  seed: number;
  /** The county seat, GCJ-02; 中牟县 by default. */
  seat?: { lng: number; lat: number };
  /** Grade mix in percent: A, B, C, the rest ungraded. */
  mix?: { A: number; B: number; C: number };
  /** Share (0–1) of customers without coordinates. */
  withoutLocation?: number;
}

const TYPES = ['township_health_centre', 'village_clinic', 'private_clinic', 'village_pharmacy', 'county_hospital'] as const;

export function randomTerritory(options: TerritoryOptions): Territory {
  const random = seededRandom(options.seed);
  const seat = options.seat ?? { lng: 113.976, lat: 34.719 };
  const mix = options.mix ?? { A: 20, B: 35, C: 35 };
  const townships = Array.from({ length: 12 }, () => ({ lng: seat.lng + (random() - 0.5) * 0.55, lat: seat.lat + (random() - 0.5) * 0.36 }));
  const centres = [seat, ...townships];
  const customers: PlanCustomer[] = [];
  for (let i = 0; i < options.customers; i++) {
    const centre = centres[randomBelow(random, centres.length)]!;
    const spread = centre === seat ? 0.04 : 0.03;
    const location: Coordinate | null =
      random() < (options.withoutLocation ?? 0) ? null : { lng: centre.lng + (random() - 0.5) * spread * 2, lat: centre.lat + (random() - 0.5) * spread * 1.6, datum: 'GCJ-02' };
    const p = random() * 100;
    const grade: RuleGrade = p < mix.A ? 'A' : p < mix.A + mix.B ? 'B' : p < mix.A + mix.B + mix.C ? 'C' : 'none';
    customers.push({
      id: `c${String(i).padStart(4, '0')}`,
      grade,
      typeCode: TYPES[randomBelow(random, TYPES.length)]!,
      location,
      lastVisit: grade === 'none' && random() < 0.5 ? null : undefined,
    });
  }
  return { seat: { ...seat, datum: 'GCJ-02' }, customers };
}
