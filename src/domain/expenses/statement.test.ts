import { describe, expect, it } from 'vitest';
import { seededRandom, randomBelow } from '../shared/random';
import { sumFen } from '../sales/fen';
import { adjustRow } from './adjustment';
import { computeStatement, payableFor, statementTotals, type PayoutRules, type ProductStandard, type StatementLine, type StatementRow } from './statement';

const products: ProductStandard[] = [
  { productId: 'p-a', name: '感冒灵颗粒', expenseStandardFen: 50 }, // ¥0.50 a box
  { productId: 'p-b', name: '阿莫西林胶囊', expenseStandardFen: 120 },
  { productId: 'p-free', name: '赠品', expenseStandardFen: 0 },
];
const bothRules: PayoutRules = { payOnlyAfterCollection: true, payoutFollowsCollectionRate: true };
const afterOnly: PayoutRules = { payOnlyAfterCollection: true, payoutFollowsCollectionRate: false };
const rateOnly: PayoutRules = { payOnlyAfterCollection: false, payoutFollowsCollectionRate: true };
const noRules: PayoutRules = { payOnlyAfterCollection: false, payoutFollowsCollectionRate: false };

const line = (customerId: string, productId: string, quantity: number, amountFen: number): StatementLine => ({ customerId, productId, quantity, amountFen });

// c1: 200 boxes of A (¥2,000) and 100 of B (¥3,000); 10 boxes of B returned (−¥300). Net ¥4,700, paid ¥3,133.
// Standard: 200 × 0.50 + 90 × 1.20 = 100 + 108 = ¥208. Rate 3,133 / 4,700 = 66.659…% → 6665 bp.
// Payable: 20,800 fen × 0.6665 = 13,863.2 → 13,863 fen.
const lines = [
  line('c1', 'p-a', 200, 200_000),
  line('c1', 'p-b', 100, 300_000),
  line('c1', 'p-b', -10, -30_000),
  line('c2', 'p-a', 1, 1_000), // c2: standard ¥0.50, nothing paid
  line('c3', 'p-free', 5, 0), // c3: a product without a standard, paid
  line('c4', 'p-a', -4, -4_000), // c4: returns only, pays an old debt
];
const collections = [
  { customerId: 'c1', collectedFen: 313_300 },
  { customerId: 'c3', collectedFen: 500 },
  { customerId: 'c4', collectedFen: 20_000 },
  { customerId: 'c5', collectedFen: 7_000 }, // c5: no purchases this month, pays an old debt
];

describe('monthly statement (《月客户采购及客情费统计表》)', () => {
  it('computes one row per customer, worked by hand', () => {
    const rows = computeStatement({ lines, collections, products, rules: bothRules });
    expect(rows.map((r) => [r.customerId, r.purchasesFen, r.collectedFen, r.collectionRateBp, r.standardFen, r.payableFen, r.basis])).toEqual([
      ['c1', 470_000, 313_300, 6665, 20_800, 13_863, 'collection-rate'],
      ['c2', 1_000, 0, 0, 50, 0, 'collection-rate'],
      ['c3', 0, 500, null, 0, 0, 'no-standard'],
      ['c4', -4_000, 20_000, null, -200, 0, 'no-standard'],
      ['c5', 0, 7_000, null, 0, 0, 'no-standard'],
    ]);
    expect(rows[0]!.products).toEqual([
      { productId: 'p-a', quantity: 200, standardFen: 10_000 },
      { productId: 'p-b', quantity: 90, standardFen: 10_800 },
    ]);
    expect(rows.every((r) => r.finalFen === r.payableFen && r.adjustedFen === null)).toBe(true);
  });

  it('totals the rows, with the rate of the totals', () => {
    const totals = statementTotals(computeStatement({ lines, collections, products, rules: bothRules }));
    expect(totals).toEqual({
      customers: 5,
      purchasesFen: 467_000,
      collectedFen: 340_800,
      collectionRateBp: 7297, // 340,800 / 467,000 = 72.976…%
      standardFen: 20_650,
      payableFen: 13_863,
      finalFen: 13_863,
      adjustedRows: 0,
    });
  });

  it('orders rows by customer and does not depend on the order of the input', () => {
    const a = computeStatement({ lines, collections, products, rules: bothRules });
    const b = computeStatement({ lines: [...lines].reverse(), collections: [...collections].reverse(), products, rules: bothRules });
    expect(b).toEqual(a);
  });

  it('refuses lines with an unknown product, a fractional quantity or a fraction of a fen', () => {
    expect(() => computeStatement({ lines: [line('c', 'nope', 1, 1)], collections: [], products, rules: bothRules })).toThrow(/unknown product/);
    expect(() => computeStatement({ lines: [line('c', 'p-a', 1.5, 1)], collections: [], products, rules: bothRules })).toThrow(RangeError);
    expect(() => computeStatement({ lines: [line('c', 'p-a', 1, 0.5)], collections: [], products, rules: bothRules })).toThrow(RangeError);
    expect(() => computeStatement({ lines: [], collections: [{ customerId: 'c', collectedFen: -1 }], products, rules: bothRules })).toThrow(RangeError);
  });
});

