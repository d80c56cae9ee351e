/**
 * The one seeded pseudo-random generator (mulberry32): the same seed gives the same numbers on every machine, so the
 * route optimiser gives the same route for the same input and the demo data is the same on every run. Never
 * Math.random, never the clock.
 */

/** mulberry32's next state. */
export function mulberry32Advance(state: number): number {
  return (state + 0x6d2b79f5) >>> 0;
}

/** The number in [0, 1) that mulberry32 gives for a state. */
export function mulberry32Output(state: number): number {
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A generator of numbers in [0, 1), seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = mulberry32Advance(state);
    return mulberry32Output(state);
  };
}

/** A whole number from 0 to `limit` − 1. */
export function randomBelow(random: () => number, limit: number): number {
  return Math.floor(random() * limit);
}
