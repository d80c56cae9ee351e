import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, expenseStatements } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { collect, createProduct, customersOf, giveBack, sell } from '../helpers/expense-sales';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * 《月客户采购及客情费统计表》 for September 2025, generated from orders, returns and collections entered through the
 * API. Products: P1 ¥10.00 with a 客情费 standard of ¥1.50 per unit, P2 ¥25.00 with ¥3.33. 张伟's customers:
 *   c1: 10 × P1 + 4 × P2 = ¥200.00, collected ¥150.00 (75%): standard ¥28.32, payable ¥21.24
 *   c2: 3 × P2 = ¥75.00, 1 returned = ¥50.00 net, collected ¥25.00 (50%): standard ¥6.66, payable ¥3.33
 *   c3: bought in August, paid ¥20.00 in September: no net purchases, nothing payable
 *   c4: 1 × P1 on 30 September, not paid: rate 0, payable 0; its 1 October sale belongs to October
 * 李娜's customer bought 2 × P1 in September; it is on her statement only.
 * The clock stands on 10 October 2025 (Shanghai), the 2nd working day after the National Day holiday.
 */

type Row = { customerId: string; purchasesFen: number; collectedFen: number; collectionRateBp: number | null; standardFen: number; payableFen: number; basis: string; adjustedFen: number | null; adjustmentReason: string | null; finalFen: number; products: { productId: string; productName: string; quantity: number; standardFen: number }[]; version: number };
type Statement = {
  id: string;
  repId: string;
  month: string;
  status: string;
  submitBy: string;
  reviewBy: string;
  payoutFrom: string;
  totals: { customers: number; purchasesFen: number; collectedFen: number; collectionRateBp: number | null; standardFen: number; payableFen: number; finalFen: number; adjustedRows: number };
  rows: Row[];
  events: { action: string; actorName: string; amountBeforeFen: number | null; amountAfterFen: number | null; comment: string | null; customerId: string | null }[];
  version: number;
};

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const userId: Record<string, string> = {};
let p1: string;
let p2: string;
let c1: string, c2: string, c3: string, c4: string, linaCustomer: string;
let c1Sale: string;

const { send, ok } = byUser(() => t, cookie);
const rowOf = (s: Statement, customerId: string) => s.rows.find((r) => r.customerId === customerId)!;
const statementOf = async (who: string, repId: string) => {
  const list = await ok<{ items: Statement[] }>(who, 'GET', `/api/expense-statements?month=2025-09&repId=${repId}`);
  return ok<Statement>(who, 'GET', `/api/expense-statements/${list.items[0]!.id}`);
};

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2025-10-10T02:00:00Z');
  const db = t.database.db;
  orgId = await demoOrgId(db);
  for (const name of ['zhangwei', 'lina', 'chenjie', 'zhouqiang', 'wujun', 'liuyan', 'zhaogang', 'sunli', 'admin']) {
    cookie[name] = await t.login(name);
    userId[name] = (await userByName(db, orgId, name)).id;
  }
  p1 = await createProduct(t, cookie.zhaogang!, 'KQ-P1', 1000, 150);
  p2 = await createProduct(t, cookie.zhaogang!, 'KQ-P2', 2500, 333);
  [c1, c2, c3, c4] = (await customersOf(t, orgId, userId.zhangwei!)) as [string, string, string, string];
  [linaCustomer] = (await customersOf(t, orgId, userId.lina!)) as [string];

  c1Sale = await sell(t, cookie.zhangwei!, c1, '2025-09-05', [{ productId: p1, quantity: 10 }, { productId: p2, quantity: 4 }]);
  await collect(t, cookie.sunli!, c1Sale, '2025-09-25', 15_000);
  const c2Sale = await sell(t, cookie.zhangwei!, c2, '2025-09-10', [{ productId: p2, quantity: 3 }]);
  await giveBack(t, cookie.zhangwei!, c2, c2Sale, '2025-09-15', [{ productId: p2, quantity: 1 }]);
  await collect(t, cookie.sunli!, c2Sale, '2025-09-20', 2_500);
  const c3Sale = await sell(t, cookie.zhangwei!, c3, '2025-08-20', [{ productId: p1, quantity: 2 }]);
  await collect(t, cookie.sunli!, c3Sale, '2025-09-03', 2_000);
  const c4Sale = await sell(t, cookie.zhangwei!, c4, '2025-09-30', [{ productId: p1, quantity: 1 }]);
  await collect(t, cookie.sunli!, c4Sale, '2025-10-02', 1_000);
  await sell(t, cookie.zhangwei!, c4, '2025-10-01', [{ productId: p1, quantity: 5 }]);
  await sell(t, cookie.lina!, linaCustomer, '2025-09-12', [{ productId: p1, quantity: 2 }]);
}, 120_000); // the demo organisation and the month's sales through the API, on a busy machine too
afterAll(() => t.close());

