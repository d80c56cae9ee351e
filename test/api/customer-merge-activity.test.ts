import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSalesPeriod } from '../../src/server/modules/sales/sales-periods';
import { startTestApp, type TestApp } from '../helpers/app';
import { createProduct } from '../helpers/expense-sales';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * Merging duplicates moves the other customer's working record to the survivor (merge-activity.ts): orders,
 * collections and their monthly and period sums (so ABC grading sees the merged sales), visits and plan visits. A
 * visit by the same rep on a day the survivor was also visited stays where it is: it is the same visit twice.
 */

let t: TestApp;
let admin: string;
let rep: string; // 张伟
let orgId: string;
let ownerId: string;
let productId: string;
const tag = Date.now().toString(36).toUpperCase();

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = new Date('2026-11-23T02:00:00Z');
  admin = await t.login('admin');
  rep = await t.login('zhangwei');
  orgId = await demoOrgId(t.database.db);
  ownerId = (await userByName(t.database.db, orgId, 'zhangwei')).id;
  productId = await createProduct(t, admin, `M${tag}`, 1000, 10);
});
afterAll(() => t.close());

let made = 0;
async function customer(): Promise<{ id: string; version: number }> {
  const res = await t.request('POST', '/api/customers', { cookie: admin, body: { name: `合并活动测试诊所${tag}${++made}`, typeCode: 'private_clinic', ownerId, confirmNotDuplicate: true } });
  expect(res.statusCode, res.body).toBe(201);
  return { id: res.json().id, version: res.json().version };
}

async function order(customerId: string, orderDate: string, quantity: number) {
  const res = await t.request('POST', '/api/orders', { cookie: admin, body: { customerId, orderDate, lines: [{ productId, quantity }] } });
  expect(res.statusCode, res.body).toBe(201);
}

async function visit(customerId: string) {
  const res = await t.request('POST', '/api/visits', { cookie: rep, body: { customerId, kind: 'phone', position: null } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

async function merge(survivor: { id: string }, other: { id: string }) {
  const version = async (id: string) => (await t.request('GET', `/api/customers/${id}`, { cookie: admin })).json().version as number;
  const res = await t.request('POST', `/api/customers/${survivor.id}/merge`, { cookie: admin, body: { otherId: other.id, version: await version(survivor.id), otherVersion: await version(other.id), keep: {} } });
  expect(res.statusCode, res.body).toBe(200);
}

const rows = async (query: ReturnType<typeof sql>) => ((await t.database.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;

describe('merging moves the other customer’s orders, sales and visits to the survivor', () => {
  it('adds the sales onto the survivor’s months and kept periods, and leaves nothing on the merged customer', async () => {
    const a = await customer();
    const b = await customer();
    await order(a.id, '2026-10-05', 2);
    await order(b.id, '2026-10-20', 3);
    await order(b.id, '2026-09-12', 1);
    // A kept period holding both customers' sales, whose totals must move too.
    await ensureSalesPeriod(t.database.db, orgId, '2026-01-01', '2026-10-01');

    await merge(a, b);

    const monthly = await rows(sql`select customer_id, month::text as month, quantity, sales_fen from sales_monthly where org_id = ${orgId} and customer_id in (${a.id}, ${b.id}) order by month`);
    expect(monthly.map((r) => [r.customer_id, r.month, Number(r.quantity), Number(r.sales_fen)])).toEqual([
      [a.id, '2026-09-01', 1, 1000],
      [a.id, '2026-10-01', 5, 5000],
    ]);
    const orders = await rows(sql`select customer_id from orders where org_id = ${orgId} and customer_id in (${a.id}, ${b.id})`);
    expect(orders.map((r) => r.customer_id)).toEqual([a.id, a.id, a.id]);
    const kept = await rows(sql`select customer_id, sales_fen from sales_period_totals where org_id = ${orgId} and first_month = '2026-01-01' and last_month = '2026-10-01' and customer_id in (${a.id}, ${b.id})`);
    expect(kept.map((r) => [r.customer_id, Number(r.sales_fen)])).toEqual([[a.id, 6000]]);
  });

  it('moves a visit to the survivor, and keeps one made on a day the survivor was visited too', async () => {
    const a = await customer();
    const b = await customer();
    const c = await customer();
    t.clock.now = new Date('2026-11-20T02:00:00Z');
    const onlyB = await visit(b.id);
    t.clock.now = new Date('2026-11-23T02:00:00Z');
    const onA = await visit(a.id);
    const onC = await visit(c.id);

    await merge(a, b);
    const afterFirst = await rows(sql`select id, customer_id from visits where org_id = ${orgId} and id in (${onlyB.id}, ${onA.id})`);
    expect(Object.fromEntries(afterFirst.map((r) => [r.id, r.customer_id]))).toEqual({ [onlyB.id]: a.id, [onA.id]: a.id });

    // a and c were both visited today by the same rep: c's visit stays on c rather than break the one-a-day rule.
    await merge(a, c);
    const afterSecond = await rows(sql`select customer_id from visits where org_id = ${orgId} and id = ${onC.id}`);
    expect(afterSecond[0]!.customer_id).toBe(c.id);
    const onSurvivor = await t.request('GET', `/api/customers/${a.id}/visits`, { cookie: rep });
    expect(onSurvivor.statusCode, onSurvivor.body).toBe(200);
    expect((onSurvivor.json().items as { id: string }[]).map((v) => v.id).sort()).toEqual([onlyB.id, onA.id].sort());
  });
});
