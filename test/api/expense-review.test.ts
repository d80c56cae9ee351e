import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { collect, createProduct, customersOf, sell } from '../helpers/expense-sales';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * The review of September 2025's statements (DOMAIN §6): submit by the 3rd working day of October (11 October, a
 * make-up Saturday), clerk → sales manager → finance sign by the 8th (17 October), or the statement is void.
 * 张伟 goes through the whole chain, 李娜 is returned once, 王芳 submits late, 刘洋 never submits.
 */

type Signature = { userId: string; name: string; on: string } | null;
type Statement = {
  id: string;
  repId: string;
  status: string;
  statusLabel: string;
  submittedOn: string | null;
  submittedLate: boolean;
  overdue: boolean;
  signatures: { clerk: Signature; salesManager: Signature; finance: Signature };
  lastReturn: { role: string; name: string; on: string; comment: string } | null;
  events: { action: string; actorName: string; actorRole: string; statusBefore: string | null; statusAfter: string; comment: string | null; late: boolean }[];
  rows: { customerId: string; version: number }[];
  totals: { finalFen: number };
  version: number;
};
type Inbox = { statements: { id: string; repName: string; dueOn: string; late: boolean }[]; applications: unknown[] };

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const userId: Record<string, string> = {};
const statementId: Record<string, string> = {};

const { send, ok, at } = byUser(() => t, cookie);
const get = (who: string, rep: string) => ok<Statement>(who, 'GET', `/api/expense-statements/${statementId[rep]}`);
const step = async (who: string, rep: string, action: 'submit' | 'approve' | 'return', extra: object = {}) => {
  const s = await get('liuyan', rep);
  return send(who, 'POST', `/api/expense-statements/${statementId[rep]}/${action}`, { version: s.version, ...extra });
};

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2025-10-10T02:00:00Z');
  const db = t.database.db;
  orgId = await demoOrgId(db);
  for (const name of ['zhangwei', 'lina', 'wangfang', 'liuyang', 'zhouqiang', 'liuyan', 'zhaogang', 'sunli', 'admin']) {
    cookie[name] = await t.login(name);
    userId[name] = (await userByName(db, orgId, name)).id;
  }
  const product = await createProduct(t, cookie.zhaogang!, 'KQ-R1', 1000, 200);
  for (const rep of ['zhangwei', 'lina', 'wangfang', 'liuyang']) {
    const [customer] = await customersOf(t, orgId, userId[rep]!);
    const sale = await sell(t, cookie[rep]!, customer!, '2025-09-08', [{ productId: product, quantity: 5 }]);
    await collect(t, cookie.sunli!, sale, '2025-09-18', 5_000);
  }
  const made = await ok<{ items: { id: string; repId: string }[] }>('liuyan', 'POST', '/api/expense-statements/generate', { month: '2025-09' });
  for (const rep of ['zhangwei', 'lina', 'wangfang', 'liuyang']) statementId[rep] = made.items.find((i) => i.repId === userId[rep])!.id;
}, 120_000); // the demo organisation and the month's sales through the API, on a busy machine too
afterAll(() => t.close());

