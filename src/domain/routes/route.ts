import { convertCoordinate, haversineMetres, type Coordinate, type LngLat } from '../customers/coordinates';
import { distanceBetween, matrixFrom, type DistanceMatrix } from './distance-matrix';
import { DEFAULT_TRAVEL_SETTINGS, secondsPerMetre, type TransportMode, type TravelSettings } from './transport';
import { solveTsp, type SolveOptions } from './tsp';

/**
 * A day's visiting route: the order of the day's visits that keeps travel shortest, from a start
 * point (home or the office) back to it, or on to a different end point. Distances are great-circle
 * metres between GCJ-02 coordinates (any datum is converted first); travel times come from the
 * transport's average speed and a detour factor, so they are estimates, not a road router's.
 */

export interface RouteStop<Id> {
  id: Id;
  location: Coordinate;
  /** Time spent at the stop, in minutes (0 if left out). */
  visitMinutes?: number;
}

export interface RouteRequest<Id> {
  start: Coordinate;
  /** Where the day ends; left out: back at `start`. */
  end?: Coordinate;
  stops: readonly RouteStop<Id>[];
  mode: TransportMode;
  travel?: TravelSettings;
  /** The optimiser's seed and effort; the same request gives the same route. */
  solver?: SolveOptions;
}

/** The way to a stop, or (with `to: null`) from the last stop to the end point. */
export interface RouteLeg<Id> {
  to: Id | null;
  /** Straight-line (great-circle) distance, whole metres. */
  metres: number;
  /** Estimated travel time, whole seconds. */
  travelSeconds: number;
  /** When this leg arrives, in seconds after leaving the start: travel and earlier visits. */
  arrivalSecond: number;
}

export interface PlannedRoute<Id> {
  /** The stops' ids in visiting order. */
  order: Id[];
  /** One leg per stop, then the leg to the end point (or back to the start); none for a round trip without stops. */
  legs: RouteLeg<Id>[];
  /** Straight-line metres of the whole route (rounded once, so it may differ by a metre or two from the legs' sum). */
  totalMetres: number;
  /** The legs' travel seconds added up. */
  totalTravelSeconds: number;
  /** Arrival at the end point, in seconds after leaving the start. */
  finishSecond: number;
  /** Straight-line metres of the plain nearest-neighbour order, for comparison. */
  nearestNeighbourMetres: number;
}

function gcj02(c: Coordinate): LngLat {
  const p = convertCoordinate(c, 'GCJ-02');
  return { lng: p.lng, lat: p.lat };
}

export function planRoute<Id>(request: RouteRequest<Id>): PlannedRoute<Id> {
  const { stops } = request;
  const { points, open } = routePoints(request);
  const matrix = matrixFrom(points.length, (i, j) => haversineMetres(points[i]!, points[j]!));
  const endIndex = open ? points.length - 1 : 0;
  const solution = solveTsp(matrix, { start: 0, end: endIndex }, request.solver);
  const visits = solution.order.slice(1, open ? -1 : undefined);
  const path = open || stops.length === 0 ? solution.order : [...solution.order, 0];
  const walked = walk(path, matrix, request);
  return {
    order: visits.map((i) => stops[i - 1]!.id),
    ...walked,
    totalMetres: Math.round(solution.length),
    nearestNeighbourMetres: Math.round(solution.nearestNeighbourLength),
  };
}

/**
 * The legs of a route that visits the stops in the order given (nothing is optimised): for a day whose order is
 * already chosen, with the same distances, pace and visit times as planRoute.
 */
export function followRoute<Id>(request: Omit<RouteRequest<Id>, 'solver'>): Omit<PlannedRoute<Id>, 'nearestNeighbourMetres'> {
  const { points, open } = routePoints(request);
  const matrix = matrixFrom(points.length, (i, j) => haversineMetres(points[i]!, points[j]!));
  const inOrder = request.stops.map((_, i) => i + 1);
  const path = request.stops.length === 0 && !open ? [0] : [0, ...inOrder, open ? points.length - 1 : 0];
  const walked = walk(path, matrix, request);
  let exact = 0;
  for (let k = 1; k < path.length; k++) exact += distanceBetween(matrix, path[k - 1]!, path[k]!);
  return { order: request.stops.map((s) => s.id), ...walked, totalMetres: Math.round(exact) };
}

/** Points of a request, in GCJ-02: 0 = start, 1…k = stops, k + 1 = end when the day ends elsewhere. */
function routePoints<Id>(request: Omit<RouteRequest<Id>, 'solver'>): { points: LngLat[]; open: boolean } {
  for (const s of request.stops) {
    const minutes = s.visitMinutes ?? 0;
    if (!(minutes >= 0) || !Number.isFinite(minutes)) throw new RangeError(`visit minutes of stop ${String(s.id)} must be 0 or more, not ${minutes}`);
  }
  const open = request.end !== undefined;
  return { points: [request.start, ...request.stops.map((s) => s.location), ...(open ? [request.end!] : [])].map(gcj02), open };
}

/** Walks `path` (point indices, start first) leg by leg: distance, travel time at the transport's pace, arrival. */
function walk<Id>(path: readonly number[], matrix: DistanceMatrix, request: Omit<RouteRequest<Id>, 'solver'>): Pick<PlannedRoute<Id>, 'legs' | 'totalTravelSeconds' | 'finishSecond'> {
  const pace = secondsPerMetre(request.mode, request.travel ?? DEFAULT_TRAVEL_SETTINGS);
  const { stops } = request;
  const legs: RouteLeg<Id>[] = [];
  let clock = 0;
  for (let k = 1; k < path.length; k++) {
    const from = path[k - 1]!;
    const to = path[k]!;
    const exact = distanceBetween(matrix, from, to);
    const metres = Math.round(exact);
    const seconds = Math.round(exact * pace);
    if (from !== 0) clock += Math.round((stops[from - 1]!.visitMinutes ?? 0) * 60);
    clock += seconds;
    const isStop = k < path.length - 1;
    legs.push({ to: isStop ? stops[to - 1]!.id : null, metres, travelSeconds: seconds, arrivalSecond: clock });
  }
  return { legs, totalTravelSeconds: legs.reduce((sum, l) => sum + l.travelSeconds, 0), finishSecond: clock };
}
