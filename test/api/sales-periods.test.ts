import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KEPT_PERIODS } from '../../src/server/modules/sales/sales-periods';
import { startTestApp, type TestApp } from '../helpers/app';
import { createProduct } from '../helpers/expense-sales';
import { demoOrgId, userByName } from '../helpers/lookup';

/*
 * Kept sales periods (sales-periods.ts): the ABC analysis reads a period's per-customer totals, built from
 * sales_monthly on first use and then kept exact by every order and return written into one of its months. After
 * each write the kept totals must equal a fresh sum of sales_monthly, and the analysis must show the new amount.
 */

let t: TestApp;
let admin: string;
let manager: string;
let orgId: string;
const tag = Date.now().toString(36).toUpperCase();
let productId: string;
let ownerId: string; // 张伟
const NOW = new Date('2026-11-23T02:00:00Z'); // default period 2025-11 … 2026-10

beforeAll(async () => {
  t = await startTestApp();
  t.clock.now = NOW;
  admin = await t.login('admin');
  manager = await t.login('zhaogang');
  orgId = await demoOrgId(t.database.db);
  ownerId = (await userByName(t.database.db, orgId, 'zhangwei')).id;
  productId = await createProduct(t, admin, `P${tag}`, 1000, 10);
});
afterAll(() => t.close());

let made = 0;
async function customer(): Promise<string> {
  const res = await t.request('POST', '/api/customers', { cookie: admin, body: { name: `期间测试诊所${tag}${++made}`, typeCode: 'private_clinic', ownerId, confirmNotDuplicate: true } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

async function order(customerId: string, orderDate: string, quantity: number, extra: Record<string, unknown> = {}) {
  const res = await t.request('POST', '/api/orders', { cookie: admin, body: { customerId, orderDate, lines: [{ productId, quantity }], ...extra } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

/** The kept totals of a period next to a fresh sum of sales_monthly over the same months. */
async function keptAndFresh(firstMonth: string, lastMonth: string) {
  const rows = (r: unknown) => (r as { rows: { customer_id: string; fen: string | number }[] }).rows.map((x) => `${x.customer_id}:${Number(x.fen)}`).sort();
  const kept = await t.database.db.execute(
    sql`select customer_id, sales_fen as fen from sales_period_totals where org_id = ${orgId} and first_month = ${firstMonth} and last_month = ${lastMonth}`,
  );
  const fresh = await t.database.db.execute(
    sql`select customer_id, sum(sales_fen) as fen from sales_monthly where org_id = ${orgId} and month >= ${firstMonth} and month <= ${lastMonth} group by customer_id`,
  );
  return { kept: rows(kept), fresh: rows(fresh) };
}

async function salesInAbc(customerId: string): Promise<number | null | undefined> {
  for (const list of ['ranked', 'none']) {
    const res = await t.request('GET', `/api/abc?ownerId=${ownerId}&list=${list}&limit=200`, { cookie: manager });
    expect(res.statusCode, res.body).toBe(200);
    const row = (res.json().rows as { id: string; salesFen: number | null }[]).find((r) => r.id === customerId);
    if (row) return row.salesFen;
  }
  return undefined;
}

describe('kept sales periods', () => {
  it('are built on first use and follow every sale and return written into their months', async () => {
    const a = await customer();
    const b = await customer();
    await order(a, '2026-03-10', 3);
    expect(await salesInAbc(a)).toBe(3000);
    expect(await salesInAbc(b)).toBeNull();
    const before = await keptAndFresh('2025-11-01', '2026-10-01');
    expect(before.kept).toEqual(before.fresh);

    const sale = await order(b, '2026-06-01', 5);
    await order(a, '2026-10-31', 2);
    await order(a, '2026-11-02', 7); // this month: outside the default period
    await order(a, '2025-10-31', 4); // before it
    await order(b, '2026-07-01', 2, { kind: 'return', returnOf: sale.id });
    expect(await salesInAbc(a)).toBe(5000);
    expect(await salesInAbc(b)).toBe(3000);
    const after = await keptAndFresh('2025-11-01', '2026-10-01');
    expect(after.kept).toEqual(after.fresh);
  });

  it(`keeps the ${KEPT_PERIODS} periods built last, and rebuilds a dropped one exactly`, async () => {
    const periods = [
      ...Array.from({ length: 10 }, (_, i) => [`2026-${String(i + 1).padStart(2, '0')}`, '2026-10']),
      ...Array.from({ length: KEPT_PERIODS - 8 }, (_, i) => [`2025-${String(i + 1).padStart(2, '0')}`, '2025-12']),
    ];
    expect(periods.length).toBe(KEPT_PERIODS + 2);
    for (const [from, to] of periods) {
      const res = await t.request('GET', `/api/abc?from=${from}&to=${to}`, { cookie: manager });
      expect(res.statusCode, res.body).toBe(200);
    }
    const count = await t.database.db.execute(sql`select count(*)::int as n from sales_periods where org_id = ${orgId}`);
    expect((count as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(KEPT_PERIODS);
    // The default period was built first, so it is gone; asking again builds it afresh, equal to the months' sum.
    expect(await salesInAbc(await customer())).toBeNull();
    const again = await keptAndFresh('2025-11-01', '2026-10-01');
    expect(again.kept).toEqual(again.fresh);
    expect(again.kept.length).toBeGreaterThan(0);
  });
});
