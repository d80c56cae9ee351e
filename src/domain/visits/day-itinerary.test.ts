import { describe, expect, it } from 'vitest';
import type { Coordinate } from '../customers/coordinates';
import { clockSecond, clockTime, dayItinerary, DEFAULT_DAY_START_SECOND } from './day-itinerary';

const at = (lng: number, lat: number): Coordinate => ({ lng, lat, datum: 'GCJ-02' });
const OFFICE = at(113.62, 34.75);

describe('dayItinerary', () => {
  it('times each visit from 08:30: travel by car at 40 km/h on roads 1.3× the straight line, visit minutes by grade, then back', () => {
    // 0.1° of latitude is 11,119.5 m: 1,301 s by car. An A visit takes 40 minutes, a C visit 20.
    const day = dayItinerary({ start: OFFICE, visits: [{ id: 'a', location: at(113.62, 34.85), grade: 'A' }, { id: 'c', location: at(113.62, 34.95), grade: 'C' }], mode: 'car' });
    expect(day.stops).toEqual([
      { id: 'a', metres: 11120, travelSeconds: 1301, arriveSecond: DEFAULT_DAY_START_SECOND + 1301, leaveSecond: DEFAULT_DAY_START_SECOND + 1301 + 2400, visitMinutes: 40 },
      { id: 'c', metres: 11120, travelSeconds: 1301, arriveSecond: DEFAULT_DAY_START_SECOND + 2 * 1301 + 2400, leaveSecond: DEFAULT_DAY_START_SECOND + 2 * 1301 + 2400 + 1200, visitMinutes: 20 },
    ]);
    expect(day.back).toEqual({ metres: 22239, travelSeconds: 2602, arriveSecond: DEFAULT_DAY_START_SECOND + 4 * 1301 + 3600 });
    expect(day.totals).toEqual({ metres: 44478, travelSeconds: 5204, visitMinutes: 60, startSecond: DEFAULT_DAY_START_SECOND, finishSecond: DEFAULT_DAY_START_SECOND + 5204 + 3600 });
    expect(clockTime(day.stops[0]!.arriveSecond)).toBe('08:52');
    expect(clockTime(day.totals.finishSecond)).toBe('10:57');
  });

  it('keeps the order given, lists visits without coordinates apart, and ends at the end point when there is one', () => {
    const day = dayItinerary({ start: OFFICE, end: at(113.62, 34.95), visits: [{ id: 1, location: at(113.62, 34.95), grade: 'B' }, { id: 2, location: null, grade: 'none' }, { id: 3, location: at(113.62, 34.85), grade: 'B' }], mode: 'motorbike', startSecond: 9 * 3600 });
    expect(day.stops.map((s) => s.id)).toEqual([1, 3]);
    expect(day.unlocated).toEqual([2]);
    expect(day.back!.metres).toBe(11120);
    expect(day.totals.startSecond).toBe(9 * 3600);
    expect(day.totals.visitMinutes).toBe(60);
  });

  it('ends an open day at the end point: the last leg goes there, the day is that much longer, and starts when the rep sets off', () => {
    // Office → A (0.1° north) → the rep's home 0.1° further north, by car, setting off at 07:15.
    const home = at(113.62, 34.95);
    const day = dayItinerary({ start: OFFICE, end: home, visits: [{ id: 'a', location: at(113.62, 34.85), grade: 'A' }], mode: 'car', startSecond: clockSecond('07:15') });
    expect(day.end).toEqual(home);
    expect(day.stops).toEqual([{ id: 'a', metres: 11120, travelSeconds: 1301, arriveSecond: clockSecond('07:15') + 1301, leaveSecond: clockSecond('07:15') + 1301 + 2400, visitMinutes: 40 }]);
    expect(day.back).toEqual({ metres: 11120, travelSeconds: 1301, arriveSecond: clockSecond('07:15') + 2 * 1301 + 2400 });
    expect(day.totals).toEqual({ metres: 22239, travelSeconds: 2602, visitMinutes: 40, startSecond: 26_100, finishSecond: 26_100 + 2602 + 2400 });
    expect(clockTime(day.stops[0]!.arriveSecond)).toBe('07:37');
    // The same visit as a round trip: the last leg comes back to the office instead.
    const round = dayItinerary({ start: OFFICE, visits: [{ id: 'a', location: at(113.62, 34.85), grade: 'A' }], mode: 'car' });
    expect(round.end).toEqual(OFFICE);
    expect(round.back!.metres).toBe(11120);
    expect(round.totals.startSecond).toBe(DEFAULT_DAY_START_SECOND);
  });

  it('reads a clock time written HH:mm and refuses anything else', () => {
    expect(clockSecond('08:30')).toBe(DEFAULT_DAY_START_SECOND);
    expect(clockSecond('05:00')).toBe(5 * 3600);
    expect(clockTime(clockSecond('11:45'))).toBe('11:45');
    expect(() => clockSecond('8:30')).toThrow(RangeError);
  });

  it('has no way back on a day without located visits', () => {
    const day = dayItinerary({ start: OFFICE, visits: [{ id: 1, location: null, grade: 'A' }], mode: 'bus' });
    expect(day).toEqual({ stops: [], unlocated: [1], back: null, end: OFFICE, totals: { metres: 0, travelSeconds: 0, visitMinutes: 0, startSecond: DEFAULT_DAY_START_SECOND, finishSecond: DEFAULT_DAY_START_SECOND } });
  });
});
