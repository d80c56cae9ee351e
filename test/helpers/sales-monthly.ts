import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';

/** A customer's sales of one product in one month (month as 2026-03-01). */
export interface MonthlySales {
  product_id: string;
  month: string;
  quantity: number;
  sales_fen: number;
  cost_fen: number;
}

/** Rows with their numbers as numbers (PostgreSQL sends bigint as text). */
const numbers = (res: unknown): MonthlySales[] =>
  (res as { rows: Record<string, unknown>[] }).rows.map((r) => ({ ...r, quantity: Number(r.quantity), sales_fen: Number(r.sales_fen), cost_fen: Number(r.cost_fen) }) as MonthlySales);

/** What sales_monthly keeps for a customer, by month and product. */
export async function salesMonthlyOf(db: Db, customerId: string): Promise<MonthlySales[]> {
  return numbers(await db.execute(sql`select product_id, month::text as month, quantity, sales_fen, cost_fen from sales_monthly where customer_id = ${customerId} order by month, product_id`));
}

/** The same sums from the customer's order lines: what sales_monthly must equal. */
export async function orderLineSumsOf(db: Db, customerId: string): Promise<MonthlySales[]> {
  return numbers(
    await db.execute(sql`
    select l.product_id, to_char(date_trunc('month', o.order_date), 'YYYY-MM-DD') as month, sum(l.quantity)::int as quantity, sum(l.amount_fen)::bigint as sales_fen, sum(l.cost_fen)::bigint as cost_fen
    from order_lines l join orders o on o.org_id = l.org_id and o.id = l.order_id
    where o.customer_id = ${customerId} group by 1, 2 order by 2, 1`),
  );
}
