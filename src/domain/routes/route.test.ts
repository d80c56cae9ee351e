import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, type Coordinate } from '../customers/coordinates';
import { followRoute, planRoute, type RouteStop } from './route';
import { DEFAULT_TRAVEL_SETTINGS } from './transport';

/** A point in 郑州, GCJ-02. */
const at = (lng: number, lat: number): Coordinate => ({ lng, lat, datum: 'GCJ-02' });
const OFFICE = at(113.62, 34.75);

describe('planRoute', () => {
  it('visits stops on a road out of town in order when the day ends at the far end', () => {
    const lngs = [113.65, 113.61, 113.68, 113.63, 113.66, 113.62, 113.69, 113.64, 113.67];
    const stops = lngs.map((lng) => ({ id: `卫生院${lng}`, location: at(lng, 34.75) }));
    const route = planRoute({ start: at(113.6, 34.75), end: at(113.7, 34.75), stops, mode: 'motorbike' });
    expect(route.order).toEqual([...lngs].sort().map((lng) => `卫生院${lng}`));
    expect(route.legs.map((l) => l.to)).toEqual([...route.order, null]);
    // 0.1° of longitude at 34.75° N on the great circle.
    expect(route.totalMetres).toBeGreaterThan(9135);
    expect(route.totalMetres).toBeLessThan(9145);
    expect(route.totalMetres).toBeLessThanOrEqual(route.nearestNeighbourMetres);
  });

  it('adds travel and visit times up to each arrival', () => {
    // 0.1° of latitude is 11,119.5 m; by car at 40 km/h with roads 1.3× the straight line: 1,301 s.
    const route = planRoute({
      start: OFFICE,
      stops: [{ id: 1, location: at(113.62, 34.85), visitMinutes: 30 }],
      mode: 'car',
    });
    expect(route.order).toEqual([1]);
    expect(route.legs).toEqual([
      { to: 1, metres: 11120, travelSeconds: 1301, arrivalSecond: 1301 },
      { to: null, metres: 11120, travelSeconds: 1301, arrivalSecond: 1301 + 1800 + 1301 },
    ]);
    expect(route.finishSecond).toBe(4402);
    expect(route.totalTravelSeconds).toBe(2602);
  });

  it('takes the speed of the transport, which an administrator may change', () => {
    const request = { start: OFFICE, stops: [{ id: 'a', location: at(113.62, 34.85) }] };
    const car = planRoute({ ...request, mode: 'car' });
    const bus = planRoute({ ...request, mode: 'bus' });
    expect(bus.totalTravelSeconds / car.totalTravelSeconds).toBeCloseTo(40 / 15, 2);
    expect(bus.order).toEqual(car.order);
    const faster = planRoute({ ...request, mode: 'bus', travel: { ...DEFAULT_TRAVEL_SETTINGS, speedKmh: { ...DEFAULT_TRAVEL_SETTINGS.speedKmh, bus: 30 } } });
    expect(faster.totalTravelSeconds / bus.totalTravelSeconds).toBeCloseTo(0.5, 2);
    const stopped = { ...DEFAULT_TRAVEL_SETTINGS, speedKmh: { motorbike: 30, car: 40, bus: 0 } };
    expect(() => planRoute({ ...request, mode: 'bus', travel: stopped })).toThrow(/speed of bus/);
    expect(() => planRoute({ ...request, stops: [], mode: 'bus', travel: stopped })).toThrow(/speed of bus/);
    expect(() => planRoute({ ...request, mode: 'car', travel: { ...DEFAULT_TRAVEL_SETTINGS, detourFactor: 0.5 } })).toThrow(/detour factor/);
  });

  it('measures the same places alike whatever datum they come in', () => {
    const places = [at(113.7, 34.8), at(113.5, 34.7), at(113.66, 34.62), at(113.58, 34.9), at(113.75, 34.72)];
    const gcj = planRoute({ start: OFFICE, stops: places.map((location, id) => ({ id, location })), mode: 'car' });
    const wgs = planRoute({
      start: OFFICE,
      stops: places.map((location, id) => ({ id, location: { ...gcj02ToWgs84(location), datum: 'WGS-84' as const } })),
      mode: 'car',
    });
    expect(wgs.order).toEqual(gcj.order);
    expect(wgs.legs.map((l) => l.metres)).toEqual(gcj.legs.map((l) => l.metres));
  });

  it('has nothing to travel on a day without stops, unless it ends elsewhere', () => {
    expect(planRoute({ start: OFFICE, stops: [], mode: 'car' })).toEqual({
      order: [],
      legs: [],
      totalMetres: 0,
      totalTravelSeconds: 0,
      finishSecond: 0,
      nearestNeighbourMetres: 0,
    });
    const home = planRoute({ start: OFFICE, end: at(113.62, 34.85), stops: [], mode: 'car' });
    expect(home.legs).toEqual([{ to: null, metres: 11120, travelSeconds: 1301, arrivalSecond: 1301 }]);
  });

  it('refuses a negative visit time', () => {
    expect(() => planRoute({ start: OFFICE, stops: [{ id: 1, location: OFFICE, visitMinutes: -5 }], mode: 'car' })).toThrow(RangeError);
  });

  const place = fc.record({ lng: fc.double({ min: 113.3, max: 114.0, noNaN: true }), lat: fc.double({ min: 34.5, max: 35.0, noNaN: true }) }).map(({ lng, lat }) => at(lng, lat));
  const day = fc.record({
    start: place,
    end: fc.option(place, { nil: undefined }),
    stops: fc.array(fc.record({ location: place, visitMinutes: fc.integer({ min: 0, max: 90 }) }), { maxLength: 30 }),
    mode: fc.constantFrom('motorbike' as const, 'car' as const, 'bus' as const),
  });

  it('visits each stop once, ends where asked, adds up, and is never longer than nearest neighbour', () => {
    fc.assert(
      fc.property(day, ({ start, end, stops: raw, mode }) => {
        const stops: RouteStop<string>[] = raw.map((s, i) => ({ id: `s${i}`, ...s }));
        const route = planRoute({ start, end, stops, mode, solver: { iterations: 30 } });
        expect([...route.order].sort()).toEqual(stops.map((s) => s.id).sort());
        const returns = stops.length > 0 || end !== undefined;
        expect(route.legs.length).toBe(returns ? stops.length + 1 : 0);
        expect(route.legs.map((l) => l.to)).toEqual(returns ? [...route.order, null] : []);
        // Each leg is rounded to whole metres on its own: by at most half a metre.
        expect(Math.abs(route.totalMetres - route.legs.reduce((s, l) => s + l.metres, 0))).toBeLessThanOrEqual(route.legs.length / 2 + 1);
        const visits = raw.reduce((s, v) => s + v.visitMinutes * 60, 0);
        expect(route.finishSecond).toBe(route.totalTravelSeconds + visits);
        for (let k = 1; k < route.legs.length; k++) expect(route.legs[k]!.arrivalSecond).toBeGreaterThanOrEqual(route.legs[k - 1]!.arrivalSecond);
        expect(route.totalMetres).toBeLessThanOrEqual(route.nearestNeighbourMetres);
        expect(planRoute({ start, end, stops, mode, solver: { iterations: 30 } })).toEqual(route);
      }),
      { numRuns: 80 },
    );
  });
});

