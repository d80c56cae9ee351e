/**
 * Symmetric travel costs between the points of one problem, as a flat n × n array: the route
 * optimiser reads nothing else, so the same solver serves real customers (metres) and TSPLIB
 * instances (their own integer metric).
 */
export interface DistanceMatrix {
  readonly size: number;
  /** weights[i * size + j] is the cost from i to j (= from j to i). */
  readonly weights: Float64Array;
}

/** Builds a matrix from a symmetric cost function, calling it once per pair. */
export function matrixFrom(size: number, cost: (i: number, j: number) => number): DistanceMatrix {
  const weights = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i + 1; j < size; j++) {
      const w = cost(i, j);
      if (!Number.isFinite(w) || w < 0) throw new RangeError(`distance ${i}–${j} is ${w}; distances must be finite and not negative`);
      weights[i * size + j] = w;
      weights[j * size + i] = w;
    }
  }
  return { size, weights };
}

export function distanceBetween(m: DistanceMatrix, i: number, j: number): number {
  return m.weights[i * m.size + j]!;
}

/** Length of visiting `order` in turn; `closed` adds the way back from the last point to the first. */
export function orderLength(m: DistanceMatrix, order: readonly number[], closed: boolean): number {
  let total = 0;
  for (let k = 1; k < order.length; k++) total += distanceBetween(m, order[k - 1]!, order[k]!);
  if (closed && order.length > 1) total += distanceBetween(m, order[order.length - 1]!, order[0]!);
  return total;
}

/** The largest single distance in the matrix. */
export function largestDistance(m: DistanceMatrix): number {
  let max = 0;
  for (const w of m.weights) if (w > max) max = w;
  return max;
}
