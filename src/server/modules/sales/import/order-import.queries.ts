import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { KnownCustomer, KnownProduct } from '../../../../domain/sales/order-import-orders';
import type { CustomerRef } from '../../../../domain/sales/order-import-rows';
import type { Db } from '../../../db/client';
import { customers, orders, products } from '../../../db/schema';

const CHUNK = 1000;
const isUuid = (s: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s);

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * The organisation's customers (not deleted or merged) that the file's references may name: by system ID, external
 * code or exact name, in or out of the importing person's scope (the check says which).
 */
export async function customersNamed(db: Db, orgId: string, refs: readonly CustomerRef[]): Promise<KnownCustomer[]> {
  const of = (by: CustomerRef['by']) => [...new Set(refs.filter((r) => r.by === by).map((r) => (by === 'id' ? r.text.toLowerCase() : r.text)))];
  const ids = of('id').filter(isUuid);
  const codes = of('code');
  const names = of('name');
  const found = new Map<string, KnownCustomer>();
  const columns = { id: customers.id, externalCode: customers.externalCode, name: customers.name, officeId: customers.officeId, ownerId: customers.ownerId };
  for (const [column, values] of [[customers.id, ids], [customers.externalCode, codes], [customers.name, names]] as const) {
    for (const chunk of chunks(values)) {
      const rows = await db
        .select(columns)
        .from(customers)
        .where(and(eq(customers.orgId, orgId), isNull(customers.deletedAt), inArray(column, chunk)));
      for (const r of rows) found.set(r.id, r);
    }
  }
  return [...found.values()];
}

/** The products with these codes, by code. */
export async function productsByCode(db: Db, orgId: string, codes: readonly string[]): Promise<Map<string, KnownProduct & { listPriceFen: number }>> {
  const found = new Map<string, KnownProduct & { listPriceFen: number }>();
  for (const chunk of chunks([...new Set(codes)])) {
    const rows = await db
      .select({ id: products.id, code: products.code, name: products.name, active: products.active, listPriceFen: products.listPriceFen })
      .from(products)
      .where(and(eq(products.orgId, orgId), inArray(products.code, chunk)));
    for (const r of rows) found.set(r.code, r);
  }
  return found;
}

/** Orders already entered (by hand, the ERP or an earlier import) under these external numbers: number → order id and customer. */
export async function ordersByRef(db: Db, orgId: string, refs: readonly string[]): Promise<Map<string, { id: string; customerId: string }>> {
  const found = new Map<string, { id: string; customerId: string }>();
  for (const chunk of chunks(refs)) {
    const rows = await db
      .select({ id: orders.id, customerId: orders.customerId, ref: orders.externalRef })
      .from(orders)
      .where(and(eq(orders.orgId, orgId), inArray(orders.externalRef, chunk)));
    for (const r of rows) found.set(r.ref!, { id: r.id, customerId: r.customerId });
  }
  return found;
}

/** Where the customers of existing orders sit, for the scope check. */
export async function customerPlaces(db: Db, orgId: string, ids: readonly string[]): Promise<Map<string, KnownCustomer>> {
  const found = new Map<string, KnownCustomer>();
  for (const chunk of chunks([...new Set(ids)])) {
    const rows = await db
      .select({ id: customers.id, externalCode: customers.externalCode, name: customers.name, officeId: customers.officeId, ownerId: customers.ownerId })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), inArray(customers.id, chunk)));
    for (const r of rows) found.set(r.id, r);
  }
  return found;
}