describe('followRoute', () => {
  const stops = [113.65, 113.61, 113.68, 113.63].map((lng, i) => ({ id: i, location: at(lng, 34.8), visitMinutes: 20 + i }));

  it('gives the same legs as planRoute for the order planRoute chose', () => {
    const planned = planRoute({ start: OFFICE, stops, mode: 'bus' });
    const byId = new Map(stops.map((s) => [s.id, s]));
    const followed = followRoute({ start: OFFICE, stops: planned.order.map((id) => byId.get(id)!), mode: 'bus' });
    expect(followed.order).toEqual(planned.order);
    expect(followed.legs).toEqual(planned.legs);
    expect(followed.finishSecond).toBe(planned.finishSecond);
    expect(Math.abs(followed.totalMetres - planned.totalMetres)).toBeLessThanOrEqual(1);
  });

  it('keeps the order it is given, even a longer one, and ends at the end point', () => {
    const zigzag = [stops[0]!, stops[1]!, stops[2]!, stops[3]!];
    const followed = followRoute({ start: OFFICE, end: at(113.7, 34.75), stops: zigzag, mode: 'car' });
    expect(followed.legs.map((l) => l.to)).toEqual([0, 1, 2, 3, null]);
    expect(followed.totalMetres).toBeGreaterThan(planRoute({ start: OFFICE, end: at(113.7, 34.75), stops: zigzag, mode: 'car' }).totalMetres);
    expect(followRoute({ start: OFFICE, stops: [], mode: 'car' }).legs).toEqual([]);
  });
});
