import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

/** What a merge moved from the other customer to the survivor (rows counted per kind). */
export interface MovedActivity {
  orders: number;
  collections: number;
  visits: number;
  planVisits: number;
  specialApplications: number;
}

const count = (result: unknown) => (result as { rowCount?: number | null; affectedRows?: number }).rowCount ?? (result as { affectedRows?: number }).affectedRows ?? 0;

/**
 * Moves the other customer's working record to the survivor, in the merge's transaction: orders and collections (and
 * their monthly and period sums, added onto the survivor's, so ABC grading sees the merged sales), visit records and
 * plan visits, the visit rule override when the survivor has none, and new-customer special applications. Two things
 * stay where they are because they are already one record of the same visit: the other's visit by the same rep on a
 * day the survivor was also visited, and its plan visit on a day the same plan also visits the survivor. Monthly
 * 客情费 statements and spot checks are signed documents of their month and are not rewritten; past grades stay too.
 */
export async function moveCustomerActivity(db: Db, orgId: string, fromId: string, toId: string): Promise<MovedActivity> {
  const orders = count(await db.execute(sql`update orders set customer_id = ${toId} where org_id = ${orgId} and customer_id = ${fromId}`));
  const collections = count(await db.execute(sql`update collections set customer_id = ${toId} where org_id = ${orgId} and customer_id = ${fromId}`));
  await db.execute(sql`
    insert into sales_monthly (org_id, customer_id, month, product_id, quantity, sales_fen, cost_fen)
    select org_id, ${toId}, month, product_id, quantity, sales_fen, cost_fen from sales_monthly where org_id = ${orgId} and customer_id = ${fromId}
    on conflict (org_id, customer_id, month, product_id) do update set
      quantity = sales_monthly.quantity + excluded.quantity,
      sales_fen = sales_monthly.sales_fen + excluded.sales_fen,
      cost_fen = sales_monthly.cost_fen + excluded.cost_fen`);
  await db.execute(sql`delete from sales_monthly where org_id = ${orgId} and customer_id = ${fromId}`);
  // The same lock an order takes to add to the kept periods, so a period being built sees either both or neither.
  await db.execute(sql`select pg_advisory_xact_lock_shared(hashtext(${`sales-periods:${orgId}`}))`);
  await db.execute(sql`
    insert into sales_period_totals (org_id, first_month, last_month, customer_id, sales_fen)
    select org_id, first_month, last_month, ${toId}, sales_fen from sales_period_totals where org_id = ${orgId} and customer_id = ${fromId}
    on conflict (org_id, first_month, last_month, customer_id) do update set sales_fen = sales_period_totals.sales_fen + excluded.sales_fen`);
  await db.execute(sql`delete from sales_period_totals where org_id = ${orgId} and customer_id = ${fromId}`);
  const visits = count(
    await db.execute(sql`
      update visits v set customer_id = ${toId}
      where v.org_id = ${orgId} and v.customer_id = ${fromId}
        and not exists (select 1 from visits s where s.org_id = v.org_id and s.rep_id = v.rep_id and s.date = v.date and s.customer_id = ${toId})`),
  );
  const planVisits = count(
    await db.execute(sql`
      update visit_plan_items i set customer_id = ${toId}
      where i.org_id = ${orgId} and i.customer_id = ${fromId}
        and not exists (select 1 from visit_plan_items s where s.org_id = i.org_id and s.plan_id = i.plan_id and s.date = i.date and s.customer_id = ${toId})`),
  );
  await db.execute(sql`
    update customer_visit_rules set customer_id = ${toId}
    where org_id = ${orgId} and customer_id = ${fromId}
      and not exists (select 1 from customer_visit_rules s where s.org_id = ${orgId} and s.customer_id = ${toId})`);
  const specialApplications = count(
    await db.execute(sql`update expense_special_applications set customer_id = ${toId} where org_id = ${orgId} and customer_id = ${fromId}`),
  );
  return { orders, collections, visits, planVisits, specialApplications };
}
