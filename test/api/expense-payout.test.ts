import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawSpotCheck } from '../../src/domain/expenses/spot-check';
import { auditLog, expensePayoutDraws, expenseSpotChecks, expenseStatements, users } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { PAYOUT_DAY, relogin, septemberStatements, type ExpenseSetup } from '../helpers/expenses';

/*
 * Payout (借支兑付), settlement (核销) and the spot check of September 2025's approved statements (DOMAIN §6).
 * 张伟: four customers, ¥6,500.00 payable (one buys 10 units at ¥500 客情费, three buy one each); 李娜: ¥1,000.00;
 * 王芳's statement is never approved. Borrowing limit ¥3,000.00 (default); payout opens on 20 October 2025.
 */
let t: TestApp;
let s: ExpenseSetup;

const draw = (who: string, rep: string, amountFen: number) => t.request('POST', `/api/expense-statements/${s.statementId[rep]}/payouts`, { cookie: s.cookie[who], body: { amountFen } });
const refusal = (res: { statusCode: number; json(): unknown }) => {
  const body = res.json() as { code: string; reason?: string; message: string; fields?: { message: string }[] };
  return { status: res.statusCode, code: body.code, reason: body.reason, text: body.fields?.[0]?.message ?? body.message };
};

beforeAll(async () => {
  t = await startTestApp();
  s = await septemberStatements(
    t,
    { 'KQ-P1': { priceFen: 100_000, standardFen: 50_000 } },
    { zhangwei: [{ 'KQ-P1': 10 }, { 'KQ-P1': 1 }, { 'KQ-P1': 1 }, { 'KQ-P1': 1 }], lina: [{ 'KQ-P1': 2 }], wangfang: [{ 'KQ-P1': 1 }] },
    ['zhangwei', 'lina'],
  );
});
afterAll(() => t.close());

