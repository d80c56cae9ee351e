import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrixFrom, orderLength, type DistanceMatrix } from './distance-matrix';
import { LocalSearch, nearestNeighbourLists } from './local-search';
import { seededRandom } from '../shared/random';
import { Tour } from './tour';
import { nearestNeighbourOrder, solveTsp, type TourEnds } from './tsp';

type Point = { x: number; y: number };

function euclidean(points: readonly Point[]): DistanceMatrix {
  return matrixFrom(points.length, (i, j) => Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y));
}

const point = fc.record({ x: fc.integer({ min: 0, max: 1000 }), y: fc.integer({ min: 0, max: 1000 }) });

/** Points (some may coincide) with a start and, in half the cases, a different end. */
const problem = (maxPoints: number) =>
  fc.array(point, { minLength: 1, maxLength: maxPoints }).chain((points) =>
    fc
      .record({ start: fc.nat(points.length - 1), end: fc.option(fc.nat(points.length - 1), { nil: undefined }) })
      .map(({ start, end }) => ({ points, ends: { start, end: end === start ? undefined : end } as TourEnds })),
  );

function isPermutation(order: readonly number[], size: number): boolean {
  return order.length === size && new Set(order).size === size && order.every((v) => Number.isInteger(v) && v >= 0 && v < size);
}

/** The shortest order by trying them all (small problems only). */
function bruteForce(m: DistanceMatrix, ends: TourEnds): number {
  const closed = ends.end === undefined;
  const middle = [...Array(m.size).keys()].filter((v) => v !== ends.start && v !== ends.end);
  let best = Infinity;
  const permute = (done: number[], rest: number[]) => {
    if (rest.length === 0) {
      const order = [ends.start, ...done, ...(closed ? [] : [ends.end!])];
      best = Math.min(best, orderLength(m, order, closed));
      return;
    }
    for (let i = 0; i < rest.length; i++) permute([...done, rest[i]!], [...rest.slice(0, i), ...rest.slice(i + 1)]);
  };
  permute([], middle);
  return best;
}

describe('solveTsp', () => {
  it('visits every point once, starts and ends where asked, and is never longer than nearest neighbour', () => {
    fc.assert(
      fc.property(problem(40), ({ points, ends }) => {
        const m = euclidean(points);
        const s = solveTsp(m, ends, { iterations: 40 });
        expect(isPermutation(s.order, points.length)).toBe(true);
        expect(s.order[0]).toBe(ends.start);
        if (ends.end !== undefined) expect(s.order.at(-1)).toBe(ends.end);
        const closed = ends.end === undefined;
        expect(s.length).toBe(orderLength(m, s.order, closed));
        expect(s.nearestNeighbourLength).toBe(orderLength(m, nearestNeighbourOrder(m, ends), closed));
        expect(s.length).toBeLessThanOrEqual(s.nearestNeighbourLength);
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same order for the same input and seed', () => {
    fc.assert(
      fc.property(problem(60), fc.integer(), ({ points, ends }, seed) => {
        const first = solveTsp(euclidean(points), ends, { seed, iterations: 60 });
        const again = solveTsp(euclidean(points.map((p) => ({ ...p }))), { ...ends }, { seed, iterations: 60 });
        expect(again).toEqual(first);
      }),
      { numRuns: 40 },
    );
  });

  it('finds the optimum of small problems, closed and open', () => {
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 2, maxLength: 8 }).chain((points) =>
          fc.record({ points: fc.constant(points), end: fc.option(fc.integer({ min: 1, max: points.length - 1 }), { nil: undefined }) }),
        ),
        ({ points, end }) => {
          const m = euclidean(points);
          const ends = { start: 0, end };
          expect(solveTsp(m, ends).length).toBeCloseTo(bruteForce(m, ends), 6);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('takes a clearly better order than nearest neighbour on a classic trap', () => {
    // Points on two parallel lines: nearest neighbour runs along one line and jumps back; the optimum is a loop.
    const points = [...Array(10).keys()].flatMap((i) => [
      { x: i * 10, y: 0 },
      { x: i * 10 + 5, y: 12 },
    ]);
    const m = euclidean(points);
    const s = solveTsp(m, { start: 0 });
    expect(s.length).toBeLessThan(s.nearestNeighbourLength);
    // The perimeter of the strip: 2 × 95 along the lines plus two ends of length 13.
    expect(s.length).toBeCloseTo(2 * 90 + 2 * Math.hypot(5, 12), 6);
  });

  it('refuses an end point outside the matrix', () => {
    expect(() => solveTsp(euclidean([{ x: 0, y: 0 }]), { start: 0, end: 3 })).toThrow(RangeError);
  });
});

describe('local search', () => {
  // Arbitrary symmetric weights (not even metric) test the move bookkeeping harder than points in a plane.
  const weights = fc.integer({ min: 4, max: 30 }).chain((n) =>
    fc.record({ n: fc.constant(n), seed: fc.integer(), values: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: n * n, maxLength: n * n }) }),
  );

  it('shortens the tour by exactly what it reports, and leaves a valid tour', () => {
    fc.assert(
      fc.property(weights, ({ n, seed, values }) => {
        const m = matrixFrom(n, (i, j) => values[i * n + j]!);
        const random = seededRandom(seed);
        const start = [...Array(n).keys()].sort(() => random() - 0.5);
        const tour = new Tour(start);
        const search = new LocalSearch(m, nearestNeighbourLists(m, 10), 1e-9);
        search.pushAll();
        const saved = search.run(tour);
        const after = Array.from(tour.order);
        expect(isPermutation(after, n)).toBe(true);
        expect(after.every((v, i) => tour.pos[v] === i)).toBe(true);
        expect(orderLength(m, start, true) - orderLength(m, after, true)).toBeCloseTo(saved, 6);
      }),
      { numRuns: 200 },
    );
  });
});

describe('Tour', () => {
  it('reverses either side of the cycle and keeps positions in step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 20 }).chain((n) => fc.tuple(fc.constant(n), fc.nat(n - 1), fc.nat(n - 1))), ([n, i, j]) => {
        const tour = new Tour([...Array(n).keys()]);
        const a = tour.order[i]!;
        const b = tour.order[j]!;
        const before = { p: tour.prev(a), n: tour.next(b) };
        tour.reversePath(a, b);
        expect(isPermutation(Array.from(tour.order), n)).toBe(true);
        expect(Array.from(tour.order).every((v, k) => tour.pos[v] === k)).toBe(true);
        // After reversing a…b, a sits next to what followed b and b next to what preceded a.
        if (before.n !== a && before.p !== b) {
          expect([tour.next(a), tour.prev(a)]).toContain(before.n);
          expect([tour.next(b), tour.prev(b)]).toContain(before.p);
        }
      }),
    );
  });
});
