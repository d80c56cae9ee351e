import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPENSE_SETTINGS } from '../../src/domain/expenses/settings';
import { auditLog } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { createProduct, customersOf, sell } from '../helpers/expense-sales';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * 《新客户特殊费用申请表》: filed by the rep before the customer's first order (contract), decided by the sales manager;
 * the month's 《月新客户特殊费用申请汇总表》 beside the statement; and the organisation's expense settings.
 * The clock stands on 15 September 2025 (Shanghai).
 */

type Application = { id: string; customerId: string; repName: string; officeName: string; usage: string; usageLabel: string; amountFen: number; reason: string; filedOn: string; status: string; decidedByName: string | null; decidedOn: string | null; decisionComment: string | null; version: number };
type Summary = { month: string; count: number; totalFen: number; approvedFen: number; pendingFen: number; items: Application[] };

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const userId: Record<string, string> = {};
let product: string;
let fresh: string, soldBefore: string, soldToday: string, laterSale: string, linaCustomer: string;

const { send, ok, at } = byUser(() => t, cookie);
const file = (who: string, customerId: string, extra: object = {}) => send(who, 'POST', '/api/expense-applications', { customerId, usage: 'new_customer', amountFen: 80_000, reason: '首次合作推广会', ...extra });

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2025-09-15T02:00:00Z');
  const db = t.database.db;
  orgId = await demoOrgId(db);
  for (const name of ['zhangwei', 'lina', 'zhouqiang', 'wujun', 'liuyan', 'zhaogang', 'sunli', 'admin']) {
    cookie[name] = await t.login(name);
    userId[name] = (await userByName(db, orgId, name)).id;
  }
  product = await createProduct(t, cookie.zhaogang!, 'KQ-A1', 1000, 100);
  [fresh, soldBefore, soldToday, laterSale] = (await customersOf(t, orgId, userId.zhangwei!)) as [string, string, string, string];
  [linaCustomer] = (await customersOf(t, orgId, userId.lina!)) as [string];
  await sell(t, cookie.zhangwei!, soldBefore, '2025-09-01', [{ productId: product, quantity: 1 }]);
  await sell(t, cookie.zhangwei!, soldToday, '2025-09-15', [{ productId: product, quantity: 1 }]);
}, 120_000); // the demo organisation and the month's sales through the API, on a busy machine too
afterAll(() => t.close());

describe('filing', () => {
  it('files a pending application for the rep’s own customer with no order yet', async () => {
    const res = await file('zhangwei', fresh);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ customerId: fresh, repName: '张伟', officeName: '郑州办事处', usage: 'new_customer', usageLabel: '争取新客户的特殊费用', amountFen: 80_000, filedOn: '2025-09-15', status: 'pending', decidedByName: null });
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'expense_application.file'), eq(auditLog.targetId, res.json().id)));
    expect(audit!.actorId).toBe(userId.zhangwei);
  });

  it('refuses an application after the customer’s first order, naming its date', async () => {
    const res = await file('zhangwei', soldBefore);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({
      code: 'EXPENSE_APPLICATION_AFTER_FIRST_ORDER',
      reason: 'filed-after-first-order',
      fields: [{ field: 'customerId', message: '客户：该客户已于 2025-09-01 首次下单（签订合同），之后提交的新客户特殊费用申请一律无效' }],
    });
  });

  it('accepts one filed on the day of the first order (the contract may come later that day)', async () => {
    expect((await file('zhangwei', soldToday, { usage: 'executive', amountFen: 20_000 })).statusCode).toBe(200);
  });

  it('refuses other reps’ customers as not found, roles that do not file, and impossible amounts', async () => {
    expect((await file('zhangwei', linaCustomer)).statusCode).toBe(404);
    expect((await file('zhouqiang', fresh)).statusCode).toBe(403);
    expect((await file('zhaogang', fresh)).statusCode).toBe(403);
    const zero = await file('zhangwei', fresh, { amountFen: 0, reason: '' });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().fields.map((f: { field: string }) => f.field).sort()).toEqual(['amountFen', 'reason']);
  });
});

