/**
 * Two years of orders for the benchmark organisation's customers, written in SQL (INSERT … SELECT over
 * generate_series), so that 2,000,000 order lines take seconds rather than the minutes row-by-row inserts would.
 * The plan (who buys how much, when they started and stopped) is drawn in JavaScript per customer; the orders and
 * lines follow from it in the database. Pareto-shaped: customer weights are Pareto-distributed (a few customers buy
 * most), prospects never buy, lost customers stopped 7–18 months ago, a tenth of the active ones stopped within the
 * last six months and another tenth started later. Every 40th order of a customer is a return. sales_monthly is then
 * rebuilt with the application's own rebuildSalesMonthly. All in one transaction, marked done in bench_abc_loaded.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { addMonths } from '../../src/domain/calendar/dates';
import type { Db } from '../../src/server/db/client';
import { customers, orgs, products } from '../../src/server/db/schema';
import { Rng } from '../../src/server/demo/customers/random';
import { insertAsJson } from '../../src/server/demo/insert-json';
import { DEMO_PRODUCTS } from '../../src/server/demo/sales/products';
import { rebuildSalesMonthly } from '../../src/server/modules/sales/sales-monthly';
import { apportion } from '../customers-search/plan';

export interface SalesSpec {
  orgCode: string;
  lines: number;
  /** First day of the first of the 24 months (the month 24 months before the current one). */
  firstMonth: string;
}

/** The demo catalogue twice: as sold, and a large pack at 1.8 times the price (30 products). */
const CATALOGUE = [
  ...DEMO_PRODUCTS.map(({ weight: _w, season: _s, ...p }) => p),
  ...DEMO_PRODUCTS.map(({ weight: _w, season: _s, ...p }) => ({ ...p, code: `${p.code}-L`, spec: `${p.spec}×5`, listPriceFen: Math.round(p.listPriceFen * 1.8), costFen: Math.round(p.costFen * 1.8) })),
];
/** Steps through the catalogue coprime to its size: the lines of one order name different products. */
const STEPS = [1, 7, 11, 13, 17, 19, 23, 29];
const TYPE_SIZE: Record<string, number> = { county_hospital: 6, county_tcm_hospital: 4, township_health_centre: 2.5, distributor: 8, supermarket_ka: 2, village_clinic: 0.6, private_clinic: 0.7, village_pharmacy: 1 };
const PARETO_ALPHA = 1.2;
const MONTHS = 24;

interface Buyer {
  customer_id: string;
  from_date: string;
  days: number;
  orders: number;
  lines: number;
  product_offset: number;
  product_step: number;
}

/** The months a customer bought in, [start, stop) of the 24, or null for a prospect. */
function activeMonths(rng: Rng, status: string): [number, number] | null {
  if (status === 'prospect') return null;
  if (status === 'lost') return [0, MONTHS - rng.int(7, 18)];
  const r = rng.next();
  if (r < 0.1) return [0, MONTHS - rng.int(1, 6)];
  if (r < 0.2) return [rng.int(3, 18), MONTHS];
  return [0, MONTHS];
}

/** Who buys, how many lines in how many orders, over which days; the lines add up to `lines` exactly. */
export function planBuyers(rows: readonly { id: string; typeCode: string; status: string }[], lines: number, firstMonth: string): Buyer[] {
  const rng = new Rng('bench-abc-sales');
  const drafts = rows.flatMap((c, i) => {
    const crng = rng.fork(`customer-${i}`);
    const months = activeMonths(crng, c.status);
    if (!months) return [];
    const pareto = Math.min(400, (1 - crng.next()) ** (-1 / PARETO_ALPHA));
    const weight = (TYPE_SIZE[c.typeCode] ?? 2) * pareto * ((months[1] - months[0]) / MONTHS);
    return [{ id: c.id, months, weight, perOrder: 1 + crng.int(0, 5), offset: crng.int(0, CATALOGUE.length - 1), step: crng.pick(STEPS) }];
  });
  const shares = apportion(lines, drafts.map((d) => d.weight));
  return drafts.flatMap((d, i): Buyer[] => {
    const n = shares[i]!;
    if (n === 0) return [];
    const from = addMonths(firstMonth, d.months[0]);
    const to = addMonths(firstMonth, d.months[1]);
    const days = (Date.parse(to) - Date.parse(from)) / 86_400_000;
    // At most one order a day and never more lines per order than products in the catalogue.
    const orders = Math.min(days, n, Math.max(Math.ceil(n / CATALOGUE.length), Math.round(n / d.perOrder)));
    return [{ customer_id: d.id, from_date: from, days, orders, lines: n, product_offset: d.offset, product_step: d.step }];
  });
}

