import { sql } from 'drizzle-orm';
import { monthOf } from '../../../domain/sales/returns';
import { sumFen } from '../../../domain/sales/fen';
import type { Db } from '../../db/client';
import { salesMonthly } from '../../db/schema';
import { addToSalesPeriods, dropSalesPeriods } from './sales-periods';

/** A booked line, signed (negative on a return). */
export interface SignedLine {
  productId: string;
  quantity: number;
  amountFen: number;
  costFen: number;
}

/** The lines of one order added up per product (one upsert may not touch a row twice). */
function perProduct(lines: readonly SignedLine[]): SignedLine[] {
  const sums = new Map<string, SignedLine>();
  for (const l of lines) {
    const seen = sums.get(l.productId);
    sums.set(
      l.productId,
      seen ? { productId: l.productId, quantity: seen.quantity + l.quantity, amountFen: sumFen([seen.amountFen, l.amountFen]), costFen: sumFen([seen.costFen, l.costFen]) } : { ...l },
    );
  }
  return [...sums.values()];
}

/**
 * Adds an order's (or return's) signed lines to sales_monthly — the contract with the ABC grading and the value
 * analysis: per customer, month (first day, from the order date) and product, the signed sums of quantity,
 * sales and cost. Call it in the transaction that writes the order.
 */
export async function addToSalesMonthly(db: Db, orgId: string, customerId: string, orderDate: string, lines: readonly SignedLine[]): Promise<void> {
  const month = monthOf(orderDate);
  const rows = perProduct(lines).map((l) => ({ orgId, customerId, month, productId: l.productId, quantity: l.quantity, salesFen: l.amountFen, costFen: l.costFen }));
  if (rows.length === 0) return;
  await db
    .insert(salesMonthly)
    .values(rows)
    .onConflictDoUpdate({
      target: [salesMonthly.orgId, salesMonthly.customerId, salesMonthly.month, salesMonthly.productId],
      set: {
        quantity: sql`${salesMonthly.quantity} + excluded.quantity`,
        salesFen: sql`${salesMonthly.salesFen} + excluded.sales_fen`,
        costFen: sql`${salesMonthly.costFen} + excluded.cost_fen`,
      },
    });
  await addToSalesPeriods(db, orgId, customerId, month, sumFen(rows.map((r) => r.salesFen)));
}

/**
 * Rebuilds an organisation's sales_monthly from its order lines in one statement: what addToSalesMonthly would have
 * summed, order by order, for every order and return (kept sales periods are dropped). For orders written in bulk (demo data, benchmarks) rather than
 * one by one; call it in the transaction that wrote them.
 */
export async function rebuildSalesMonthly(db: Db, orgId: string): Promise<void> {
  await dropSalesPeriods(db, orgId);
  await db.execute(sql`delete from sales_monthly where org_id = ${orgId}`);
  await db.execute(sql`
    insert into sales_monthly (org_id, customer_id, month, product_id, quantity, sales_fen, cost_fen)
    select o.org_id, o.customer_id, date_trunc('month', o.order_date)::date, l.product_id, sum(l.quantity), sum(l.amount_fen), sum(l.cost_fen)
    from order_lines l join orders o on o.org_id = l.org_id and o.id = l.order_id
    where o.org_id = ${orgId}
    group by 1, 2, 3, 4`);
}