describe('generating a month', () => {
  let s: Statement;

  it('makes the rep’s statement of last month from orders, returns and collections, to the fen', async () => {
    const made = await ok<{ month: string; items: { id: string; repId: string; status: string }[]; skipped: unknown[] }>('zhangwei', 'POST', '/api/expense-statements/generate', {});
    expect(made.month).toBe('2025-09');
    expect(made.items.map((i) => [i.repId, i.status])).toEqual([[userId.zhangwei, 'draft']]);
    s = await ok<Statement>('zhangwei', 'GET', `/api/expense-statements/${made.items[0]!.id}`);
    expect(s.rows.map((r) => r.customerId).sort()).toEqual([c1, c2, c3, c4].sort());
    expect(rowOf(s, c1)).toMatchObject({ purchasesFen: 20_000, collectedFen: 15_000, collectionRateBp: 7_500, standardFen: 2_832, payableFen: 2_124, basis: 'collection-rate', adjustedFen: null, finalFen: 2_124 });
    expect(rowOf(s, c1).products).toEqual(
      [
        { productId: p1, productName: '客情测试KQ-P1', quantity: 10, standardFen: 1_500 },
        { productId: p2, productName: '客情测试KQ-P2', quantity: 4, standardFen: 1_332 },
      ].sort((a, b) => (a.productId < b.productId ? -1 : 1)),
    );
    expect(rowOf(s, c2)).toMatchObject({ purchasesFen: 5_000, collectedFen: 2_500, collectionRateBp: 5_000, standardFen: 666, payableFen: 333, finalFen: 333 });
    expect(rowOf(s, c2).products).toEqual([{ productId: p2, productName: '客情测试KQ-P2', quantity: 2, standardFen: 666 }]);
    expect(rowOf(s, c3)).toMatchObject({ purchasesFen: 0, collectedFen: 2_000, collectionRateBp: null, standardFen: 0, payableFen: 0, basis: 'no-standard' });
    expect(rowOf(s, c4)).toMatchObject({ purchasesFen: 1_000, collectedFen: 0, collectionRateBp: 0, standardFen: 150, payableFen: 0 });
    expect(s.totals).toEqual({ customers: 4, purchasesFen: 26_000, collectedFen: 19_500, collectionRateBp: 7_500, standardFen: 3_648, payableFen: 2_457, finalFen: 2_457, adjustedRows: 0 });
  });

  it('dates the cycle on the working days of October 2025 (after the National Day holiday, with the 11 October make-up day)', () => {
    expect(s).toMatchObject({ month: '2025-09', status: 'draft', submitBy: '2025-10-11', reviewBy: '2025-10-17', payoutFrom: '2025-10-20' });
    expect(s.events.map((e) => [e.action, e.actorName, e.amountAfterFen])).toEqual([['generate', '张伟', 2_457]]);
  });

  it('keeps the stored totals equal to the rows', async () => {
    const [row] = await t.database.db.select().from(expenseStatements).where(eq(expenseStatements.id, s.id));
    expect(row).toMatchObject({ customerCount: 4, purchasesFen: 26_000, collectedFen: 19_500, standardFen: 3_648, payableFen: 2_457, finalFen: 2_457, drawnFen: 0, month: '2025-09-01' });
  });

  it('lets a rep generate only their own statement', async () => {
    const res = await send('zhangwei', 'POST', '/api/expense-statements/generate', { repId: userId.lina });
    expect(res.statusCode).toBe(404);
    expect((await send('zhouqiang', 'POST', '/api/expense-statements/generate', {})).statusCode).toBe(403);
    const notRep = await send('liuyan', 'POST', '/api/expense-statements/generate', { repId: userId.zhouqiang });
    expect(notRep.statusCode).toBe(409);
    expect(notRep.json().code).toBe('EXPENSE_NOT_A_REP');
  });

  it('lets the clerk generate every active rep’s statement at once, each with only that rep’s customers', async () => {
    const made = await ok<{ items: { repId: string; repName: string }[] }>('liuyan', 'POST', '/api/expense-statements/generate', { month: '2025-09' });
    expect(made.items).toHaveLength(12);
    const lina = await statementOf('liuyan', userId.lina!);
    expect(lina.rows.map((r) => [r.customerId, r.purchasesFen, r.standardFen])).toEqual([[linaCustomer, 2_000, 300]]);
    const again = await statementOf('zhangwei', userId.zhangwei!);
    expect(again.id).toBe(s.id);
    expect(again.totals.finalFen).toBe(2_457);
    expect(again.events.map((e) => e.action)).toEqual(['generate', 'regenerate']);
  });

  it('refuses a month that is not over, and a month whose deadlines fall in a year the calendar does not know', async () => {
    const current = await send('zhangwei', 'POST', '/api/expense-statements/generate', { month: '2025-10' });
    expect(current.statusCode).toBe(400);
    expect(current.json().fields).toEqual([expect.objectContaining({ field: 'month', message: '月份：只能生成已经结束的月份的统计表' })]);
    const saved = t.clock.now;
    t.clock.now = new Date('2027-01-05T02:00:00Z');
    try {
      const later = await t.login('zhangwei');
      const unknown = await t.request('POST', '/api/expense-statements/generate', { cookie: later, body: { month: '2026-12' } });
      expect(unknown.statusCode).toBe(409);
      expect(unknown.json().code).toBe('CALENDAR_YEAR_NOT_CONFIGURED');
      expect(unknown.json().fields[0].message).toContain('2027');
    } finally {
      t.clock.now = saved;
      cookie.zhangwei = await t.login('zhangwei'); // the session ended in 2027
    }
  });
});

