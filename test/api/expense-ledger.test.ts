import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../helpers/app';
import { PAYOUT_DAY, relogin, septemberStatements, type ExpenseSetup } from '../helpers/expenses';

/*
 * The 客户关系维护费——<品种> accounts: approved statements accrue per product, settled receipts pay. 张伟 (郑州) buys
 * 2 × A (¥500.00 客情费 each) and 1 × B (¥100.00): ¥1,100.00, split A ¥1,000.00 / B ¥100.00; 陈杰 (南阳) 3 × B: ¥300.00;
 * 李娜's statement is not approved and never counts. 张伟 draws ¥1,100.00 and settles ¥550.00 of receipts (A ¥500.00,
 * B ¥50.00 in proportion).
 */
let t: TestApp;
let s: ExpenseSetup;

type Line = { accruedFen: number; paidFen: number; balanceFen: number };
type Ledger = {
  from: string;
  to: string;
  total: Line;
  byAccount: (Line & { account: string; account_en: string })[];
  byOffice: (Line & { officeName: string })[];
  byRep: (Line & { repName: string; officeName: string })[];
  byPeriod: { period: string; openingFen: number; accruedFen: number; paidFen: number; closingFen: number }[];
  detail: (Line & { period: string; repName: string; account: string })[];
};
const ledger = async (who: string, query = 'from=2025-09&to=2025-09') => {
  const res = await t.request('GET', `/api/expense-ledger?${query}`, { cookie: s.cookie[who] });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Ledger;
};
const money = (l: Line) => [l.accruedFen, l.paidFen, l.balanceFen];

beforeAll(async () => {
  t = await startTestApp();
  s = await septemberStatements(
    t,
    { 'KQ-A': { priceFen: 100_000, standardFen: 50_000 }, 'KQ-B': { priceFen: 20_000, standardFen: 10_000 } },
    { zhangwei: [{ 'KQ-A': 2, 'KQ-B': 1 }], chenjie: [{ 'KQ-B': 3 }], lina: [{ 'KQ-A': 1 }] },
    ['zhangwei', 'chenjie'],
  );
  await relogin(t, s, PAYOUT_DAY);
  const drawn = await t.request('POST', `/api/expense-statements/${s.statementId.zhangwei}/payouts`, { cookie: s.cookie.sunli, body: { amountFen: 110_000 } });
  expect(drawn.statusCode, drawn.body).toBe(201);
  const settled = await t.request('POST', `/api/expense-payouts/${drawn.json().id}/settle`, { cookie: s.cookie.sunli, body: { version: 1, receiptsFen: 55_000, returnedFen: 0 } });
  expect(settled.statusCode, settled.body).toBe(200);
});
afterAll(() => t.close());

describe('the expense ledger', () => {
  it('keeps an account per product with what approved statements accrued and settled receipts paid', async () => {
    const l = await ledger('sunli');
    expect(money(l.total)).toEqual([140_000, 55_000, 85_000]);
    const accounts = Object.fromEntries(l.byAccount.map((a) => [a.account, money(a)]));
    expect(accounts).toEqual({ '客户关系维护费——客情测试KQ-A': [100_000, 50_000, 50_000], '客户关系维护费——客情测试KQ-B': [40_000, 5_000, 35_000] });
    expect(l.byAccount.find((a) => a.account.endsWith('KQ-A'))!.account_en).toBe('Customer relationship maintenance — 客情测试KQ-A');
    expect(Object.fromEntries(l.byOffice.map((o) => [o.officeName, money(o)]))).toEqual({ 郑州办事处: [110_000, 55_000, 55_000], 南阳办事处: [30_000, 0, 30_000] });
    expect(Object.fromEntries(l.byRep.map((r) => [r.repName, [r.officeName, ...money(r)]]))).toEqual({ 张伟: ['郑州办事处', 110_000, 55_000, 55_000], 陈杰: ['南阳办事处', 30_000, 0, 30_000] });
    expect(l.byPeriod).toEqual([{ period: '2025-09', openingFen: 0, accruedFen: 140_000, paidFen: 55_000, closingFen: 85_000 }]);
    expect(l.detail).toHaveLength(3);
  });

  it('carries earlier periods into the opening balance, and shows nothing for months without approved statements', async () => {
    const october = await ledger('sunli', 'from=2025-10&to=2025-10');
    expect(money(october.total)).toEqual([0, 0, 0]);
    expect(october.byAccount).toEqual([]);
    const year = await ledger('sunli', 'from=2025-01&to=2025-12');
    expect(year.byPeriod.map((p) => p.period)).toEqual(['2025-09']);
  });

  it('stays within scope: an office manager sees the office; reps do not see the ledger', async () => {
    const zhengzhou = await ledger('zhouqiang');
    expect(zhengzhou.byOffice.map((o) => o.officeName)).toEqual(['郑州办事处']);
    expect(money(zhengzhou.total)).toEqual([110_000, 55_000, 55_000]);
    const nanyang = await ledger('wujun');
    expect(nanyang.byRep.map((r) => r.repName)).toEqual(['陈杰']);
    expect((await t.request('GET', '/api/expense-ledger', { cookie: s.cookie.zhangwei })).statusCode).toBe(403);
    const filtered = await ledger('zhaogang', `from=2025-09&to=2025-09&repId=${s.userId.chenjie}`);
    expect(money(filtered.total)).toEqual([30_000, 0, 30_000]);
  });

  it('exports the ledger as .xlsx with the accounts, periods and detail', async () => {
    const res = await t.request('GET', '/api/expense-ledger/export?from=2025-09&to=2025-09', { cookie: s.cookie.sunli });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('客户关系维护费明细账-2025-09至2025-09.xlsx')}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.getWorksheet('按科目')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(['客户关系维护费——客情测试KQ-A', 1000, 500, 500]);
    expect(rows).toContainEqual(['合计', 1400, 550, 850]);
    expect((await t.request('GET', '/api/expense-ledger/export', { cookie: s.cookie.lina })).statusCode).toBe(403);
  });
});
