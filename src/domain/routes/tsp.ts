import { distanceBetween, largestDistance, orderLength, type DistanceMatrix } from './distance-matrix';
import { LocalSearch, NEIGHBOUR_COUNT, nearestNeighbourLists } from './local-search';
import { randomBelow, seededRandom } from '../shared/random';
import { Tour } from './tour';

/**
 * The order in which to visit every point of a distance matrix, shortest we can find:
 * a closed tour that starts and ends at `start`, or an open path from `start` to a different `end`.
 *
 * Method: nearest-neighbour construction, then iterated local search — 2-opt and Or-opt to a local
 * optimum, then repeatedly a random double bridge (two adjacent stretches swapped) followed by local
 * search again, keeping the result when it is no longer than the best so far. Randomness comes from a
 * seeded generator and the work is bounded by a number of iterations, not by the clock, so the same
 * input and seed always give the same order. An open path is solved as a tour through one extra point
 * that is free to reach from `start` and `end` and prohibitively far from everything else, so the
 * tour always passes `end` → extra point → `start`.
 */

export interface TourEnds {
  start: number;
  /** Omitted or equal to `start`: a round trip. */
  end?: number;
}

export interface SolveOptions {
  /** Seed of the random kicks; the same seed gives the same order. */
  seed?: number;
  /** Kicks (each followed by local search); by default `defaultIterations(points)`. */
  iterations?: number;
}

export interface Solution {
  /** Every point once: begins with `start`; an open path ends with `end`. */
  order: number[];
  /** Length of the order, including the way back to `start` when it is a round trip. */
  length: number;
  /** Length of the nearest-neighbour order the search started from. */
  nearestNeighbourLength: number;
}

export const DEFAULT_SEED = 20260101;

/**
 * Kicks for a problem of `points` points. The TSPLIB instances of 51–100 points reach their optimum
 * (eil51: within 0.3%) after about 1,000 kicks; 30 a point (3,000 for 100 points, some 30 ms) leaves a margin
 * and brings made-up days of 200 stops within about 0.1% of what ten times the effort finds (docs/benchmarks.md).
 */
export function defaultIterations(points: number): number {
  return Math.min(6000, Math.max(1000, 30 * points));
}

/** The longest stretch the double bridge swaps: small kicks keep the rest of a good tour intact. */
const KICK_MAX_SEGMENT = 30;
/** How many times a kick is redrawn when it would cut an edge at the pinned point of an open path. */
const KICK_TRIES = 20;

function isClosed(ends: TourEnds): boolean {
  return ends.end === undefined || ends.end === ends.start;
}

function checkEnds(m: DistanceMatrix, ends: TourEnds): void {
  for (const v of [ends.start, ends.end ?? ends.start]) {
    if (!Number.isInteger(v) || v < 0 || v >= m.size) throw new RangeError(`point ${v} is not in the matrix (0–${m.size - 1})`);
  }
}

/** Nearest neighbour: from `start`, always on to the nearest point not yet visited; `end` (if any) comes last. */
export function nearestNeighbourOrder(m: DistanceMatrix, ends: TourEnds): number[] {
  checkEnds(m, ends);
  const n = m.size;
  const closed = isClosed(ends);
  const visited = new Uint8Array(n);
  const order = [ends.start];
  visited[ends.start] = 1;
  if (!closed) visited[ends.end!] = 1;
  for (let at = ends.start; order.length < (closed ? n : n - 1); ) {
    let nearest = -1;
    let best = Infinity;
    for (let j = 0; j < n; j++) {
      if (visited[j]) continue;
      const w = distanceBetween(m, at, j);
      if (w < best) {
        best = w;
        nearest = j;
      }
    }
    visited[nearest] = 1;
    order.push(nearest);
    at = nearest;
  }
  if (!closed) order.push(ends.end!);
  return order;
}

