import type { Coordinate } from '../../src/domain/customers/coordinates';
import type { RouteRequest } from '../../src/domain/routes/route';
import { seededRandom } from '../../src/domain/shared/random';

/** The 郑州 office of the demo company, GCJ-02. */
export const OFFICE: Coordinate = { lng: 113.625, lat: 34.746, datum: 'GCJ-02' };

/** A made-up visiting day: `stops` customers spread evenly over some 60 × 60 km around the office. */
export function randomDay(stops: number, seed: number, open: boolean): RouteRequest<number> {
  const random = seededRandom(seed);
  const near = (): Coordinate => ({ lng: OFFICE.lng + (random() - 0.5) * 0.66, lat: OFFICE.lat + (random() - 0.5) * 0.54, datum: 'GCJ-02' });
  const home = near();
  return {
    start: open ? home : OFFICE,
    end: open ? OFFICE : undefined,
    stops: Array.from({ length: stops }, (_, id) => ({ id, location: near(), visitMinutes: 20 })),
    mode: 'motorbike',
  };
}
