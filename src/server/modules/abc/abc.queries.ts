import { and, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { CustomerSales } from '../../../domain/sales/abc';
import type { Db } from '../../db/client';
import { customers, offices, salesMonthly, users } from '../../db/schema';
import { periodDates, type MonthPeriod } from './abc-period';

/** The ids of the customers a condition on the customers table selects (one scan of customers). */
export async function customerIds(db: Db, population: SQL): Promise<string[]> {
  return (await db.select({ id: customers.id }).from(customers).where(population)).map((r) => r.id);
}

/**
 * Every customer of the population with its sales in the period (null: no sales at all). The order lines were
 * summed per month when they were written; here the months of the period are summed per customer in one scan of
 * sales_monthly, and matched to the population in memory. Two single-table queries on purpose: a join of the two
 * leaves the plan to table statistics, and without them (fresh tables, PGlite has no autovacuum) the planner picks
 * a nested loop that rescans the month index once per customer.
 */
export async function customerSales(db: Db, orgId: string, population: SQL, period: MonthPeriod): Promise<CustomerSales[]> {
  const { firstMonth, lastMonth } = periodDates(period);
  const [ids, sums] = await Promise.all([
    customerIds(db, population),
    db
      .select({ customerId: salesMonthly.customerId, amountFen: sql<number>`sum(${salesMonthly.salesFen})::bigint` })
      .from(salesMonthly)
      .where(and(eq(salesMonthly.orgId, orgId), gte(salesMonthly.month, firstMonth), lte(salesMonthly.month, lastMonth)))
      .groupBy(salesMonthly.customerId),
  ]);
  const amounts = new Map(sums.map((r) => [r.customerId, Number(r.amountFen)]));
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