/** The matrix of an open path: one extra point, free to reach from `start` and `end`, too far from all else to be worth it. */
function withReturnPoint(m: DistanceMatrix, start: number, end: number): DistanceMatrix {
  const n = m.size;
  const size = n + 1;
  const far = largestDistance(m) * size + 1;
  const weights = new Float64Array(size * size);
  for (let i = 0; i < n; i++) {
    weights.set(m.weights.subarray(i * n, i * n + n), i * size);
    const w = i === start || i === end ? 0 : far;
    weights[i * size + n] = w;
    weights[n * size + i] = w;
  }
  return { size, weights };
}

/** One double bridge at a random place: swaps two adjacent stretches of the tour. Returns the change in length. */
function kick(tour: Tour, m: DistanceMatrix, random: () => number, pinned: number, search: LocalSearch): number {
  const n = tour.size;
  const maxLen = Math.max(1, Math.min(KICK_MAX_SEGMENT, Math.floor((n - 2) / 2)));
  const { order } = tour;
  for (let attempt = 0; attempt < KICK_TRIES; attempt++) {
    const start = randomBelow(random, n);
    const first = 1 + randomBelow(random, maxLen);
    const second = 1 + randomBelow(random, maxLen);
    // The stretches b0…b1 and c0…c1 trade places between `before` and `after`.
    const before = order[(start + n - 1) % n]!;
    const b0 = order[start]!;
    const b1 = order[(start + first - 1) % n]!;
    const c0 = order[(start + first) % n]!;
    const c1 = order[(start + first + second - 1) % n]!;
    const after = order[(start + first + second) % n]!;
    if (pinned === before || pinned === b0 || pinned === b1 || pinned === c0 || pinned === c1 || pinned === after) continue;
    const w = m.weights;
    const change = w[before * n + c0]! + w[c1 * n + b0]! + w[b1 * n + after]! - w[before * n + b0]! - w[b1 * n + c0]! - w[c1 * n + after]!;
    tour.swapSegments(start, first, second);
    search.push(before);
    search.push(b0);
    search.push(b1);
    search.push(c0);
    search.push(c1);
    search.push(after);
    return change;
  }
  return 0;
}

function cycleLength(tour: Tour, m: DistanceMatrix): number {
  return orderLength(m, Array.from(tour.order), true);
}

export function solveTsp(m: DistanceMatrix, ends: TourEnds, options: SolveOptions = {}): Solution {
  const initial = nearestNeighbourOrder(m, ends);
  const closed = isClosed(ends);
  const nearestNeighbourLength = orderLength(m, initial, closed);
  const unchanged = { order: initial, length: nearestNeighbourLength, nearestNeighbourLength };
  if (m.size <= 3) return unchanged;

  const work = closed ? m : withReturnPoint(m, ends.start, ends.end!);
  const pinned = closed ? -1 : m.size;
  const epsilon = largestDistance(m) * 1e-10;
  const search = new LocalSearch(work, nearestNeighbourLists(work, NEIGHBOUR_COUNT), epsilon);
  const random = seededRandom(options.seed ?? DEFAULT_SEED);
  const iterations = options.iterations ?? defaultIterations(m.size);

  const tour = new Tour(closed ? initial : [...initial, pinned]);
  search.pushAll();
  search.run(tour);
  const best = new Tour(tour.order);
  let bestLength = cycleLength(best, work);
  let length = bestLength;
  for (let i = 0; i < iterations; i++) {
    length += kick(tour, work, random, pinned, search);
    length -= search.run(tour);
    if (length < bestLength - epsilon) {
      best.copyFrom(tour);
      bestLength = length = cycleLength(best, work);
    } else if (length > bestLength + epsilon) {
      tour.copyFrom(best);
      length = bestLength;
    }
  }

  const cycle = closed ? best.toArray(ends.start) : best.toArray(ends.start, best.next(ends.start) === pinned ? best.prev(ends.start) : best.next(ends.start));
  const order = closed ? cycle : cycle.slice(0, -1);
  const solved = orderLength(m, order, closed);
  // Local search only ever shortens the tour and never moves the return point; the check keeps both promises
  // even against rounding.
  const endsRight = closed || order[order.length - 1] === ends.end;
  return endsRight && solved <= nearestNeighbourLength ? { order, length: solved, nearestNeighbourLength } : unchanged;
}
