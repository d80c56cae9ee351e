import { and, asc, desc, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { customers } from '../../db/schema';

/** Where a page starts: the list's sort value as text (name, or last update) and the customer's id. */
export type ListKey = readonly [string, string];

/** An order of the customer list, with the row comparisons that cut it at a key. */
export interface ListOrder {
  orderBy: SQL[];
  /** The key columns (sort value, id), as a subquery selects them. */
  key: SQL;
  /** A subquery's rows by its first two columns (the key), in list order and reversed. */
  forward: SQL;
  reversed: SQL;
  /** A cursor's key as SQL values. */
  values(key: ListKey): SQL;
  /** Rows after a key (values, or a row subquery): an index range. */
  after(key: SQL): SQL;
  /** The same as a filter no index serves: a range over most of the table is not worth reading as a bitmap. */
  afterUnindexed(key: SQL): SQL;
  /** Rows up to and including a key. */
  upTo(key: SQL): SQL;
}

export const BY_NAME: ListOrder = {
  orderBy: [asc(customers.name), asc(customers.id)],
  key: sql`${customers.name}, ${customers.id}`,
  forward: sql`1, 2`,
  reversed: sql`1 desc, 2 desc`,
  values: ([name, id]) => sql`(${name}, ${id}::uuid)`,
  after: (key) => sql`(${customers.name}, ${customers.id}) > ${key}`,
  afterUnindexed: (key) => sql`(${customers.name} || '', ${customers.id}) > ${key}`,
  upTo: (key) => sql`(${customers.name}, ${customers.id}) <= ${key}`,
};

export const BY_UPDATED: ListOrder = {
  orderBy: [desc(customers.updatedAt), desc(customers.id)],
  key: sql`${customers.updatedAt}, ${customers.id}`,
  forward: sql`1 desc, 2 desc`,
  reversed: sql`1, 2`,
  values: ([at, id]) => sql`(${at}::timestamptz, ${id}::uuid)`,
  after: (key) => sql`(${customers.updatedAt}, ${customers.id}) < ${key}`,
  afterUnindexed: (key) => sql`(${customers.updatedAt} + interval '0', ${customers.id}) < ${key}`,
  upTo: (key) => sql`(${customers.updatedAt}, ${customers.id}) >= ${key}`,
};

/**
 * How many customers of the walked scope, in list order, a page reads before it asks the filters' own indexes
 * instead: a filter that keeps more than one customer in WALK_LIMIT / page size has its page within the walk. Measured
 * with bench/customers-search.ts (docs/benchmarks.md, "Customer list and search").
 */
export const WALK_LIMIT = 5000;
/** At most this many rows found through the filters' indexes are sorted; a filter that finds more is common after all. */
export const SORT_LIMIT = 10_000;

export interface PageQuery {
  /** What the list walks in order: the actor's scope, narrowed to an office or an owner (the ordered indexes' prefixes). */
  walk: SQL | undefined;
  /** Conditions that keep nearly every row (not deleted). */
  always: SQL | undefined;
  /** Conditions that may keep few rows: search, type, region, status, tag… */
  filters: SQL[];
  order: ListOrder;
  after: ListKey | null;
  /** Rows wanted. */
  limit: number;
  /** WALK_LIMIT and SORT_LIMIT, unless a test makes them small. */
  walkLimit?: number;
  sortLimit?: number;
}

/** Reads the rows of one page: `select` builds the query for a condition and a row limit, in `order`. */
export type PageSelect<T> = (db: Db, where: SQL | undefined, limit: number) => Promise<T[]>;

/**
 * The rows of a page, in list order, without a slow plan for either a common or a rare filter. PostgreSQL's estimate
 * of how many rows a `LIKE '%…%'` keeps decides between walking the ordered index and filtering (good when many rows
 * match) and reading the trigram index and sorting (good when few do), and a wrong estimate costs seconds at a
 * million customers. So the page is read in steps, each with a bounded cost:
 * 1. the filtered rows among the next `walkLimit` rows of the walk (an index range that ends at the walk's last row,
 *    found by a subquery) — one statement, and the whole page when the filter is common;
 * 2. if that is less than a page, the rest after that range through the filters' indexes, at most `sortLimit` of them,
 *    sorted — and the page's rows by id;
 * 3. if that finds `sortLimit`, the filter is common after all (the walk crossed a stretch without it):
 *    the rest by walking on, with bitmap and sequential scans switched off for its transaction.
 */
export async function readPage<T>(db: Db, p: PageQuery, select: PageSelect<T>): Promise<T[]> {
  const { order } = p;
  const start = and(p.walk, p.after ? order.after(order.values(p.after)) : undefined);
  if (p.filters.length === 0) return select(db, and(start, p.always), p.limit);
  const walkLimit = p.walkLimit ?? WALK_LIMIT;
  const sortLimit = p.sortLimit ?? SORT_LIMIT;
  const end = sql`(select * from (select ${order.key} from ${customers} where ${start} order by ${sql.join(order.orderBy, sql`, `)} limit ${walkLimit}) w order by ${order.reversed} limit 1)`;
  const near = await select(db, and(start, order.upTo(end), p.always, ...p.filters), p.limit);
  if (near.length >= p.limit) return near;

  const wanted = p.limit - near.length;
  // Nothing beyond the walk's last row when the walk was shorter than walkLimit: the one-time filter skips the scan.
  const longer = sql`exists (select 1 from ${customers} where ${start} offset ${walkLimit} limit 1)`;
  const beyond = and(longer, p.walk, order.afterUnindexed(end), p.always, ...p.filters);
  const found = (await db.execute(
    sql`select c.*, count(*) over () as found from (select ${order.key} from ${customers} where ${beyond} limit ${sortLimit}) c order by ${order.forward} limit ${wanted}`,
  )) as unknown as { rows: { id: string; found: number | string }[] };
  const rows = found.rows;
  if (rows.length === 0) return near;
  if (Number(rows[0]!.found) < sortLimit) {
    return [...near, ...(await select(db, and(p.walk, inArray(customers.id, rows.map((r) => r.id))), wanted))];
  }
  const walked = await db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('enable_bitmapscan', 'off', true), set_config('enable_seqscan', 'off', true)`);
    return select(tx as unknown as Db, and(p.walk, order.after(end), p.always, ...p.filters), wanted);
  });
  return [...near, ...walked];
}