describe('amount payable under each rule', () => {
  it('follows the collection rate, rounding half up to a fen', () => {
    expect(payableFor(30_001, 5000, bothRules)).toEqual({ payableFen: 15_001, basis: 'collection-rate' });
    expect(payableFor(30_001, 5000, rateOnly)).toEqual({ payableFen: 15_001, basis: 'collection-rate' });
    expect(payableFor(30_000, 10_000, bothRules)).toEqual({ payableFen: 30_000, basis: 'collection-rate' });
    expect(payableFor(30_000, 0, bothRules)).toEqual({ payableFen: 0, basis: 'collection-rate' });
  });

  it('pays only after full collection when the rate rule is off', () => {
    expect(payableFor(30_000, 10_000, afterOnly)).toEqual({ payableFen: 30_000, basis: 'fully-collected' });
    expect(payableFor(30_000, 9999, afterOnly)).toEqual({ payableFen: 0, basis: 'not-fully-collected' });
    expect(payableFor(30_000, 0, afterOnly)).toEqual({ payableFen: 0, basis: 'not-fully-collected' });
  });

  it('pays nothing without net purchases when a collection rule is on, the standard when none is', () => {
    expect(payableFor(30_000, null, afterOnly)).toEqual({ payableFen: 0, basis: 'no-net-purchases' });
    expect(payableFor(30_000, null, rateOnly)).toEqual({ payableFen: 0, basis: 'no-net-purchases' });
    expect(payableFor(30_000, null, noRules)).toEqual({ payableFen: 30_000, basis: 'unconditional' });
    expect(payableFor(30_000, 0, noRules)).toEqual({ payableFen: 30_000, basis: 'unconditional' });
  });

  it('never pays a negative standard', () => {
    for (const rules of [bothRules, afterOnly, rateOnly, noRules]) expect(payableFor(-500, 10_000, rules)).toEqual({ payableFen: 0, basis: 'no-standard' });
  });
});

describe('statement properties over random months (seeded)', () => {
  const customers = ['c01', 'c02', 'c03', 'c04', 'c05', 'c06', 'c07', 'c08'];
  const randomProducts: ProductStandard[] = Array.from({ length: 6 }, (_, i) => ({ productId: `p${i}`, name: `品种${i}`, expenseStandardFen: i * 37 }));
  const ruleSets = [bothRules, afterOnly, rateOnly, noRules];

  function randomMonth(seed: number) {
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]) => list[randomBelow(random, list.length)]!;
    const monthLines = Array.from({ length: randomBelow(random, 40) }, () => {
      const quantity = (randomBelow(random, 5) === 0 ? -1 : 1) * (1 + randomBelow(random, 500));
      return line(pick(customers), pick(randomProducts).productId, quantity, quantity * (100 + randomBelow(random, 5000)));
    });
    const monthCollections = customers.filter(() => random() < 0.6).map((customerId) => ({ customerId, collectedFen: randomBelow(random, 3_000_000) }));
    return { random, pick, input: { lines: monthLines, collections: monthCollections, products: randomProducts, rules: pick(ruleSets) } };
  }

  it('totals equal the sums of the rows; payable is between 0 and the standard', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const { input } = randomMonth(seed);
      const rows = computeStatement(input);
      const totals = statementTotals(rows);
      expect(totals.purchasesFen).toBe(sumFen(input.lines.map((l) => l.amountFen)));
      expect(totals.collectedFen).toBe(sumFen(input.collections.map((c) => c.collectedFen)));
      expect(totals.standardFen).toBe(sumFen(rows.map((r) => r.standardFen)));
      expect(totals.payableFen).toBe(sumFen(rows.map((r) => r.payableFen)));
      expect(totals.finalFen).toBe(sumFen(rows.map((r) => r.finalFen)));
      expect(totals.customers).toBe(new Set([...input.lines, ...input.collections].map((x) => x.customerId)).size);
      for (const r of rows) {
        expect(r.payableFen).toBeGreaterThanOrEqual(0);
        expect(r.payableFen).toBeLessThanOrEqual(Math.max(0, r.standardFen));
        expect(r.standardFen).toBe(sumFen(r.products.map((p) => p.standardFen)));
        if (r.collectionRateBp !== null) {
          expect(r.collectionRateBp).toBeGreaterThanOrEqual(0);
          expect(r.collectionRateBp).toBeLessThanOrEqual(10_000);
          // Rounded down: rate ≤ exact share < rate + 1 bp (or the exact share is above 100%).
          expect(BigInt(r.collectionRateBp) * BigInt(r.purchasesFen)).toBeLessThanOrEqual(BigInt(r.collectedFen) * 10_000n);
        }
      }
    }
  });

  it('after random adjustments the final amount is never negative, and above the standard only with a reason', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const { random, input } = randomMonth(seed);
      const rows = computeStatement(input).map((row): StatementRow => {
        if (random() < 0.5) return row;
        const adjustedFen = randomBelow(random, Math.max(1, row.standardFen * 2) + 1) - (random() < 0.1 ? 100 : 0);
        const result = adjustRow(row, { adjustedFen, reason: random() < 0.5 ? '客户举办推广会，经理同意' : null });
        return result.ok ? result.row : row;
      });
      for (const r of rows) {
        expect(r.finalFen).toBeGreaterThanOrEqual(0);
        if (r.finalFen > Math.max(0, r.standardFen) || r.finalFen > r.payableFen) expect(r.adjustmentReason).toBeTruthy();
      }
      expect(statementTotals(rows).finalFen).toBe(sumFen(rows.map((r) => r.finalFen)));
    }
  });
});
