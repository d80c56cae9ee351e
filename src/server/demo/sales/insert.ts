import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { collections, customers, orderLines, orders, products } from '../../db/schema';
import { rebuildSalesMonthly } from '../../modules/sales/sales-monthly';
import { insertAsJson } from '../insert-json';
import { generateDemoSales, type BuyingCustomer } from './generate';
import { DEMO_PRODUCTS } from './products';

export interface DemoSalesCounts {
  products: number;
  orders: number;
  lines: number;
  collections: number;
}

/**
 * The demo catalogue and two years of orders, returns and collections up to `today` (YYYY-MM-DD, Asia/Shanghai)
 * for the demo customers already inserted, in seedDemo's transaction; sales_monthly is filled from the lines.
 * Without `withHistory`, only the catalogue.
 */
export async function insertDemoSales(db: Db, orgId: string, today: string, withHistory = true): Promise<DemoSalesCounts> {
  const productIds = DEMO_PRODUCTS.map(() => randomUUID());
  await insertAsJson(
    db,
    products,
    DEMO_PRODUCTS.map(({ weight: _w, season: _s, ...p }, i) => ({ ...p, orgId, id: productIds[i]! })),
  );
  if (!withHistory) return { products: productIds.length, orders: 0, lines: 0, collections: 0 };
  // A stable order (names are unique within a county) keeps the generated sales the same on every run.
  const buyers = await db
    .select({ id: customers.id, ownerId: customers.ownerId, typeCode: customers.typeCode, status: customers.status })
    .from(customers)
    .where(eq(customers.orgId, orgId))
    .orderBy(asc(customers.regionCode), asc(customers.name));
  const generated = generateDemoSales(buyers as BuyingCustomer[], today);

  const orderIds = generated.orders.map(() => randomUUID());
  const orderRows: (typeof orders.$inferInsert)[] = [];
  const lineRows: (typeof orderLines.$inferInsert)[] = [];
  generated.orders.forEach((o, i) => {
    const buyer = buyers[o.customer]!;
    orderRows.push({
      orgId,
      id: orderIds[i]!,
      customerId: buyer.id,
      kind: o.kind,
      orderDate: o.orderDate,
      returnOf: o.returnOf === null ? null : orderIds[o.returnOf]!,
      source: 'manual',
      amountFen: o.lines.reduce((s, l) => s + l.amountFen, 0),
      costFen: o.lines.reduce((s, l) => s + l.costFen, 0),
      createdBy: buyer.ownerId,
      createdAt: new Date(`${o.orderDate}T10:00:00+08:00`),
    });
    o.lines.forEach((l, n) => lineRows.push({ orgId, orderId: orderIds[i]!, lineNo: n + 1, productId: productIds[l.product]!, quantity: l.quantity, unitPriceFen: l.unitPriceFen, amountFen: l.amountFen, costFen: l.costFen }));
  });
  const collectionRows: (typeof collections.$inferInsert)[] = generated.collections.map((c) => ({
    orgId,
    customerId: buyers[generated.orders[c.order]!.customer]!.id,
    orderId: orderIds[c.order]!,
    collectedOn: c.collectedOn,
    amountFen: c.amountFen,
    createdAt: new Date(`${c.collectedOn}T15:00:00+08:00`),
  }));
  await insertAsJson(db, orders, orderRows, 2000);
  await insertAsJson(db, orderLines, lineRows, 4000);
  await insertAsJson(db, collections, collectionRows, 4000);
  await rebuildSalesMonthly(db, orgId);
  return { products: productIds.length, orders: orderRows.length, lines: lineRows.length, collections: collectionRows.length };
}
