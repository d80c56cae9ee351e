import type { Coordinate } from '../customers/coordinates';
import { followRoute } from '../routes/route';
import type { TransportMode, TravelSettings } from '../routes/transport';
import { DEFAULT_VISIT_MINUTES } from './plan';
import type { RuleGrade } from './rules';

/**
 * A planned day as the rep drives it (拜访路线图, DOMAIN §3): from the start point through the day's visits in their
 * stored order, each with the way from the previous stop (distance, travel time at the transport's pace), the
 * planned arrival and departure (visit minutes by grade), then the last leg: to the end point when the day ends
 * elsewhere, else back to the start; and the day's totals, from the time the rep sets off (their travel settings).
 * Visits of customers without coordinates cannot be placed on the route and are listed apart.
 */
export interface ItineraryVisit<Id> {
  id: Id;
  location: Coordinate | null;
  grade: RuleGrade;
}

export interface ItineraryStop<Id> {
  id: Id;
  /** The way from the previous stop (or the start point): straight-line metres and travel seconds. */
  metres: number;
  travelSeconds: number;
  /** Seconds after midnight (the day's local clock). */
  arriveSecond: number;
  leaveSecond: number;
  visitMinutes: number;
}

export interface DayItinerary<Id> {
  stops: ItineraryStop<Id>[];
  /** Visits without coordinates, in their order. */
  unlocated: Id[];
  /** The way from the last stop to the end point; null on a day without located visits. */
  back: { metres: number; travelSeconds: number; arriveSecond: number } | null;
  /** Where the day ends: the end point asked for, else the start. */
  end: Coordinate;
  totals: { metres: number; travelSeconds: number; visitMinutes: number; startSecond: number; finishSecond: number };
}

/** When a visiting day starts when nothing else is said: 08:30. */
export const DEFAULT_DAY_START_SECOND = (8 * 60 + 30) * 60;

export interface ItineraryRequest<Id> {
  start: Coordinate;
  /** Where the day ends; left out: back at the start. */
  end?: Coordinate;
  /** The day's visits in the order they are made. */
  visits: readonly ItineraryVisit<Id>[];
  mode: TransportMode;
  travel?: TravelSettings;
  /** Seconds after midnight when the rep sets off (default 08:30). */
  startSecond?: number;
  visitMinutes?: Partial<Record<RuleGrade, number>>;
}

export function dayItinerary<Id>(request: ItineraryRequest<Id>): DayItinerary<Id> {
  const minutes = { ...DEFAULT_VISIT_MINUTES, ...request.visitMinutes };
  const startSecond = request.startSecond ?? DEFAULT_DAY_START_SECOND;
  const end = request.end ?? request.start;
  const located = request.visits.filter((v) => v.location !== null);
  const unlocated = request.visits.filter((v) => v.location === null).map((v) => v.id);
  if (located.length === 0) return { stops: [], unlocated, back: null, end, totals: { metres: 0, travelSeconds: 0, visitMinutes: 0, startSecond, finishSecond: startSecond } };
  const route = followRoute({
    start: request.start,
    end: request.end,
    stops: located.map((v) => ({ id: v.id, location: v.location!, visitMinutes: minutes[v.grade] })),
    mode: request.mode,
    travel: request.travel,
  });
  const stops = located.map((v, i) => {
    const leg = route.legs[i]!;
    const arriveSecond = startSecond + leg.arrivalSecond;
    return { id: v.id, metres: leg.metres, travelSeconds: leg.travelSeconds, arriveSecond, leaveSecond: arriveSecond + Math.round(minutes[v.grade] * 60), visitMinutes: minutes[v.grade] };
  });
  const last = route.legs[route.legs.length - 1]!;
  return {
    stops,
    unlocated,
    back: { metres: last.metres, travelSeconds: last.travelSeconds, arriveSecond: startSecond + last.arrivalSecond },
    end,
    totals: { metres: route.totalMetres, travelSeconds: route.totalTravelSeconds, visitMinutes: stops.reduce((n, s) => n + s.visitMinutes, 0), startSecond, finishSecond: startSecond + route.finishSecond },
  };
}

/** The second of the day of a clock time written HH:mm ('08:30' → 30,600). */
export function clockSecond(hhmm: string): number {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new RangeError(`a clock time is written HH:mm, not ${hhmm}`);
  return (Number(match[1]) * 60 + Number(match[2])) * 60;
}

/** 09:05 for a second of the day (rounded to the minute; past midnight it goes on counting: 24:10). */
export function clockTime(secondOfDay: number): string {
  const minutes = Math.round(secondOfDay / 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
