import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../src/server/db/schema';
import { startTestApp, type TestApp } from '../helpers/app';
import { byUser } from '../helpers/by-user';
import { createProduct, customersOf, sell } from '../helpers/expense-sales';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * The 客情费 standard in force on the order's date. Product P starts at ¥1.00 per unit; on 20 November 2025 the sales
 * manager raises it to ¥2.50 effective 15 November. 张伟's customer bought 10 × P on 10 October, 10 on 5 November and
 * 10 on 20 November: October's statement keeps ¥1.00 (¥10.00), November's is 10 × ¥1.00 + 10 × ¥2.50 = ¥35.00.
 * Product Q was on 李娜's October statement, which she submitted on 3 November: Q's standard can change only from
 * 1 November on. (2025, not 2026: the demo organisation has statements for the month before the real today.)
 */

type Part = { productId: string; quantity: number; standardFen: number };
type Statement = { id: string; officeId: string; officeName: string; repId: string; version: number; rows: { customerId: string; products: Part[] }[] };

let t: TestApp;
let orgId: string;
const cookie: Record<string, string> = {};
const userId: Record<string, string> = {};
let p: string;
let q: string;
let c1: string;

const { send, ok, at } = byUser(() => t, cookie);
const productVersion = async (id: string) => (await ok<{ version: number }>('zhaogang', 'GET', `/api/products/${id}`)).version;
const changeStandard = async (id: string, body: object) => send('zhaogang', 'PATCH', `/api/products/${id}`, { version: await productVersion(id), ...body });

async function statementOf(rep: string, month: string): Promise<Statement> {
  await ok('liuyan', 'POST', '/api/expense-statements/generate', { month, repId: userId[rep] });
  const list = await ok<{ items: { id: string }[] }>('liuyan', 'GET', `/api/expense-statements?month=${month}&repId=${userId[rep]}`);
  return ok<Statement>('liuyan', 'GET', `/api/expense-statements/${list.items[0]!.id}`);
}
const partOf = (s: Statement, customerId: string, productId: string) => s.rows.find((r) => r.customerId === customerId)?.products.find((x) => x.productId === productId);

beforeAll(async () => {
  t = await startTestApp();
  const db = t.database.db;
  orgId = await demoOrgId(db);
  for (const name of ['zhangwei', 'lina', 'zhouqiang', 'liuyan', 'zhaogang', 'admin']) {
    cookie[name] = '';
    userId[name] = (await userByName(db, orgId, name)).id;
  }
  await at('2025-11-03T02:00:00Z'); // Monday 3 November 2025, the 1st working day
  p = await createProduct(t, cookie.zhaogang!, 'KQ-STD-P', 1000, 100);
  q = await createProduct(t, cookie.zhaogang!, 'KQ-STD-Q', 1000, 100);
  [c1] = (await customersOf(t, orgId, userId.zhangwei!)) as [string];
  const [linaCustomer] = (await customersOf(t, orgId, userId.lina!)) as [string];
  await sell(t, cookie.zhangwei!, c1, '2025-10-10', [{ productId: p, quantity: 10 }]);
  await sell(t, cookie.lina!, linaCustomer, '2025-10-12', [{ productId: q, quantity: 3 }]);
  const linaOctober = await statementOf('lina', '2025-10');
  expect(partOf(linaOctober, linaCustomer, q)).toMatchObject({ quantity: 3, standardFen: 300 });
  await ok('lina', 'POST', `/api/expense-statements/${linaOctober.id}/submit`, { version: linaOctober.version });

  await at('2025-11-20T02:00:00Z');
  await sell(t, cookie.zhangwei!, c1, '2025-11-05', [{ productId: p, quantity: 10 }]);
  await sell(t, cookie.zhangwei!, c1, '2025-11-20', [{ productId: p, quantity: 10 }]);
}, 120_000);

afterAll(async () => {
  await t?.close();
});