describe('deciding', () => {
  let pending: Application;

  it('shows pending applications to the sales manager as waiting', async () => {
    const inbox = await ok<{ applications: Application[] }>('zhaogang', 'GET', '/api/expense-statements/waiting');
    expect(inbox.applications.map((a) => a.amountFen).sort()).toEqual([20_000, 80_000]);
    pending = inbox.applications.find((a) => a.customerId === fresh)!;
    expect((await ok<{ applications: unknown[] }>('liuyan', 'GET', '/api/expense-statements/waiting')).applications).toEqual([]);
  });

  it('is the sales manager’s decision, version-checked, with a reason for a refusal', async () => {
    const url = `/api/expense-applications/${pending.id}/decide`;
    expect((await send('liuyan', 'POST', url, { version: pending.version, decision: 'approve' })).statusCode).toBe(403);
    expect((await send('zhangwei', 'POST', url, { version: pending.version, decision: 'approve' })).statusCode).toBe(403);
    const noReason = await send('zhaogang', 'POST', url, { version: pending.version, decision: 'refuse' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().fields[0]).toMatchObject({ field: 'comment', message: '意见：不批准时请写明原因' });
    const stale = await send('zhaogang', 'POST', url, { version: pending.version + 1, decision: 'approve' });
    expect(stale.json().code).toBe('VERSION_CONFLICT');
    const approved = await ok<Application>('zhaogang', 'POST', url, { version: pending.version, decision: 'approve', comment: '同意' });
    expect(approved).toMatchObject({ status: 'approved', decidedByName: '赵刚', decidedOn: '2025-09-15', decisionComment: '同意', version: pending.version + 1 });
    const again = await send('zhaogang', 'POST', url, { version: approved.version, decision: 'refuse', comment: '改主意' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('EXPENSE_APPLICATION_DECIDED');
  });

  it('refuses to approve once the customer has ordered after the application was filed', async () => {
    const filed = (await file('zhangwei', laterSale, { amountFen: 30_000 })).json() as Application;
    await at('2025-09-17T02:00:00Z');
    await sell(t, cookie.zhangwei!, laterSale, '2025-09-16', [{ productId: product, quantity: 1 }]);
    const res = await send('zhaogang', 'POST', `/api/expense-applications/${filed.id}/decide`, { version: filed.version, decision: 'approve' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ reason: 'approved-after-first-order' });
    expect(res.json().fields[0].message).toContain('2025-09-16');
    const refused = await ok<Application>('zhaogang', 'POST', `/api/expense-applications/${filed.id}/decide`, { version: filed.version, decision: 'refuse', comment: '已签合同' });
    expect(refused.status).toBe('refused');
  });
});

describe('the month’s summary and scope', () => {
  it('sums a month’s applications by status (《月新客户特殊费用申请汇总表》)', async () => {
    const s = await ok<Summary>('zhaogang', 'GET', '/api/expense-applications/summary?month=2025-09');
    expect(s).toMatchObject({ month: '2025-09', count: 3, totalFen: 130_000, approvedFen: 80_000, pendingFen: 20_000 });
    expect((await ok<Summary>('zhaogang', 'GET', '/api/expense-applications/summary?month=2025-08')).count).toBe(0);
  });

  it('shows a rep their own, an office manager the office’s, another office nothing', async () => {
    expect((await ok<Summary>('zhangwei', 'GET', '/api/expense-applications/summary?month=2025-09')).count).toBe(3);
    expect((await ok<Summary>('lina', 'GET', '/api/expense-applications/summary?month=2025-09')).count).toBe(0);
    expect((await ok<{ items: unknown[] }>('zhouqiang', 'GET', '/api/expense-applications?status=pending')).items).toHaveLength(1);
    expect((await ok<{ items: unknown[] }>('wujun', 'GET', '/api/expense-applications')).items).toHaveLength(0);
    const one = (await ok<{ items: Application[] }>('zhangwei', 'GET', '/api/expense-applications')).items[0]!;
    expect((await send('lina', 'GET', `/api/expense-applications/${one.id}`)).statusCode).toBe(404);
    expect((await send('wujun', 'GET', `/api/expense-applications/${one.id}`)).statusCode).toBe(404);
    expect((await send('sunli', 'GET', `/api/expense-applications/${one.id}`)).statusCode).toBe(200);
  });

  it('is filed beside the rep’s statement of the month', async () => {
    await at('2025-10-09T02:00:00Z');
    const made = await ok<{ items: { id: string }[] }>('zhangwei', 'POST', '/api/expense-statements/generate', {});
    const s = await ok<{ specialApplications: Summary }>('zhangwei', 'GET', `/api/expense-statements/${made.items[0]!.id}`);
    expect(s.specialApplications).toMatchObject({ month: '2025-09', count: 3, totalFen: 130_000, approvedFen: 80_000 });
  });
});

describe('expense settings', () => {
  type View = { settings: typeof DEFAULT_EXPENSE_SETTINGS; version: number; isDefault: boolean };

  it('reads the seed text’s defaults until changed, for everyone', async () => {
    const view = await ok<View>('zhangwei', 'GET', '/api/settings/expenses');
    expect(view).toEqual({ settings: DEFAULT_EXPENSE_SETTINGS, version: 0, isDefault: true });
  });

  it('is changed by the sales manager, version-checked and audited; the web’s labels name bad fields', async () => {
    const changed = { ...DEFAULT_EXPENSE_SETTINGS, usages: ['purchaser', 'executive', 'events'], borrowingLimitFen: 500_000 };
    expect((await send('liuyan', 'PUT', '/api/settings/expenses', { version: 0, settings: changed })).statusCode).toBe(403);
    const bad = await send('zhaogang', 'PUT', '/api/settings/expenses', { version: 0, settings: { ...changed, reviewByWorkingDay: 2 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].message).toContain('审核截止（第几个工作日）');
    const saved = await ok<View>('zhaogang', 'PUT', '/api/settings/expenses', { version: 0, settings: changed });
    expect(saved).toMatchObject({ version: 1, isDefault: false, settings: { borrowingLimitFen: 500_000 } });
    expect((await send('admin', 'PUT', '/api/settings/expenses', { version: 0, settings: changed })).json().code).toBe('VERSION_CONFLICT');
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'expense.settings.update'));
    expect(audit).toMatchObject({ actorId: userId.zhaogang, before: DEFAULT_EXPENSE_SETTINGS, after: changed });
  });

  it('refuses an application for a usage the organisation does not allow', async () => {
    const res = await file('zhangwei', fresh, { usage: 'new_customer' });
    expect(res.statusCode).toBe(400);
    expect(res.json().fields).toEqual([{ field: 'usage', message: '费用用途：本公司未启用「争取新客户的特殊费用」', message_en: 'Usage: "Special cost to win a new customer" is not enabled for this organisation' }]);
  });
});
