import { randomBelow, seededRandom } from '../shared/random';
import { compareCodeUnits } from '../shared/compare';

/**
 * The sales manager's spot check after a payout (seed 002: 兑现完毕、销售部经理对其抽查3家确认): `sampleSize`
 * customers of a statement drawn at random. The draw is reproducible: the seed is recorded with the check,
 * and the same customers with the same seed give the same sample on any machine, whatever order the
 * customers are listed in (they are sorted by id first). With no more customers than the sample, all are
 * checked.
 *
 * The server makes the seed (a random whole number 0 … 2³² − 1) and stores it; this module has no clock
 * and no randomness of its own.
 */
export const MAX_SEED = 0xffff_ffff;

export function isSpotCheckSeed(seed: number): boolean {
  return Number.isSafeInteger(seed) && seed >= 0 && seed <= MAX_SEED;
}

export interface SpotCheckDraw {
  seed: number;
  sampleSize: number;
  /** The customers to check, in the order drawn. */
  customerIds: string[];
}

export function drawSpotCheck(customerIds: readonly string[], sampleSize: number, seed: number): SpotCheckDraw {
  if (!Number.isSafeInteger(sampleSize) || sampleSize < 1) throw new RangeError(`sample size must be a positive integer, got ${sampleSize}`);
  if (!isSpotCheckSeed(seed)) throw new RangeError(`seed must be an integer from 0 to ${MAX_SEED}, got ${seed}`);
  const pool = [...new Set(customerIds)].sort(compareCodeUnits);
  const random = seededRandom(seed);
  const take = Math.min(sampleSize, pool.length);
  // Partial Fisher–Yates: the first `take` places end up a uniform sample without repeats.
  for (let i = 0; i < take; i += 1) {
    const j = i + randomBelow(random, pool.length - i);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return { seed, sampleSize, customerIds: pool.slice(0, take) };
}
