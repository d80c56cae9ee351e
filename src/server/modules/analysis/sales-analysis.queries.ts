import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customers, customerTypes, offices, products, salesMonthly, users } from '../../db/schema';
import { periodDates, type MonthPeriod } from '../abc/abc-period';
import { pickedCustomers, type ScopePicks } from '../abc/abc-scope';

export const GROUP_BYS = ['category', 'customerType', 'region', 'office', 'rep'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];
export type Interval = 'month' | 'quarter';

/**
 * What a row is grouped by, and its label. Customers count under their current office, owner, type and region
 * (a customer moved to another office brings its history along). Regions are grouped by prefecture (地级市).
 */
const GROUPS: Record<GroupBy, { key: SQL<string | null>; label: SQL<string | null> }> = {
  category: { key: sql`${products.category}`, label: sql`${products.category}` },
  customerType: { key: sql`${customers.typeCode}`, label: sql`${customerTypes.zh}` },
  region: { key: sql`substring(${customers.regionCode} from 1 for 4)`, label: sql`substring(${customers.regionCode} from 1 for 4)` },
  office: { key: sql`${customers.officeId}::text`, label: sql`${offices.name}` },
  rep: { key: sql`${customers.ownerId}::text`, label: sql`${users.displayName}` },
};

const BUCKETS: Record<Interval, SQL<string>> = {
  month: sql`to_char(${salesMonthly.month}, 'YYYY-MM')`,
  quarter: sql`to_char(${salesMonthly.month}, 'YYYY-"Q"Q')`,
};

/** Sales and cost per group and month (or quarter), summed in the database over the monthly aggregates in scope. */
export async function salesCells(db: Db, actor: Actor, period: MonthPeriod, groupBy: GroupBy, interval: Interval, picks: ScopePicks) {
  const { firstMonth, lastMonth } = periodDates(period);
  const group = GROUPS[groupBy];
  const bucket = BUCKETS[interval];
  const rows = await db
    .select({
      key: group.key,
      label: group.label,
      bucket,
      salesFen: sql<number>`sum(${salesMonthly.salesFen})::bigint`,
      costFen: sql<number>`sum(${salesMonthly.costFen})::bigint`,
      quantity: sql<number>`sum(${salesMonthly.quantity})::bigint`,
    })
    .from(salesMonthly)
    .innerJoin(customers, and(eq(customers.orgId, salesMonthly.orgId), eq(customers.id, salesMonthly.customerId)))
    .innerJoin(products, and(eq(products.orgId, salesMonthly.orgId), eq(products.id, salesMonthly.productId)))
    .leftJoin(customerTypes, and(eq(customerTypes.orgId, customers.orgId), eq(customerTypes.code, customers.typeCode)))
    .leftJoin(offices, and(eq(offices.orgId, customers.orgId), eq(offices.id, customers.officeId)))
    .leftJoin(users, and(eq(users.orgId, customers.orgId), eq(users.id, customers.ownerId)))
    .where(and(eq(salesMonthly.orgId, actor.orgId), gte(salesMonthly.month, firstMonth), lte(salesMonthly.month, lastMonth), pickedCustomers(actor, picks)))
    .groupBy(group.key, group.label, bucket);
  return rows.map((r) => ({ ...r, salesFen: Number(r.salesFen), costFen: Number(r.costFen), quantity: Number(r.quantity) }));
}
