import { describe, expect, it } from 'vitest';
import { randomBelow, seededRandom } from '../shared/random';
import { sumFen } from '../sales/fen';
import { adjustRow } from './adjustment';
import { accountName, ledgerBalances, periodBalances, rowByProduct, splitByWeights, type LedgerEntry } from './ledger';
import { computeStatement, type StatementRow } from './statement';

describe('per-product expense accounts', () => {
  it('are named 客户关系维护费——<product>', () => {
    expect(accountName('感冒灵颗粒')).toEqual({ zh: '客户关系维护费——感冒灵颗粒', en: 'Customer relationship maintenance — 感冒灵颗粒' });
    expect(accountName(null).zh).toBe('客户关系维护费——未分品种');
    expect(accountName('  ').zh).toBe('客户关系维护费——未分品种');
  });

  it('split an amount by weights into whole fen that add up exactly (largest remainder, ties by id)', () => {
    expect(splitByWeights(100, [{ id: 'a', weight: 1 }, { id: 'b', weight: 1 }, { id: 'c', weight: 1 }])).toEqual([
      { id: 'a', amountFen: 34 },
      { id: 'b', amountFen: 33 },
      { id: 'c', amountFen: 33 },
    ]);
    expect(splitByWeights(13_863, [{ id: 'p-a', weight: 10_000 }, { id: 'p-b', weight: 10_800 }])).toEqual([
      { id: 'p-a', amountFen: 6665 }, // 6,664.9…
      { id: 'p-b', amountFen: 7198 }, // 7,198.1…
    ]);
    expect(() => splitByWeights(100, [{ id: 'a', weight: 0 }])).toThrow(RangeError);
    expect(() => splitByWeights(-1, [{ id: 'a', weight: 1 }])).toThrow(RangeError);
  });

  it("split a row's final amount over its products by their standard; returned products get nothing", () => {
    const [row] = computeStatement({
      lines: [
        { customerId: 'c', productId: 'a', quantity: 10, amountFen: 10_000 },
        { customerId: 'c', productId: 'b', quantity: 30, amountFen: 30_000 },
        { customerId: 'c', productId: 'r', quantity: -5, amountFen: -5_000 },
      ],
      collections: [{ customerId: 'c', collectedFen: 35_000 }],
      products: [
        { productId: 'a', name: 'A', expenseStandardFen: 100 },
        { productId: 'b', name: 'B', expenseStandardFen: 100 },
        { productId: 'r', name: 'R', expenseStandardFen: 100 },
      ],
      rules: { payOnlyAfterCollection: true, payoutFollowsCollectionRate: true },
    }) as [StatementRow];
    expect(row).toMatchObject({ standardFen: 3500, payableFen: 3500 });
    expect(rowByProduct(row)).toEqual([
      { productId: 'a', amountFen: 875 },
      { productId: 'b', amountFen: 2625 },
    ]);
    const adjusted = adjustRow({ ...row, products: [], standardFen: 0, payableFen: 0 }, { adjustedFen: 5000, reason: '联谊活动' });
    expect(adjusted.ok && rowByProduct(adjusted.row)).toEqual([{ productId: null, amountFen: 5000 }]);
  });

  it('keep every fen of random rows (seeded)', () => {
    for (let seed = 1; seed <= 200; seed += 1) {
      const random = seededRandom(seed);
      const weights = Array.from({ length: 1 + randomBelow(random, 6) }, (_, i) => ({ id: `p${i}`, weight: randomBelow(random, 100_000) + (i === 0 ? 1 : 0) }));
      const amount = randomBelow(random, 10_000_000);
      const parts = splitByWeights(amount, weights);
      expect(sumFen(parts.map((p) => p.amountFen))).toBe(amount);
      const total = sumFen(weights.map((w) => w.weight));
      parts.forEach((p, i) => expect(Math.abs(p.amountFen * total - amount * weights[i]!.weight)).toBeLessThan(total));
    }
  });
});

describe('account balances', () => {
  const e = (period: string, officeId: string, repId: string, productId: string | null, accruedFen: number, paidFen: number): LedgerEntry => ({ period, officeId, repId, productId, accruedFen, paidFen });
  const entries = [
    e('2025-09', 'zz', 'zhangwei', 'a', 50_000, 0),
    e('2025-09', 'zz', 'lina', 'b', 30_000, 0),
    e('2025-10', 'zz', 'zhangwei', 'a', 20_000, 45_000),
    e('2025-10', 'ny', 'chenjie', 'a', 10_000, 10_000),
    e('2025-10', 'zz', 'lina', null, 5_000, 30_000),
  ];

  it('group by any of period, office, rep and product; balance = accrued − paid', () => {
    expect(ledgerBalances(entries, ['officeId'])).toEqual([
      { key: { officeId: 'ny' }, accruedFen: 10_000, paidFen: 10_000, balanceFen: 0 },
      { key: { officeId: 'zz' }, accruedFen: 105_000, paidFen: 75_000, balanceFen: 30_000 },
    ]);
    expect(ledgerBalances(entries, ['period', 'repId']).map((b) => [b.key.period, b.key.repId, b.balanceFen])).toEqual([
      ['2025-09', 'lina', 30_000],
      ['2025-09', 'zhangwei', 50_000],
      ['2025-10', 'chenjie', 0],
      ['2025-10', 'lina', -25_000],
      ['2025-10', 'zhangwei', -25_000],
    ]);
    expect(ledgerBalances(entries, ['productId']).map((b) => [b.key.productId, b.balanceFen])).toEqual([
      [null, -25_000],
      ['a', 25_000],
      ['b', 30_000],
    ]);
    expect(ledgerBalances(entries, [])).toEqual([{ key: {}, accruedFen: 115_000, paidFen: 85_000, balanceFen: 30_000 }]);
  });

  it('roll period by period: each closing balance is the next opening balance', () => {
    expect(periodBalances(entries, 1_000)).toEqual([
      { period: '2025-09', openingFen: 1_000, accruedFen: 80_000, paidFen: 0, closingFen: 81_000 },
      { period: '2025-10', openingFen: 81_000, accruedFen: 35_000, paidFen: 85_000, closingFen: 31_000 },
    ]);
  });
});
