import { describe, expect, it } from 'vitest';
import { seededRandom, randomBelow } from '../shared/random';
import { drawSpotCheck, MAX_SEED } from './spot-check';

const customers = Array.from({ length: 40 }, (_, i) => `c${String(i).padStart(2, '0')}`);

describe('spot check after payout', () => {
  it('draws the sample size without repeats, from the statement’s customers', () => {
    const draw = drawSpotCheck(customers, 3, 20251020);
    expect(draw.customerIds).toHaveLength(3);
    expect(new Set(draw.customerIds).size).toBe(3);
    for (const id of draw.customerIds) expect(customers).toContain(id);
    expect(draw).toMatchObject({ seed: 20251020, sampleSize: 3 });
  });

  it('gives the same customers for the same seed, whatever the order of the list', () => {
    const random = seededRandom(7);
    for (let seed = 0; seed < 200; seed += 1) {
      const shuffled = [...customers];
      for (let i = shuffled.length - 1; i > 0; i -= 1) {
        const j = randomBelow(random, i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      expect(drawSpotCheck(shuffled, 3, seed)).toEqual(drawSpotCheck(customers, 3, seed));
    }
  });

  it('keeps giving the draws recorded with earlier checks (the generator and the shuffle must never change)', () => {
    // Pinned on purpose: a stored seed must reproduce the customers it chose when the check was made.
    expect(drawSpotCheck(customers, 3, 20251020).customerIds).toEqual(['c36', 'c30', 'c19']);
    expect(drawSpotCheck(customers, 5, 1).customerIds).toEqual(['c25', 'c01', 'c22', 'c39', 'c38']);
  });

  it('differs between seeds, and reaches every customer over many seeds', () => {
    const samples = new Set<string>();
    const hit = new Set<string>();
    for (let seed = 0; seed < 300; seed += 1) {
      const ids = drawSpotCheck(customers, 3, seed).customerIds;
      samples.add(ids.join(','));
      ids.forEach((id) => hit.add(id));
    }
    expect(samples.size).toBeGreaterThan(250);
    expect(hit.size).toBe(customers.length);
  });

  it('checks every customer when there are no more than the sample', () => {
    expect(drawSpotCheck(['b', 'a'], 3, 1).customerIds.sort()).toEqual(['a', 'b']);
    expect(drawSpotCheck(['a', 'a', 'b', 'c'], 3, 1).customerIds.sort()).toEqual(['a', 'b', 'c']);
    expect(drawSpotCheck([], 3, 1).customerIds).toEqual([]);
  });

  it('refuses seeds and sample sizes that cannot be recorded exactly', () => {
    expect(drawSpotCheck(customers, 1, MAX_SEED).customerIds).toHaveLength(1);
    expect(() => drawSpotCheck(customers, 3, MAX_SEED + 1)).toThrow(RangeError);
    expect(() => drawSpotCheck(customers, 3, -1)).toThrow(RangeError);
    expect(() => drawSpotCheck(customers, 3, 1.5)).toThrow(RangeError);
    expect(() => drawSpotCheck(customers, 0, 1)).toThrow(RangeError);
  });
});