/**
 * Every line of every order, computed from the plan (bench_abc_orders, bench_abc_products): read twice, once for the
 * orders' totals and once for the lines, so that an order's amount is the sum of its lines by construction.
 */
const LINES = `
  select o.org_id, o.id as order_id, o.customer_id, o.kind, o.order_date, o.return_of, g.n as line_no, p.id as product_id,
    q.quantity, p.list_price_fen as unit_price_fen, q.quantity * p.list_price_fen as amount_fen, q.quantity * p.cost_fen as cost_fen
  from bench_abc_orders o
  cross join lateral generate_series(1, o.nlines) g(n)
  join bench_abc_products p on p.idx = (o.product_offset + (g.n - 1) * o.product_step) % ${CATALOGUE.length}
  cross join lateral (select case when o.kind = 'return' then -(1 + abs(hashtext(o.id::text || g.n)) % 3)
                                  else 1 + abs(hashtext(o.id::text || g.n)) % 20 end as quantity) q`;

async function stage(tx: Db, orgId: string, buyers: Buyer[], productIds: string[]): Promise<void> {
  await tx.execute(sql`create temp table bench_abc_buyers (customer_id uuid, from_date date, days int, orders int, lines int, product_offset int, product_step int) on commit drop`);
  for (let i = 0; i < buyers.length; i += 5000) {
    await tx.execute(sql`insert into bench_abc_buyers select * from jsonb_populate_recordset(null::bench_abc_buyers, ${JSON.stringify(buyers.slice(i, i + 5000))}::jsonb)`);
  }
  const catalogue = CATALOGUE.map((p, idx) => ({ idx, id: productIds[idx], list_price_fen: p.listPriceFen, cost_fen: p.costFen }));
  await tx.execute(sql`create temp table bench_abc_products (idx int primary key, id uuid, list_price_fen bigint, cost_fen bigint) on commit drop`);
  await tx.execute(sql`insert into bench_abc_products select * from jsonb_populate_recordset(null::bench_abc_products, ${JSON.stringify(catalogue)}::jsonb)`);
  // Order k of a customer: spread evenly over its days; its lines are its share of the customer's lines.
  await tx.execute(sql`
    create temp table bench_abc_orders on commit drop as
    select ${orgId}::uuid as org_id, md5(b.customer_id::text || ':' || k)::uuid as id, b.customer_id,
      case when k % 40 = 0 then 'return' else 'sale' end as kind,
      case when k % 40 = 0 then md5(b.customer_id::text || ':' || (k - 1))::uuid end as return_of,
      b.from_date + ((k - 1) * b.days / b.orders + abs(hashtext(b.customer_id::text || k)) % greatest(1, b.days / b.orders))::int as order_date,
      (b.lines::bigint * k / b.orders - b.lines::bigint * (k - 1) / b.orders)::int as nlines,
      b.product_offset, b.product_step
    from bench_abc_buyers b cross join lateral generate_series(1, b.orders) k`);
  await tx.execute(sql`analyze bench_abc_orders`);
}

async function alreadyLoaded(db: Db, spec: SalesSpec): Promise<boolean> {
  await db.execute(sql`create table if not exists bench_abc_loaded (org_code text primary key, lines int not null, first_month text not null, loaded_at timestamptz not null default now())`);
  const { rows } = (await db.execute(sql`select lines, first_month from bench_abc_loaded where org_code = ${spec.orgCode}`)) as unknown as { rows: { lines: number; first_month: string }[] };
  return rows[0]?.lines === spec.lines && rows[0].first_month === spec.firstMonth;
}

