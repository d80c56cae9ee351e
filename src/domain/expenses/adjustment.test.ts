import { describe, expect, it } from 'vitest';
import { adjustRow, clearAdjustment } from './adjustment';
import { computeStatement, type StatementRow } from './statement';

// Standard ¥10.00 (20 boxes × ¥0.50), half collected: payable ¥5.00.
const [row] = computeStatement({
  lines: [{ customerId: 'c1', productId: 'p', quantity: 20, amountFen: 20_000 }],
  collections: [{ customerId: 'c1', collectedFen: 10_000 }],
  products: [{ productId: 'p', name: '感冒灵颗粒', expenseStandardFen: 50 }],
  rules: { payOnlyAfterCollection: true, payoutFollowsCollectionRate: true },
}) as [StatementRow];

describe("a rep's adjustment of a statement row", () => {
  it('starts from the computed row', () => {
    expect(row).toMatchObject({ standardFen: 1000, payableFen: 500, finalFen: 500 });
  });

  it('accepts a lower amount without a reason, and keeps a reason that is given', () => {
    expect(adjustRow(row, { adjustedFen: 300, reason: null })).toEqual({ ok: true, row: { ...row, adjustedFen: 300, adjustmentReason: null, finalFen: 300 } });
    expect(adjustRow(row, { adjustedFen: 0, reason: '  客户拒收  ' })).toMatchObject({ ok: true, row: { finalFen: 0, adjustmentReason: '客户拒收' } });
  });

  it('refuses more than the standard without a reason, naming the standard', () => {
    const r = adjustRow(row, { adjustedFen: 1001, reason: '   ' });
    expect(r).toMatchObject({ ok: false, field: 'reason', error: { zh: '调整后金额高于客情费标准 ¥10.00，请填写原因' } });
  });

  it('refuses more than the payable amount without a reason, even below the standard', () => {
    const r = adjustRow(row, { adjustedFen: 800 });
    expect(r).toMatchObject({ ok: false, field: 'reason', error: { zh: '调整后金额高于按回款计算的应付金额 ¥5.00，请填写原因' } });
  });

  it('accepts more than the standard with a reason', () => {
    expect(adjustRow(row, { adjustedFen: 1500, reason: '新品推广会费用，经理口头同意' })).toMatchObject({ ok: true, row: { adjustedFen: 1500, finalFen: 1500, payableFen: 500 } });
  });

  it('refuses negative amounts, fractions of a fen and over-long reasons', () => {
    expect(adjustRow(row, { adjustedFen: -1, reason: '冲账' })).toMatchObject({ ok: false, field: 'adjustedFen', error: { zh: '金额不能为负数' } });
    expect(adjustRow(row, { adjustedFen: 10.5, reason: null })).toMatchObject({ ok: false, field: 'adjustedFen', error: { zh: '金额须精确到分' } });
    expect(adjustRow(row, { adjustedFen: 100, reason: '理'.repeat(201) })).toMatchObject({ ok: false, field: 'reason', error: { zh: '不能超过 200 个字符' } });
  });

  it('can be cleared back to the computed amount', () => {
    const adjusted = adjustRow(row, { adjustedFen: 100 });
    expect(adjusted.ok && clearAdjustment(adjusted.row)).toEqual(row);
  });
});
