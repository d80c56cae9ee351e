/** What a benchmark database holds for the measured organisation, for the report. */
import type { SqlTarget } from '../customers-search/bare-sql';

export interface DataFacts {
  customers: number;
  buyers: number;
  orders: number;
  lines: number;
  /** Lines in the measured period. */
  periodLines: number;
  salesMonthlyRows: number;
  firstMonth: string;
}

export async function dataFacts(sql: SqlTarget, orgCode: string, fromDate: string, toDate: string): Promise<DataFacts> {
  const [row] = await sql.rows<Record<keyof DataFacts, number | string>>(
    `with org as (select id from orgs where code = $1)
     select (select count(*) from customers where org_id = (select id from org))::int as customers,
       (select count(distinct customer_id) from orders where org_id = (select id from org))::int as buyers,
       (select count(*) from orders where org_id = (select id from org))::int as orders,
       (select count(*) from order_lines where org_id = (select id from org))::int as lines,
       (select count(*) from order_lines l join orders o on o.org_id = l.org_id and o.id = l.order_id
         where o.org_id = (select id from org) and o.order_date between $2 and $3)::int as "periodLines",
       (select count(*) from sales_monthly where org_id = (select id from org))::int as "salesMonthlyRows",
       (select first_month from bench_abc_loaded where org_code = $1) as "firstMonth"`,
    [orgCode, fromDate, toDate],
  );
  return row as unknown as DataFacts;
}
