import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { CustomerSales } from '../../../domain/sales/abc';
import type { Db } from '../../db/client';
import { customers, offices, users } from '../../db/schema';
import { periodSales } from '../sales/sales-periods';
import { periodDates, type MonthPeriod } from './abc-period';

/**
 * The ids of the customers a condition on the customers table selects (one scan of customers), sent back as one
 * comma-separated text: a hundred thousand ids arrive several times faster than as as many rows.
 */
export async function customerIds(db: Db, population: SQL): Promise<string[]> {
  const result = (await db.execute(sql`select string_agg(${customers.id}::text, ',') as ids from ${customers} where ${population}`)) as unknown as {
    rows: { ids: string | null }[];
  };
  const ids = result.rows[0]?.ids;
  return ids ? ids.split(',') : [];
}

/**
 * Every customer of the population with its sales in the period (null: no sales at all). The period's per-customer
 * totals are kept (sales-periods.ts: built once from sales_monthly, then updated by every order), and matched to the
 * population in memory: two single-table reads, whose plans do not depend on table statistics.
 */
export async function customerSales(db: Db, orgId: string, population: SQL, period: MonthPeriod): Promise<CustomerSales[]> {
  const { firstMonth, lastMonth } = periodDates(period);
  const [ids, amounts] = await Promise.all([customerIds(db, population), periodSales(db, orgId, firstMonth, lastMonth)]);
  return ids.map((customerId) => ({ customerId, amountFen: amounts.get(customerId) ?? null }));
}

export interface CustomerFacts {
  id: string;
  name: string;
  typeCode: string;
  regionCode: string | null;
  officeName: string | null;
  ownerName: string | null;
  grade: 'A' | 'B' | 'C' | 'none' | null;
}

/** Names and places of the customers on one page of a list. */
export async function customerFacts(db: Db, orgId: string, ids: readonly string[]): Promise<Map<string, CustomerFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: customers.id,
      name: customers.name,
      typeCode: customers.typeCode,
      regionCode: customers.regionCode,
      officeName: offices.name,
      ownerName: users.displayName,
      grade: customers.grade,
    })
    .from(customers)
    .leftJoin(offices, and(eq(offices.orgId, customers.orgId), eq(offices.id, customers.officeId)))
    .leftJoin(users, and(eq(users.orgId, customers.orgId), eq(users.id, customers.ownerId)))
    .where(and(eq(customers.orgId, orgId), inArray(customers.id, [...ids])));
  return new Map(rows.map((r) => [r.id, r]));
}