/**
 * Loads the sales unless the same number of lines over the same 24 months is there already (a new month moves the
 * months, and the sales are generated again); returns whether anything was written.
 */
export async function loadAbcSales(db: Db, spec: SalesSpec, log: (line: string) => void): Promise<boolean> {
  if (await alreadyLoaded(db, spec)) return false;
  const started = performance.now();
  const [org] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, spec.orgCode));
  if (!org) throw new Error(`no organisation ${spec.orgCode}: load the customers first`);
  const orgId = org.id;
  const rows = await db
    .select({ id: customers.id, typeCode: customers.typeCode, status: customers.status })
    .from(customers)
    .where(eq(customers.orgId, orgId))
    .orderBy(asc(customers.regionCode), asc(customers.name));
  const buyers = planBuyers(rows, spec.lines, spec.firstMonth);
  const secs = () => ((performance.now() - started) / 1000).toFixed(1);
  log(`${spec.orgCode}: ${buyers.length.toLocaleString('en')} of ${rows.length.toLocaleString('en')} customers buy, ${buyers.reduce((s, b) => s + b.orders, 0).toLocaleString('en')} orders, ${spec.lines.toLocaleString('en')} lines (planned in ${secs()} s)`);
  await db.transaction(async (t) => {
    const tx = t as unknown as Db;
    // Foreign keys hold by construction (every id comes from the tables just read or written): the per-row checks
    // (order → customer, line → order and product) are switched off for this transaction, as a bulk restore does.
    await tx.execute(sql`set local session_replication_role = replica`);
    for (const table of ['sales_monthly', 'collections', 'order_lines', 'orders', 'products']) await tx.execute(sql`delete from ${sql.identifier(table)} where org_id = ${orgId}`);
    await tx.execute(sql`delete from bench_abc_loaded where org_code = ${spec.orgCode}`);
    const productIds = CATALOGUE.map(() => randomUUID());
    await insertAsJson(tx, products, CATALOGUE.map((p, i) => ({ ...p, orgId, id: productIds[i]! })));
    await stage(tx, orgId, buyers, productIds);
    log(`${spec.orgCode}: orders planned (${secs()} s)`);
    await tx.execute(sql.raw(`
      insert into orders (org_id, id, customer_id, kind, order_date, return_of, source, amount_fen, cost_fen, created_at)
      select org_id, order_id, customer_id, kind, order_date, return_of, 'import', sum(amount_fen), sum(cost_fen), order_date + time '10:00' - interval '8 hours'
      from (${LINES}) l group by org_id, order_id, customer_id, kind, order_date, return_of`));
    log(`${spec.orgCode}: orders written (${secs()} s)`);
    await tx.execute(sql.raw(`
      insert into order_lines (org_id, order_id, line_no, product_id, quantity, unit_price_fen, amount_fen, cost_fen)
      select org_id, order_id, line_no, product_id, quantity, unit_price_fen, amount_fen, cost_fen from (${LINES}) l`));
    log(`${spec.orgCode}: order lines written (${secs()} s)`);
    // Statistics for the rebuild's join: without them the planner takes the fresh tables for empty ones and rescans
    // the lines once per order (a nested loop: minutes at 100,000 lines).
    await tx.execute(sql`analyze orders, order_lines`);
    await rebuildSalesMonthly(tx, orgId);
    log(`${spec.orgCode}: sales_monthly rebuilt (${secs()} s)`);
    await tx.execute(sql`insert into bench_abc_loaded (org_code, lines, first_month) values (${spec.orgCode}, ${spec.lines}, ${spec.firstMonth})`);
  });
  log('vacuum analyze …');
  await db.execute(sql`vacuum (analyze)`);
  log(`${spec.orgCode}: sales loaded in ${secs()} s`);
  return true;
}

/** The first day of the month 24 months before the month of `today`: the data ends with the last full month. */
export const firstMonthBefore = (today: string) => addMonths(`${today.slice(0, 7)}-01`, -MONTHS);
