import { describe, expect, it } from 'vitest';
import { applyRate, statementCollectionRateBp } from './collection-rate';

describe('collection rate of a statement row', () => {
  it('is collections ÷ purchases in basis points, rounded down', () => {
    expect(statementCollectionRateBp(300_000, 200_000)).toBe(6666);
    expect(statementCollectionRateBp(100_000, 99_999)).toBe(9999);
    expect(statementCollectionRateBp(1_000_000, 999_999)).toBe(9999); // 99.9999%: never shown as 100%
    expect(statementCollectionRateBp(100_000, 0)).toBe(0);
  });

  it('is capped at 100% when collections include earlier months', () => {
    expect(statementCollectionRateBp(100_000, 100_000)).toBe(10_000);
    expect(statementCollectionRateBp(100_000, 250_000)).toBe(10_000);
  });

  it('is absent when there are no net purchases, even with collections', () => {
    expect(statementCollectionRateBp(0, 50_000)).toBeNull();
    expect(statementCollectionRateBp(-20_000, 50_000)).toBeNull();
  });

  it('refuses negative collections and fractions of a fen', () => {
    expect(() => statementCollectionRateBp(100, -1)).toThrow(RangeError);
    expect(() => statementCollectionRateBp(100.5, 1)).toThrow(RangeError);
  });
});

describe('applying a rate to an amount', () => {
  it('rounds half up to a whole fen', () => {
    expect(applyRate(30_001, 5000)).toBe(15_001); // 150.005 → 150.01
    expect(applyRate(30_003, 5000)).toBe(15_002); // 150.015 → 150.02
    expect(applyRate(10_000, 3333)).toBe(3333);
    expect(applyRate(1, 4999)).toBe(0); // 0.4999 fen
    expect(applyRate(1, 5000)).toBe(1); // 0.5 fen
    expect(applyRate(12_345, 10_000)).toBe(12_345);
    expect(applyRate(12_345, 0)).toBe(0);
  });

  it('stays exact where a float product would not', () => {
    const big = 9_000_000_000_000_00; // ¥9 trillion in fen
    expect(applyRate(big, 3333)).toBe(299_970_000_000_000);
  });

  it('refuses negative inputs', () => {
    expect(() => applyRate(-1, 100)).toThrow(RangeError);
    expect(() => applyRate(1, -100)).toThrow(RangeError);
  });
});
