import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { basisPoints, formatPercent, percentToBasisPoints, telescopedBasisPoints } from './basis-points';

describe('basis points', () => {
  it('round half away from zero, from integers', () => {
    expect(basisPoints(55, 100)).toBe(5500);
    expect(basisPoints(1, 3)).toBe(3333);
    expect(basisPoints(2, 3)).toBe(6667);
    expect(basisPoints(1, 20_000)).toBe(1); // 0.5 bp rounds up
    expect(basisPoints(-1, 20_000)).toBe(-1);
    // 2^53 + 1 fen would lose its last fen as a float; the bigint path keeps it.
    expect(basisPoints(2n ** 53n + 1n, 2n ** 54n + 2n)).toBe(5000);
    expect(() => basisPoints(1, 0)).toThrow(RangeError);
  });

  it('give the same answer in ordinary numbers as in bigint, up to the largest safe integers', () => {
    const exact = (n: bigint, d: bigint) => {
      const m = ((n < 0n ? -n : n) * 2n * 10_000n + d) / (2n * d);
      return Number(n < 0n ? -m : m);
    };
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n, d) => {
        expect(basisPoints(n, d)).toBe(exact(BigInt(n), BigInt(d)));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }), (n, d) => {
        expect(basisPoints(n, d)).toBe(exact(BigInt(n), BigInt(d)));
      }),
      { numRuns: 2000 },
    );
  });

  it('format for display', () => {
    expect(formatPercent(5500)).toBe('55.00%');
    expect(formatPercent(1235)).toBe('12.35%');
    expect(formatPercent(7)).toBe('0.07%');
    expect(formatPercent(-325)).toBe('-3.25%');
    expect(formatPercent(10_000)).toBe('100.00%');
  });

  it('read percentages with at most two decimals', () => {
    expect(percentToBasisPoints(55)).toBe(5500);
    expect(percentToBasisPoints(12.35)).toBe(1235);
    expect(percentToBasisPoints(0.07)).toBe(7);
    expect(percentToBasisPoints(55.555)).toBeNull();
    expect(percentToBasisPoints(Number.NaN)).toBeNull();
  });

  it('telescoped shares add up to exactly 10,000 and stay within 1 bp of the exact share', () => {
    expect(telescopedBasisPoints([1, 1, 1], 3)).toEqual([3333, 3334, 3333]);
    expect(telescopedBasisPoints([0, 0], 0)).toEqual([0, 0]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 60 }), (parts) => {
        const total = parts.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const shares = telescopedBasisPoints(parts, total);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(10_000);
        parts.forEach((p, i) => {
          const error = BigInt(shares[i] ?? 0) * BigInt(total) - BigInt(p) * 10_000n;
          expect(error <= BigInt(total) && -error <= BigInt(total)).toBe(true);
        });
      }),
    );
  });
});
