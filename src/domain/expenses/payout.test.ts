import { describe, expect, it } from 'vitest';
import { checkDraw, payoutPosition, type PayableStatement, type PayoutInput } from './payout';

const LIMIT = 300_000; // ¥3,000
const sept: PayableStatement = { statementId: 's-2025-09', approved: true, payoutFrom: '2025-10-20', finalFen: 500_000 };
const oct: PayableStatement = { statementId: 's-2025-10', approved: true, payoutFrom: '2025-11-13', finalFen: 80_000 };
const base: PayoutInput = { today: '2025-10-20', limitFen: LIMIT, statements: [sept], draws: [], settledFen: 0 };

describe('drawing cash to pay 客情费', () => {
  it('opens on the payout day, up to the borrowing limit', () => {
    expect(payoutPosition({ ...base, today: '2025-10-17' }).drawableNowFen).toBe(0);
    expect(checkDraw({ ...base, today: '2025-10-17' }, { statementId: sept.statementId, amountFen: 1 })).toMatchObject({ ok: false, reason: 'not-open-yet', zh: '2025-10-20 起才能借支兑付' });
    const p = payoutPosition(base);
    expect(p).toMatchObject({ drawnFen: 0, outstandingFen: 0, headroomFen: LIMIT, drawableNowFen: LIMIT });
    expect(p.statements[0]).toMatchObject({ state: 'open', remainingFen: 500_000, drawableFen: LIMIT });
    expect(checkDraw(base, { statementId: sept.statementId, amountFen: LIMIT })).toEqual({ ok: true });
    expect(checkDraw(base, { statementId: sept.statementId, amountFen: LIMIT + 1 })).toMatchObject({
      ok: false,
      reason: 'over-limit',
      zh: '超过借支限额：未核销借支 ¥0.00，本次最多可借 ¥3,000.00',
    });
  });

  it('counts outstanding as drawn − settled: settling frees the limit again', () => {
    const drawn = { ...base, draws: [{ statementId: sept.statementId, amountFen: LIMIT }] };
    expect(payoutPosition(drawn)).toMatchObject({ outstandingFen: LIMIT, headroomFen: 0, drawableNowFen: 0 });
    expect(checkDraw(drawn, { statementId: sept.statementId, amountFen: 100 })).toMatchObject({ reason: 'over-limit' });
    const settled = { ...drawn, settledFen: 250_000 };
    expect(payoutPosition(settled)).toMatchObject({ outstandingFen: 50_000, headroomFen: 250_000, drawableNowFen: 200_000 });
    expect(payoutPosition(settled).statements[0]).toMatchObject({ drawnFen: LIMIT, remainingFen: 200_000, drawableFen: 200_000 });
    expect(checkDraw(settled, { statementId: sept.statementId, amountFen: 200_001 })).toMatchObject({ reason: 'over-statement', zh: '超过了这张统计表尚未兑付的 ¥2,000.00' });
  });

  it('refuses paying a statement twice', () => {
    const paid = { ...base, statements: [oct], today: '2025-11-13', draws: [{ statementId: oct.statementId, amountFen: 80_000 }], settledFen: 80_000 };
    expect(payoutPosition(paid).statements[0]).toMatchObject({ state: 'paid', remainingFen: 0, drawableFen: 0 });
    expect(checkDraw(paid, { statementId: oct.statementId, amountFen: 80_000 })).toMatchObject({ ok: false, reason: 'paid', zh: '这张统计表已全部兑付，不能重复兑付' });
  });

  it('draws only against fully approved statements with something to pay', () => {
    const unsigned = { ...base, statements: [{ ...sept, approved: false }] };
    expect(checkDraw(unsigned, { statementId: sept.statementId, amountFen: 100 })).toMatchObject({ reason: 'not-approved' });
    expect(payoutPosition(unsigned).drawableNowFen).toBe(0);
    const zero = { ...base, statements: [{ ...sept, finalFen: 0 }] };
    expect(checkDraw(zero, { statementId: sept.statementId, amountFen: 100 })).toMatchObject({ reason: 'nothing-payable' });
    expect(checkDraw(base, { statementId: 'other', amountFen: 100 })).toMatchObject({ reason: 'unknown-statement' });
    expect(checkDraw(base, { statementId: sept.statementId, amountFen: 0 })).toMatchObject({ reason: 'amount-invalid' });
    expect(checkDraw(base, { statementId: sept.statementId, amountFen: 10.5 })).toMatchObject({ reason: 'amount-invalid' });
  });

  it('shares one limit across months: what may be drawn now is min(headroom, unpaid of open statements)', () => {
    const two = { ...base, today: '2025-11-13', statements: [sept, oct], draws: [{ statementId: sept.statementId, amountFen: 260_000 }], settledFen: 0 };
    const p = payoutPosition(two);
    expect(p).toMatchObject({ outstandingFen: 260_000, headroomFen: 40_000, drawableNowFen: 40_000 });
    expect(p.statements.map((s) => [s.statementId, s.remainingFen, s.drawableFen])).toEqual([
      [sept.statementId, 240_000, 40_000],
      [oct.statementId, 80_000, 40_000],
    ]);
  });

  it('refuses inconsistent records as programming errors', () => {
    expect(() => payoutPosition({ ...base, settledFen: 1 })).toThrow(RangeError);
    expect(() => payoutPosition({ ...base, draws: [{ statementId: sept.statementId, amountFen: 600_000 }] })).toThrow(RangeError);
    expect(() => payoutPosition({ ...base, draws: [{ statementId: sept.statementId, amountFen: -5 }] })).toThrow(RangeError);
  });
});