describe('the 客情费 standard in force on the order date', () => {
  it('a new product has its first standard from 2000-01-01', async () => {
    const history = await ok<{ items: { effectiveFrom: string; standardFen: number; createdByName: string | null }[] }>('zhouqiang', 'GET', `/api/products/${p}/standards`);
    expect(history.items).toEqual([{ effectiveFrom: '2000-01-01', standardFen: 100, createdByName: '赵刚', createdAt: expect.any(String) }]);
  });

  it('refuses an effective date that is not a date, or after today, naming the field', async () => {
    for (const date of ['2025-02-30', '2025-11-21']) {
      const res = await changeStandard(p, { expenseStandardFen: 250, standardEffectiveFrom: date });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().fields.map((f: { field: string }) => f.field)).toEqual(['standardEffectiveFrom']);
      expect(res.json().fields[0].message).toMatch(/^生效日期：/);
    }
  });

  it('changes the standard from 15 November, keeps today’s on the product and audits before and after', async () => {
    const res = await changeStandard(p, { expenseStandardFen: 250, standardEffectiveFrom: '2025-11-15' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().expenseStandardFen).toBe(250);
    const history = await ok<{ items: { effectiveFrom: string; standardFen: number }[] }>('zhangwei', 'GET', `/api/products/${p}/standards`);
    expect(history.items.map((e) => [e.effectiveFrom, e.standardFen])).toEqual([
      ['2025-11-15', 250],
      ['2000-01-01', 100],
    ]);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.targetId, p), eq(auditLog.action, 'product.update')))
      .orderBy(desc(auditLog.at));
    expect(audit?.before).toMatchObject({ expenseStandardFen: 100 });
    expect(audit?.after).toMatchObject({ expenseStandardFen: 250, standardEffectiveFrom: '2025-11-15', standardSetFen: 250 });
  });

  it('October’s statement still earns the old standard', async () => {
    const october = await statementOf('zhangwei', '2025-10');
    expect(partOf(october, c1, p)).toMatchObject({ productId: p, quantity: 10, standardFen: 1_000 });
  });

  it('November’s lines before the 15th earn the old standard, after it the new one, also when regenerated', async () => {
    await at('2025-12-02T02:00:00Z');
    const november = await statementOf('zhangwei', '2025-11');
    expect(partOf(november, c1, p)).toMatchObject({ productId: p, quantity: 20, standardFen: 1_000 + 2_500 });
    const again = await statementOf('zhangwei', '2025-11');
    expect(again.id).toBe(november.id);
    expect(partOf(again, c1, p)).toMatchObject({ productId: p, quantity: 20, standardFen: 3_500 });
  });

  it('refuses a date in or before a month whose statement with the product was submitted', async () => {
    const res = await changeStandard(q, { expenseStandardFen: 150, standardEffectiveFrom: '2025-10-31' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().fields).toEqual([{ field: 'standardEffectiveFrom', message: expect.stringContaining('2025-11-01'), message_en: expect.stringContaining('2025-11-01') }]);
    const fine = await changeStandard(q, { expenseStandardFen: 150, standardEffectiveFrom: '2025-11-01' });
    expect(fine.statusCode, fine.body).toBe(200);
  });

  it('a product edit that leaves the standard alone writes no history', async () => {
    const res = await changeStandard(q, { name: '客情测试Q改名' });
    expect(res.statusCode, res.body).toBe(200);
    const history = await ok<{ items: unknown[] }>('zhaogang', 'GET', `/api/products/${q}/standards`);
    expect(history.items).toHaveLength(2);
  });
});

describe('statements an office manager lists', () => {
  it('are their office’s only', async () => {
    await ok('liuyan', 'POST', '/api/expense-statements/generate', { month: '2025-11' });
    const all = await ok<{ items: Statement[] }>('liuyan', 'GET', '/api/expense-statements?month=2025-11');
    const mine = await ok<{ items: Statement[] }>('zhouqiang', 'GET', '/api/expense-statements?month=2025-11');
    const office = (await userByName(t.database.db, orgId, 'zhouqiang')).officeId;
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((s) => s.officeId === office)).toBe(true);
    expect(mine.items.map((s) => s.id).sort()).toEqual(all.items.filter((s) => s.officeId === office).map((s) => s.id).sort());
    expect(all.items.length).toBeGreaterThan(mine.items.length);
  });
});
