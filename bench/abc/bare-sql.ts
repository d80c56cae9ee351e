/**
 * The baseline: ABC straight from the order lines with window functions, as one would write it without the
 * maintained sales_monthly — each customer's sales over the period, ranked, the running total with
 * sum() over (order by … rows unbounded preceding), and the class from the share before the customer (the rule in
 * src/domain/sales/abc.ts). The population is the API's: the app's own pickedCustomers condition for the same actor
 * and picks, rendered by drizzle's dialect. Every graded row is returned to the client, as the API reads them all.
 */
import { sql } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Actor } from '../../src/domain/identity/policies';
import type { AbcSettings } from '../../src/domain/sales/abc';
import { customers } from '../../src/server/db/schema';
import { periodDates, type MonthPeriod } from '../../src/server/modules/abc/abc-period';
import { pickedCustomers, type ScopePicks } from '../../src/server/modules/abc/abc-scope';
import type { Statement } from '../customers-search/bare-sql';

const dialect = new PgDialect();

export function bareAbcSql(actor: Actor, picks: ScopePicks, period: MonthPeriod, settings: AbcSettings): Statement {
  const { fromDate, toDate } = periodDates(period);
  const query = sql`
    with sales as (
      select o.customer_id, sum(l.amount_fen) as amount_fen
      from orders o
      join order_lines l on l.org_id = o.org_id and l.order_id = o.id
      where o.org_id = ${actor.orgId} and o.order_date between ${fromDate} and ${toDate}
        and o.customer_id in (select ${customers.id} from ${customers} where ${pickedCustomers(actor, picks)})
      group by o.customer_id
      having sum(l.amount_fen) > 0
    ), ranked as (
      select customer_id, amount_fen,
        row_number() over (order by amount_fen desc, customer_id) as rank,
        sum(amount_fen) over (order by amount_fen desc, customer_id rows unbounded preceding) as cumulative_fen,
        sum(amount_fen) over () as total_fen
      from sales
    )
    select customer_id, amount_fen, rank, cumulative_fen,
      case when (cumulative_fen - amount_fen) * 10000 < ${Math.round(settings.aPercent * 100)} * total_fen then 'A'
           when (cumulative_fen - amount_fen) * 10000 < ${Math.round(settings.bPercent * 100)} * total_fen then 'B'
           else 'C' end as grade
    from ranked
    order by rank`;
  const { sql: text, params } = dialect.sqlToQuery(query);
  return { text, params };
}
