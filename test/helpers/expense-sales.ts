import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import { expect } from 'vitest';
import { customers } from '../../src/server/db/schema';
import type { TestApp } from './app';

/*
 * Sales for the 客情费 tests, entered through the API (products by the sales manager, orders by the rep,
 * collections by finance) so that generation reads exactly what the ledger holds.
 */

export async function createProduct(t: TestApp, cookie: string, code: string, listPriceFen: number, expenseStandardFen: number): Promise<string> {
  const res = await t.request('POST', '/api/products', { cookie, body: { code, name: `客情测试${code}`, category: '测试', unit: '盒', listPriceFen, costFen: Math.floor(listPriceFen / 2), expenseStandardFen } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function sell(t: TestApp, cookie: string, customerId: string, orderDate: string, lines: { productId: string; quantity: number }[]): Promise<string> {
  const res = await t.request('POST', '/api/orders', { cookie, body: { customerId, orderDate, lines } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function giveBack(t: TestApp, cookie: string, customerId: string, returnOf: string, orderDate: string, lines: { productId: string; quantity: number }[]): Promise<string> {
  const res = await t.request('POST', '/api/orders', { cookie, body: { customerId, kind: 'return', returnOf, orderDate, lines } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

export async function collect(t: TestApp, cookie: string, orderId: string, collectedOn: string, amountFen: number): Promise<void> {
  const res = await t.request('POST', `/api/orders/${orderId}/collections`, { cookie, body: { collectedOn, amountFen } });
  expect(res.statusCode, res.body).toBeLessThan(300);
}

/** The rep's customers (not deleted, not lost), by id. */
export async function customersOf(t: TestApp, orgId: string, repId: string): Promise<string[]> {
  const rows = await t.database.db
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.ownerId, repId), isNull(customers.deletedAt), ne(customers.status, 'lost')))
    .orderBy(asc(customers.id));
  return rows.map((r) => r.id);
}