describe('drawing cash against approved statements', () => {
  it('is refused before the payout day, and for a statement not signed by all three', async () => {
    expect(refusal(await draw('sunli', 'zhangwei', 100_000))).toMatchObject({ status: 409, code: 'EXPENSE_PAYOUT_REFUSED', reason: 'not-open-yet', text: '2025-10-20 起才能借支兑付' });
    await relogin(t, s, PAYOUT_DAY);
    expect(refusal(await draw('sunli', 'wangfang', 100))).toMatchObject({ status: 409, reason: 'not-approved' });
  });

  it('is recorded by finance only', async () => {
    for (const who of ['zhangwei', 'zhaogang', 'liuyan', 'admin']) expect((await draw(who, 'zhangwei', 100)).statusCode, who).toBe(403);
  });

  it('keeps what a rep owes within the borrowing limit, across settlements', async () => {
    expect(refusal(await draw('sunli', 'zhangwei', 300_001))).toMatchObject({ status: 409, reason: 'over-limit' });
    const first = await draw('sunli', 'zhangwei', 300_000);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ amountFen: 300_000, drawnOn: '2025-10-20', month: '2025-09', repName: '张伟', recordedByName: '孙丽', outstandingFen: 300_000 });
    const over = refusal(await draw('sunli', 'zhangwei', 1));
    expect(over).toMatchObject({ status: 409, reason: 'over-limit' });
    expect(over.text).toContain('¥3,000.00');

    const position = (await t.request('GET', `/api/expense-payouts/position?repId=${s.userId.zhangwei}`, { cookie: s.cookie.sunli })).json();
    expect(position).toMatchObject({ limitFen: 300_000, drawnFen: 300_000, settledFen: 0, outstandingFen: 300_000, headroomFen: 0, drawableNowFen: 0 });
    expect(position.statements).toEqual([expect.objectContaining({ statementId: s.statementId.zhangwei, finalFen: 650_000, drawnFen: 300_000, remainingFen: 350_000, state: 'open', payoutFrom: '2025-10-20' })]);

    // Settlement: receipts for ¥2,500.00 paid to customers and ¥500.00 handed back; the whole limit is free again.
    const drawId = first.json().id;
    const settle = (body: object) => t.request('POST', `/api/expense-payouts/${drawId}/settle`, { cookie: s.cookie.sunli, body });
    expect(refusal(await settle({ version: 1, receiptsFen: 250_000, returnedFen: 50_001 }))).toMatchObject({ status: 409, code: 'EXPENSE_SETTLEMENT_INVALID' });
    expect((await settle({ version: 7, receiptsFen: 250_000, returnedFen: 50_000 })).statusCode).toBe(409);
    const settled = await settle({ version: 1, receiptsFen: 250_000, returnedFen: 50_000, note: '票据 12 张' });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(settled.json()).toMatchObject({ receiptsFen: 250_000, returnedFen: 50_000, outstandingFen: 0, settledOn: '2025-10-20', settledByName: '孙丽', note: '票据 12 张', version: 2 });

    expect(refusal(await draw('sunli', 'zhangwei', 350_001))).toMatchObject({ status: 409, reason: 'over-statement' });
    expect(refusal(await draw('sunli', 'zhangwei', 300_001))).toMatchObject({ status: 409, reason: 'over-limit' });
    expect((await draw('sunli', 'zhangwei', 300_000)).statusCode).toBe(201);
    const after = (await t.request('GET', '/api/expense-payouts/position', { cookie: s.cookie.zhangwei })).json();
    expect(after).toMatchObject({ repId: s.userId.zhangwei, drawnFen: 600_000, settledFen: 300_000, outstandingFen: 300_000, headroomFen: 0 });
    expect(after.statements[0]).toMatchObject({ remainingFen: 50_000, state: 'open', drawableFen: 0 });
  });

  it('never pays more than a statement, and never twice', async () => {
    expect(refusal(await draw('sunli', 'lina', 100_001))).toMatchObject({ status: 409, reason: 'over-statement' });
    expect((await draw('sunli', 'lina', 100_000)).statusCode).toBe(201);
    const twice = refusal(await draw('sunli', 'lina', 100_000));
    expect(twice).toMatchObject({ status: 409, reason: 'paid', text: '这张统计表已全部兑付，不能重复兑付' });
  });

  it('pays a statement once when two finance users pay it at the same moment', async () => {
    const db = t.database.db;
    // A second finance user (same password as 孙丽), and a fresh approved statement: 王芳's, signed now.
    const [sunli] = await db.select().from(users).where(eq(users.id, s.userId.sunli!));
    await db.insert(users).values({ orgId: s.orgId, username: 'caiwu2', displayName: '财务二', role: 'finance', passwordHash: sunli!.passwordHash, officeId: null });
    const second = await t.login('caiwu2');
    await db
      .update(expenseStatements)
      .set({ status: 'finance_approved', clerkBy: s.userId.liuyan, clerkOn: '2025-10-10', managerBy: s.userId.zhaogang, managerOn: '2025-10-10', financeBy: s.userId.sunli, financeOn: '2025-10-10' })
      .where(eq(expenseStatements.id, s.statementId.wangfang!));
    const [statement] = await db.select().from(expenseStatements).where(eq(expenseStatements.id, s.statementId.wangfang!));
    expect(statement!.finalFen).toBe(50_000);

    const answers = await Promise.all([
      t.request('POST', `/api/expense-statements/${s.statementId.wangfang}/payouts`, { cookie: s.cookie.sunli, body: { amountFen: 50_000 } }),
      t.request('POST', `/api/expense-statements/${s.statementId.wangfang}/payouts`, { cookie: second, body: { amountFen: 50_000 } }),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
    const loser = answers.find((a) => a.statusCode === 409)!;
    expect(refusal(loser)).toMatchObject({ code: 'EXPENSE_PAYOUT_REFUSED', reason: 'paid' });
    const draws = await db.select().from(expensePayoutDraws).where(eq(expensePayoutDraws.statementId, s.statementId.wangfang!));
    expect(draws.map((d) => d.amountFen)).toEqual([50_000]);
    const [after] = await db.select({ drawnFen: expenseStatements.drawnFen }).from(expenseStatements).where(eq(expenseStatements.id, s.statementId.wangfang!));
    expect(after!.drawnFen).toBe(50_000);
  });

  it('writes every draw and settlement to the audit log with the amounts before and after', async () => {
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, s.orgId), eq(auditLog.targetId, s.statementId.lina!), eq(auditLog.action, 'expense_payout.draw')));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: s.userId.sunli, before: { drawnFen: 0 }, after: { amountFen: 100_000, drawnFen: 100_000 } });
    const settles = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'expense_payout.settle'));
    expect(settles[0]).toMatchObject({ before: { receiptsFen: 0, returnedFen: 0 }, after: { receiptsFen: 250_000, returnedFen: 50_000 } });
  });

  it('shows draws within scope: the rep their own, the office manager the office, nobody else’s to a rep of another office', async () => {
    const list = async (who: string) => ((await t.request('GET', '/api/expense-payouts?month=2025-09', { cookie: s.cookie[who] })).json().items as { repName: string }[]).map((d) => d.repName);
    expect(new Set(await list('zhangwei'))).toEqual(new Set(['张伟']));
    expect(new Set(await list('zhouqiang'))).toEqual(new Set(['张伟', '李娜', '王芳']));
    expect(await list('chenjie')).toEqual([]);
    expect((await t.request('GET', `/api/expense-payouts/position?repId=${s.userId.zhangwei}`, { cookie: s.cookie.chenjie })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/expense-payouts/position?repId=${s.userId.zhangwei}`, { cookie: s.cookie.wujun })).statusCode).toBe(404);
  });
});

describe('the spot check', () => {
  const url = () => `/api/expense-statements/${s.statementId.zhangwei}/spot-check`;

  it('draws the sample size of paid customers with a stored seed that replays the same draw', async () => {
    const res = await t.request('POST', url(), { cookie: s.cookie.zhaogang });
    expect(res.statusCode, res.body).toBe(201);
    const check = res.json() as { seed: number; sampleSize: number; reproducible: boolean; items: { customerId: string; seq: number; result: null; finalFen: number }[] };
    expect(check.sampleSize).toBe(3);
    expect(check.reproducible).toBe(true);
    expect(check.items.map((i) => i.seq)).toEqual([1, 2, 3]);
    // Anyone can replay it with the domain's draw on the statement's customers.
    expect(check.items.map((i) => i.customerId)).toEqual(drawSpotCheck(s.customers.zhangwei!, 3, check.seed).customerIds);
    const [stored] = await t.database.db.select().from(expenseSpotChecks).where(eq(expenseSpotChecks.statementId, s.statementId.zhangwei!));
    expect(stored!.seed).toBe(check.seed);
  });

  it('cannot be drawn again, by the rep, or on a statement that is not approved', async () => {
    expect(refusal(await t.request('POST', url(), { cookie: s.cookie.zhaogang }))).toMatchObject({ status: 409, code: 'EXPENSE_SPOT_CHECK_EXISTS' });
    expect((await t.request('POST', url(), { cookie: s.cookie.zhangwei })).statusCode).toBe(403);
    expect((await t.request('GET', url(), { cookie: s.cookie.zhangwei })).statusCode).toBe(403);
    const draft = s.statementId.liuyang ?? s.statementId.chenjie;
    expect(refusal(await t.request('POST', `/api/expense-statements/${draft}/spot-check`, { cookie: s.cookie.zhaogang }))).toMatchObject({ status: 409, code: 'EXPENSE_SPOT_CHECK_REFUSED', reason: 'not-approved' });
  });

  it('records each customer’s confirmation, version-checked, a discrepancy only with a note', async () => {
    const { spotCheck } = (await t.request('GET', url(), { cookie: s.cookie.sunli })).json() as { spotCheck: { items: { customerId: string; version: number }[] } };
    const [first, second] = spotCheck.items;
    const confirm = (customerId: string, body: object) => t.request('PATCH', url(), { cookie: s.cookie.zhaogang, body: { customerId, ...body } });
    const ok = await confirm(first!.customerId, { version: 1, result: 'confirmed', note: '电话核实，采购员确认已收到' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().items[0]).toMatchObject({ result: 'confirmed', confirmedByName: '赵刚', version: 2 });
    expect((await confirm(first!.customerId, { version: 1, result: 'discrepancy', note: '再核' })).statusCode).toBe(409);
    expect((await confirm(second!.customerId, { version: 1, result: 'discrepancy' })).statusCode).toBe(400);
    expect((await confirm(s.customers.lina![0]!, { version: 1, result: 'confirmed' })).statusCode).toBe(400);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'expense_spot_check.confirm'));
    expect(audit[0]).toMatchObject({ before: { result: null }, after: { result: 'confirmed' } });
  });
});