describe('scope', () => {
  it('shows a rep only their own statement; an office manager the office’s; organisation-wide roles all', async () => {
    const mine = await statementOf('zhangwei', userId.zhangwei!);
    const lina = await statementOf('liuyan', userId.lina!);
    expect((await send('zhangwei', 'GET', `/api/expense-statements/${lina.id}`)).statusCode).toBe(404);
    expect((await send('lina', 'GET', `/api/expense-statements/${mine.id}`)).statusCode).toBe(404);
    expect((await send('zhouqiang', 'GET', `/api/expense-statements/${lina.id}`)).statusCode).toBe(200);
    expect((await send('wujun', 'GET', `/api/expense-statements/${mine.id}`)).statusCode).toBe(404);
    const repList = await ok<{ items: { repId: string }[] }>('zhangwei', 'GET', '/api/expense-statements?month=2025-09');
    expect(repList.items.map((i) => i.repId)).toEqual([userId.zhangwei]);
    const officeList = await ok<{ items: { officeName: string }[] }>('zhouqiang', 'GET', '/api/expense-statements?month=2025-09');
    expect(officeList.items).toHaveLength(4);
    expect(new Set(officeList.items.map((i) => i.officeName))).toEqual(new Set(['郑州办事处']));
    expect((await ok<{ items: unknown[] }>('sunli', 'GET', '/api/expense-statements?month=2025-09&status=draft')).items).toHaveLength(12);
    expect((await ok<{ items: unknown[] }>('sunli', 'GET', '/api/expense-statements?month=2025-09&status=submitted')).items).toHaveLength(0);
  });

  it('refuses to adjust another rep’s row as not found', async () => {
    const lina = await statementOf('liuyan', userId.lina!);
    const res = await send('zhangwei', 'PATCH', `/api/expense-statements/${lina.id}/rows`, { customerId: linaCustomer, version: 1, adjustedFen: 1 });
    expect(res.statusCode).toBe(404);
  });
});

