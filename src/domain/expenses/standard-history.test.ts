import { describe, expect, it } from 'vitest';
import { checkEffectiveDate, computeStatementAtStandards, entryInForce, type StandardEntry } from './standard-history';
import { computeStatement } from './statement';

const history: StandardEntry[] = [
  { effectiveFrom: '2000-01-01', standardFen: 50 },
  { effectiveFrom: '2026-11-15', standardFen: 80 },
  { effectiveFrom: '2026-12-01', standardFen: 0 },
];

describe('the 客情费 standard in force on a date', () => {
  it('is the latest entry effective on or before the date', () => {
    expect(entryInForce(history, '2026-10-31')?.standardFen).toBe(50);
    expect(entryInForce(history, '2026-11-14')?.standardFen).toBe(50);
    expect(entryInForce(history, '2026-11-15')?.standardFen).toBe(80);
    expect(entryInForce(history, '2026-11-30')?.standardFen).toBe(80);
    expect(entryInForce(history, '2026-12-01')?.standardFen).toBe(0);
    expect(entryInForce(history, '2031-01-01')?.standardFen).toBe(0);
  });

  it('is the first entry before every entry, and none without a history', () => {
    expect(entryInForce(history.slice(1), '2026-01-01')?.standardFen).toBe(80);
    expect(entryInForce([], '2026-01-01')).toBeNull();
  });

  it('agrees with a linear scan on every day of a long history', () => {
    const long: StandardEntry[] = Array.from({ length: 37 }, (_, i) => ({ effectiveFrom: `20${String(10 + Math.floor(i / 12)).padStart(2, '0')}-${String((i % 12) + 1).padStart(2, '0')}-0${(i % 9) + 1}`, standardFen: i }));
    for (let d = 0; d < 1500; d += 7) {
      const date = new Date(Date.UTC(2009, 11, 1) + d * 86_400_000).toISOString().slice(0, 10);
      const scan = long.filter((e) => e.effectiveFrom <= date).pop() ?? long[0]!;
      expect(entryInForce(long, date)).toEqual(scan);
    }
  });
});

describe('a statement at the standards in force on the order dates', () => {
  const products = [
    { productId: 'p-a', name: '感冒灵颗粒', expenseStandardFen: 999 }, // current standard: used only without a history
    { productId: 'p-b', name: '阿莫西林胶囊', expenseStandardFen: 120 },
  ];
  const rules = { payOnlyAfterCollection: false, payoutFollowsCollectionRate: false };
  const histories = new Map([['p-a', history]]);

  it('prices lines before the change at the old standard and after it at the new one, one part per product', () => {
    const rows = computeStatementAtStandards({
      lines: [
        { customerId: 'c1', productId: 'p-a', quantity: 10, amountFen: 10_000, orderDate: '2026-11-03' },
        { customerId: 'c1', productId: 'p-a', quantity: 4, amountFen: 4_000, orderDate: '2026-11-20' },
        { customerId: 'c1', productId: 'p-a', quantity: -1, amountFen: -1_000, orderDate: '2026-11-21' },
        { customerId: 'c1', productId: 'p-b', quantity: 2, amountFen: 6_000, orderDate: '2026-11-21' },
      ],
      collections: [],
      products,
      histories,
      rules,
    });
    expect(rows).toHaveLength(1);
    // 10 × 0.50 + 3 × 0.80 + 2 × 1.20 = 5.00 + 2.40 + 2.40
    expect(rows[0]!.standardFen).toBe(500 + 240 + 240);
    expect(rows[0]!.purchasesFen).toBe(19_000);
    expect(rows[0]!.products).toEqual([
      { productId: 'p-a', quantity: 13, standardFen: 740 },
      { productId: 'p-b', quantity: 2, standardFen: 240 },
    ]);
  });

  it('is computeStatement itself when every product has one standard for the month', () => {
    const lines = [
      { customerId: 'c1', productId: 'p-a', quantity: 3, amountFen: 3_000, orderDate: '2026-10-05' },
      { customerId: 'c2', productId: 'p-b', quantity: 5, amountFen: 5_000, orderDate: '2026-10-06' },
    ];
    const collections = [{ customerId: 'c1', collectedFen: 1_500 }];
    const at = computeStatementAtStandards({ lines, collections, products, histories, rules: { payOnlyAfterCollection: true, payoutFollowsCollectionRate: true } });
    const plain = computeStatement({ lines, collections, products: [{ ...products[0]!, expenseStandardFen: 50 }, products[1]!], rules: { payOnlyAfterCollection: true, payoutFollowsCollectionRate: true } });
    expect(at).toEqual(plain);
  });

  it('still refuses a line of an unknown product', () => {
    expect(() => computeStatementAtStandards({ lines: [{ customerId: 'c', productId: 'nope', quantity: 1, amountFen: 1, orderDate: '2026-10-01' }], collections: [], products, histories, rules })).toThrow(RangeError);
  });
});

describe('when a new standard may take effect', () => {
  const today = '2026-11-23';
  it('from any day up to today when no statement with the product has left draft', () => {
    expect(checkEffectiveDate('2026-11-15', { today, lastClosedMonth: null }).ok).toBe(true);
    expect(checkEffectiveDate('2026-11-23', { today, lastClosedMonth: null }).ok).toBe(true);
    expect(checkEffectiveDate('2026-11-24', { today, lastClosedMonth: null }).ok).toBe(false);
    expect(checkEffectiveDate('1999-12-31', { today, lastClosedMonth: null }).ok).toBe(false);
  });

  it('only after the last month whose statement left draft, naming that month and the first allowed day', () => {
    const refused = checkEffectiveDate('2026-10-31', { today, lastClosedMonth: '2026-10-01' });
    expect(refused).toEqual({ ok: false, zh: expect.stringContaining('2026-11-01'), en: expect.stringContaining('2026-10') });
    expect(checkEffectiveDate('2026-11-01', { today, lastClosedMonth: '2026-10-01' }).ok).toBe(true);
  });
});
