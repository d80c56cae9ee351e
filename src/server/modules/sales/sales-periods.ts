import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { salesPeriods } from '../../db/schema';

/** How many periods an organisation keeps; building one more drops the one built longest ago. */
export const KEPT_PERIODS = 12;

/**
 * Order writers take this lock shared, a period's build exclusive, so that a build sees every order committed before
 * it and every order committed after it sees the built period (and adds itself to it).
 */
const lockKey = (orgId: string) => sql`hashtext(${`sales-periods:${orgId}`})`;

/**
 * Adds a customer's signed sales in one month to every kept period holding that month. Call it in the transaction
 * that writes the order, after sales_monthly (addToSalesMonthly does).
 */
export async function addToSalesPeriods(db: Db, orgId: string, customerId: string, month: string, salesFen: number): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock_shared(${lockKey(orgId)})`);
  await db.execute(sql`
    insert into sales_period_totals (org_id, first_month, last_month, customer_id, sales_fen)
    select p.org_id, p.first_month, p.last_month, ${customerId}, ${salesFen}
    from sales_periods p where p.org_id = ${orgId} and p.first_month <= ${month} and p.last_month >= ${month}
    on conflict (org_id, first_month, last_month, customer_id) do update set sales_fen = sales_period_totals.sales_fen + excluded.sales_fen`);
}

const periodIs = (orgId: string, firstMonth: string, lastMonth: string) =>
  and(eq(salesPeriods.orgId, orgId), eq(salesPeriods.firstMonth, firstMonth), eq(salesPeriods.lastMonth, lastMonth));

/** Builds the period's totals from sales_monthly unless they are kept already. */
export async function ensureSalesPeriod(db: Db, orgId: string, firstMonth: string, lastMonth: string): Promise<void> {
  const kept = async (d: Db) => (await d.select({ orgId: salesPeriods.orgId }).from(salesPeriods).where(periodIs(orgId, firstMonth, lastMonth))).length > 0;
  if (await kept(db)) return;
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    await tx.execute(sql`select pg_advisory_xact_lock(${lockKey(orgId)})`);
    if (await kept(tx)) return;
    await tx.insert(salesPeriods).values({ orgId, firstMonth, lastMonth });
    await tx.execute(sql`
      insert into sales_period_totals (org_id, first_month, last_month, customer_id, sales_fen)
      select org_id, ${firstMonth}::date, ${lastMonth}::date, customer_id, sum(sales_fen)
      from sales_monthly where org_id = ${orgId} and month >= ${firstMonth} and month <= ${lastMonth}
      group by org_id, customer_id`);
    await tx.execute(sql`
      delete from sales_periods where org_id = ${orgId} and (first_month, last_month) not in (
        select first_month, last_month from sales_periods where org_id = ${orgId} order by built_at desc, first_month desc, last_month desc limit ${KEPT_PERIODS})`);
  });
}

/**
 * Each customer's sales over a period (customers without sales in it are absent), building the period if need be.
 * The pairs come back as one text (id:fen,…), which for a whole organisation arrives several times faster than rows.
 */
export async function periodSales(db: Db, orgId: string, firstMonth: string, lastMonth: string): Promise<Map<string, number>> {
  await ensureSalesPeriod(db, orgId, firstMonth, lastMonth);
  const result = (await db.execute(sql`
    select string_agg(customer_id::text || ':' || sales_fen::text, ',') as pairs from sales_period_totals
    where org_id = ${orgId} and first_month = ${firstMonth} and last_month = ${lastMonth}`)) as unknown as { rows: { pairs: string | null }[] };
  const amounts = new Map<string, number>();
  for (const pair of result.rows[0]?.pairs?.split(',') ?? []) {
    const colon = pair.indexOf(':');
    amounts.set(pair.slice(0, colon), Number(pair.slice(colon + 1)));
  }
  return amounts;
}

/** Forgets an organisation's kept periods (after its sales_monthly was rebuilt in bulk). */
export async function dropSalesPeriods(db: Db, orgId: string): Promise<void> {
  await db.delete(salesPeriods).where(eq(salesPeriods.orgId, orgId));
}