describe('adjusting a row', () => {
  it('needs a reason to pay more than the computed amount, naming the standard', async () => {
    const s = await statementOf('zhangwei', userId.zhangwei!);
    const row = rowOf(s, c1);
    const res = await send('zhangwei', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: c1, version: row.version, adjustedFen: 3_000 });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ field: 'reason', message: '原因：调整后金额高于客情费标准 ¥28.32，请填写原因', message_en: 'Reason: The adjusted amount is above the standard of ¥28.32; give a reason' }]);
    const unpaid = await send('zhangwei', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: c4, version: rowOf(s, c4).version, adjustedFen: 100 });
    expect(unpaid.json().fields[0].message).toBe('原因：调整后金额高于按回款计算的应付金额 ¥0.00，请填写原因');
    const negative = await send('zhangwei', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: c1, version: row.version, adjustedFen: -1 });
    expect(negative.statusCode).toBe(400);
  });

  it('pays the adjusted amount, updates the totals and records before and after', async () => {
    const s = await statementOf('zhangwei', userId.zhangwei!);
    const row = rowOf(s, c1);
    const after = await ok<Statement>('zhangwei', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: c1, version: row.version, adjustedFen: 3_000, reason: '院长年底答谢' });
    expect(rowOf(after, c1)).toMatchObject({ adjustedFen: 3_000, adjustmentReason: '院长年底答谢', finalFen: 3_000, payableFen: 2_124, version: row.version + 1 });
    expect(after.totals).toMatchObject({ payableFen: 2_457, finalFen: 3_333, adjustedRows: 1 });
    expect(after.version).toBe(s.version + 1);
    expect(after.events.at(-1)).toMatchObject({ action: 'adjust', customerId: c1, amountBeforeFen: 2_124, amountAfterFen: 3_000, comment: '院长年底答谢' });
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'expense_statement.adjust'), eq(auditLog.targetId, s.id)));
    expect(audit!.before).toMatchObject({ customerId: c1, adjustedFen: null, finalFen: 2_124, statementFinalFen: 2_457 });
    expect(audit!.after).toMatchObject({ customerId: c1, adjustedFen: 3_000, adjustmentReason: '院长年底答谢', finalFen: 3_000, statementFinalFen: 3_333 });
  });

  it('refuses an edit made on an old version of the row', async () => {
    const s = await statementOf('zhangwei', userId.zhangwei!);
    const res = await send('zhangwei', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: c1, version: rowOf(s, c1).version - 1, adjustedFen: 100 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('VERSION_CONFLICT');
    expect(rowOf(await statementOf('zhangwei', userId.zhangwei!), c1).finalFen).toBe(3_000);
  });

  it('keeps adjustments on regeneration while they still pass, and reports the ones that no longer do', async () => {
    let s = await statementOf('zhangwei', userId.zhangwei!);
    s = await ok<Statement>('zhangwei', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: c1, version: rowOf(s, c1).version, adjustedFen: 2_100, reason: null });
    await ok<Statement>('zhangwei', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: c2, version: rowOf(s, c2).version, adjustedFen: 300 });
    // c1 returns the four P2: net ¥100.00, standard ¥15.00, fully collected → payable ¥15.00, above which the ¥21.00 kept without a reason no longer passes.
    await giveBack(t, cookie.zhangwei!, c1, c1Sale, '2025-09-28', [{ productId: p2, quantity: 4 }]);
    const made = await ok<{ droppedAdjustments: { customerId: string; adjustedFen: number; message: string }[] }>('zhangwei', 'POST', '/api/expense-statements/generate', {});
    expect(made.droppedAdjustments).toEqual([expect.objectContaining({ customerId: c1, adjustedFen: 2_100, message: '调整后金额高于客情费标准 ¥15.00，请填写原因' })]);
    const after = await statementOf('zhangwei', userId.zhangwei!);
    expect(rowOf(after, c1)).toMatchObject({ purchasesFen: 10_000, collectionRateBp: 10_000, standardFen: 1_500, payableFen: 1_500, adjustedFen: null, finalFen: 1_500 });
    expect(rowOf(after, c2)).toMatchObject({ payableFen: 333, adjustedFen: 300, finalFen: 300 });
    expect(after.totals).toMatchObject({ standardFen: 2_316, payableFen: 1_833, finalFen: 1_800, adjustedRows: 1 });
  });

  it('puts a row back to its computed amount', async () => {
    const s = await statementOf('zhangwei', userId.zhangwei!);
    const after = await ok<Statement>('zhangwei', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: c2, version: rowOf(s, c2).version, adjustedFen: null });
    expect(rowOf(after, c2)).toMatchObject({ adjustedFen: null, adjustmentReason: null, finalFen: 333 });
    expect(after.totals).toMatchObject({ finalFen: 1_833, adjustedRows: 0 });
  });

  it('is for the rep only', async () => {
    const s = await statementOf('liuyan', userId.zhangwei!);
    expect((await send('liuyan', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: c2, version: 1, adjustedFen: 1 })).statusCode).toBe(403);
  });
});