describe('the review chain', () => {
  it('waits for the rep before submission, due on the submission deadline', async () => {
    const inbox = await ok<Inbox>('zhangwei', 'GET', '/api/expense-statements/waiting');
    expect(inbox.statements.map((s) => [s.id, s.dueOn, s.late])).toEqual([[statementId.zhangwei, '2025-10-11', false]]);
    expect((await ok<Inbox>('liuyan', 'GET', '/api/expense-statements/waiting')).statements).toEqual([]);
  });

  it('refuses a review before submission, and a submission by anyone but the rep', async () => {
    const early = await step('liuyan', 'zhangwei', 'approve');
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'EXPENSE_REVIEW_REFUSED', reason: 'not-under-review', fields: [{ field: 'status', message: '统计表尚未报送，不能审核' }] });
    expect((await step('liuyan', 'zhangwei', 'submit')).statusCode).toBe(403);
    expect((await step('zhouqiang', 'zhangwei', 'submit')).statusCode).toBe(403);
    expect((await step('lina', 'zhangwei', 'submit')).statusCode).toBe(404);
  });

  it('takes the rep’s submission on time and puts it before the clerk', async () => {
    const res = await step('zhangwei', 'zhangwei', 'submit');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'submitted', submittedOn: '2025-10-10', submittedLate: false, overdue: false });
    expect((await step('zhangwei', 'zhangwei', 'submit')).json()).toMatchObject({ code: 'EXPENSE_REVIEW_REFUSED', fields: [{ message: '统计表已报送，不能重复报送' }] });
    expect((await ok<Inbox>('zhangwei', 'GET', '/api/expense-statements/waiting')).statements).toEqual([]);
    const clerk = await ok<Inbox>('liuyan', 'GET', '/api/expense-statements/waiting');
    expect(clerk.statements.map((s) => [s.repName, s.dueOn, s.late])).toEqual([['张伟', '2025-10-17', false]]);
  });

  it('refuses a row change once submitted', async () => {
    const s = await get('zhangwei', 'zhangwei');
    const res = await send('zhangwei', 'PATCH', `/api/expense-statements/${s.id}/rows`, { customerId: s.rows[0]!.customerId, version: s.rows[0]!.version, adjustedFen: 0 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EXPENSE_STATEMENT_LOCKED');
  });

  it('refuses signatures out of order, and roles that never review', async () => {
    const manager = await step('zhaogang', 'zhangwei', 'approve');
    expect(manager.statusCode).toBe(409);
    expect(manager.json()).toMatchObject({ reason: 'not-your-turn', fields: [{ message: '须按 销售文员 → 销售部经理 → 财务 的顺序审核，前一级尚未签字' }] });
    expect((await step('sunli', 'zhangwei', 'approve')).statusCode).toBe(409);
    expect((await step('zhouqiang', 'zhangwei', 'approve')).statusCode).toBe(403);
    expect((await step('admin', 'zhangwei', 'approve')).statusCode).toBe(403);
    expect((await step('zhangwei', 'zhangwei', 'approve')).statusCode).toBe(403);
  });

  it('refuses a step named on an old version', async () => {
    const s = await get('liuyan', 'zhangwei');
    const res = await send('liuyan', 'POST', `/api/expense-statements/${s.id}/approve`, { version: s.version - 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('VERSION_CONFLICT');
    expect((await get('liuyan', 'zhangwei')).status).toBe('submitted');
  });

  it('signs clerk → sales manager → finance, each step waiting for the next reviewer', async () => {
    expect((await step('liuyan', 'zhangwei', 'approve')).json()).toMatchObject({ status: 'clerk_approved' });
    const twice = await step('liuyan', 'zhangwei', 'approve');
    expect(twice.json()).toMatchObject({ reason: 'not-your-turn', fields: [{ message: '您这一级已经审核过了' }] });
    expect((await ok<Inbox>('zhaogang', 'GET', '/api/expense-statements/waiting')).statements.map((s) => s.repName)).toEqual(['张伟']);
    await at('2025-10-13T03:00:00Z');
    expect((await step('zhaogang', 'zhangwei', 'approve')).json()).toMatchObject({ status: 'manager_approved' });
    expect((await ok<Inbox>('sunli', 'GET', '/api/expense-statements/waiting')).statements.map((s) => s.repName)).toEqual(['张伟']);
    const done = (await step('sunli', 'zhangwei', 'approve')).json() as Statement;
    expect(done).toMatchObject({ status: 'finance_approved', statusLabel: '审核完成' });
    expect(done.signatures).toEqual({
      clerk: { userId: userId.liuyan, name: '刘燕', on: '2025-10-10' },
      salesManager: { userId: userId.zhaogang, name: '赵刚', on: '2025-10-13' },
      finance: { userId: userId.sunli, name: '孙丽', on: '2025-10-13' },
    });
    expect(done.events.map((e) => [e.action, e.actorName, e.statusAfter])).toEqual([
      ['generate', '刘燕', 'draft'],
      ['submit', '张伟', 'submitted'],
      ['approve', '刘燕', 'clerk_approved'],
      ['approve', '赵刚', 'manager_approved'],
      ['approve', '孙丽', 'finance_approved'],
    ]);
    expect((await step('sunli', 'zhangwei', 'approve')).json()).toMatchObject({ fields: [{ message: '统计表已审核完成' }] });
    const audits = await t.database.db.select().from(auditLog).where(and(eq(auditLog.targetId, statementId.zhangwei!), eq(auditLog.action, 'expense_statement.approve')));
    expect(audits).toHaveLength(3);
  });

  it('never touches a submitted or approved statement when the month is generated again', async () => {
    const made = await ok<{ items: { repId: string }[]; skipped: { repId: string; status: string }[] }>('liuyan', 'POST', '/api/expense-statements/generate', { month: '2025-09' });
    expect(made.skipped).toEqual([expect.objectContaining({ repId: userId.zhangwei, status: 'finance_approved' })]);
    expect(made.items.map((i) => i.repId)).not.toContain(userId.zhangwei);
  });
});

describe('returning a statement', () => {
  it('needs a comment', async () => {
    await at('2025-10-13T04:00:00Z');
    expect((await step('lina', 'lina', 'submit')).statusCode).toBe(200);
    const res = await step('liuyan', 'lina', 'return', { comment: '  ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ field: 'comment', message: '意见：退回时请写明原因', message_en: 'Comment: Say why the statement is returned' }]);
  });

  it('goes back to the rep with the comment, clearing the signatures, and is reviewed again from the clerk', async () => {
    expect((await step('liuyan', 'lina', 'approve')).statusCode).toBe(200);
    const returned = (await step('zhaogang', 'lina', 'return', { comment: '第3行回款与财务不符' })).json() as Statement;
    expect(returned).toMatchObject({ status: 'returned', signatures: { clerk: null, salesManager: null, finance: null } });
    expect(returned.lastReturn).toMatchObject({ role: 'sales_manager', name: '赵刚', on: '2025-10-13', comment: '第3行回款与财务不符' });
    expect((await ok<Inbox>('lina', 'GET', '/api/expense-statements/waiting')).statements.map((s) => s.id)).toEqual([statementId.lina]);
    const row = returned.rows[0]!;
    expect((await send('lina', 'PATCH', `/api/expense-statements/${returned.id}/rows`, { customerId: row.customerId, version: row.version, adjustedFen: 500 })).statusCode).toBe(200);
    expect((await step('lina', 'lina', 'submit')).json()).toMatchObject({ status: 'submitted', lastReturn: { comment: '第3行回款与财务不符' } });
    expect((await step('zhaogang', 'lina', 'approve')).json()).toMatchObject({ reason: 'not-your-turn' });
    expect((await step('liuyan', 'lina', 'approve')).json()).toMatchObject({ status: 'clerk_approved' });
    const s = await get('lina', 'lina');
    // Her draft was refreshed when the month was generated again (above), before she submitted it.
    expect(s.events.map((e) => e.action)).toEqual(['generate', 'regenerate', 'submit', 'approve', 'return', 'adjust', 'submit', 'approve']);
    expect(s.events[4]).toMatchObject({ actorRole: 'sales_manager', comment: '第3行回款与财务不符', statusBefore: 'clerk_approved', statusAfter: 'returned' });
  });
});

describe('deadlines', () => {
  it('accepts a late submission and marks it late', async () => {
    const before = await ok<Inbox>('wangfang', 'GET', '/api/expense-statements/waiting');
    expect(before.statements).toEqual([expect.objectContaining({ dueOn: '2025-10-11', late: true })]);
    expect((await get('wangfang', 'wangfang')).overdue).toBe(true);
    const res = await step('wangfang', 'wangfang', 'submit');
    expect(res.json()).toMatchObject({ status: 'submitted', submittedOn: '2025-10-13', submittedLate: true, overdue: false });
    expect((res.json() as Statement).events.at(-1)).toMatchObject({ action: 'submit', late: true });
  });

  it('voids what is not fully signed after the 8th working day; nothing more can be done to it', async () => {
    await at('2025-10-18T02:00:00Z');
    const lina = await get('zhaogang', 'lina');
    expect(lina).toMatchObject({ status: 'void', statusLabel: '已作废（审核截止前未完成签字）' });
    const res = await step('zhaogang', 'lina', 'approve');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EXPENSE_STATEMENT_VOID');
    expect((await step('liuyang', 'liuyang', 'submit')).json().code).toBe('EXPENSE_STATEMENT_VOID');
    expect((await get('sunli', 'zhangwei')).status).toBe('finance_approved');
    const voided = await ok<{ items: { repId: string }[] }>('sunli', 'GET', '/api/expense-statements?month=2025-09&status=void');
    expect(voided.items.map((i) => i.repId).sort()).toEqual(expect.arrayContaining([userId.lina, userId.wangfang, userId.liuyang]));
    expect(voided.items.map((i) => i.repId)).not.toContain(userId.zhangwei);
    expect((await ok<Inbox>('liuyan', 'GET', '/api/expense-statements/waiting')).statements).toEqual([]);
    const made = await ok<{ skipped: { repId: string; status: string }[] }>('liuyan', 'POST', '/api/expense-statements/generate', { month: '2025-09', repId: userId.liuyang });
    expect(made.skipped).toEqual([expect.objectContaining({ repId: userId.liuyang, status: 'void' })]);
  });
});
