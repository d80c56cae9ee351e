import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/dates';
import { valueWindows } from '../../../domain/sales/value';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customers, salesMonthly } from '../../db/schema';
import { pickedCustomers, type ScopePicks } from '../abc/abc-scope';

export const VALUE_SORTS = ['historicalSales', 'historicalMargin', 'currentSales', 'currentMargin', 'change'] as const;
export type ValueSort = (typeof VALUE_SORTS)[number];

export interface ValueQuery extends ScopePicks {
  sort: ValueSort;
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/**
 * Sums over the monthly aggregates: all-time sales and cost, and sales and cost in the current and previous 12
 * months (value.ts windows, taken by month: a month counts when its first day falls inside the window).
 */
function valueColumns(asOf: IsoDate) {
  const { current, previous } = valueWindows(asOf);
  const sum = (column: SQL, from: IsoDate | null, to: IsoDate) =>
    sql<number>`coalesce(sum(${column}) filter (where ${salesMonthly.month} <= ${to}${from ? sql` and ${salesMonthly.month} >= ${from}` : sql``}), 0)::bigint`;
  const sales = sql`${salesMonthly.salesFen}`;
  const cost = sql`${salesMonthly.costFen}`;
  return {
    historicalSales: sum(sales, null, asOf),
    historicalCost: sum(cost, null, asOf),
    currentSales: sum(sales, current.from, current.to),
    currentCost: sum(cost, current.from, current.to),
    previousSales: sum(sales, previous.from, previous.to),
  };
}

const num = (x: unknown) => Number(x ?? 0);

/** One page of the customers in scope with their value figures, sorted in the database; totals for all of them. */
export async function customerValuePage(db: Db, actor: Actor, asOf: IsoDate, q: ValueQuery) {
  const col = valueColumns(asOf);
  const sortKey: Record<ValueSort, SQL> = {
    historicalSales: col.historicalSales,
    historicalMargin: sql`${col.historicalSales} - ${col.historicalCost}`,
    currentSales: col.currentSales,
    currentMargin: sql`${col.currentSales} - ${col.currentCost}`,
    change: sql`${col.currentSales} - ${col.previousSales}`,
  };
  const where = pickedCustomers(actor, q);
  const joined = and(eq(salesMonthly.orgId, customers.orgId), eq(salesMonthly.customerId, customers.id));
  const direction = q.order === 'asc' ? asc : desc;
  const [rows, [totals], [count]] = await Promise.all([
    db
      .select({ customerId: customers.id, ...col })
      .from(customers)
      .leftJoin(salesMonthly, joined)
      .where(where)
      .groupBy(customers.id)
      .orderBy(direction(sortKey[q.sort]), asc(customers.id))
      .offset(q.offset)
      .limit(q.limit),
    db.select(col).from(customers).innerJoin(salesMonthly, joined).where(where),
    db.select({ n: sql<number>`count(*)::int` }).from(customers).where(where),
  ]);
  const figures = (r: Record<keyof typeof col, unknown>) => ({
    historicalSales: num(r.historicalSales),
    historicalCost: num(r.historicalCost),
    currentSales: num(r.currentSales),
    currentCost: num(r.currentCost),
    previousSales: num(r.previousSales),
  });
  return {
    rows: rows.map((r) => ({ customerId: r.customerId, ...figures(r) })),
    totals: { customers: num(count?.n), ...figures(totals ?? { historicalSales: 0, historicalCost: 0, currentSales: 0, currentCost: 0, previousSales: 0 }) },
  };
}
