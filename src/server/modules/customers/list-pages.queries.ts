import { and, asc, desc, sql, type SQL } from 'drizzle-orm';
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
 * How many customers of the scope, in list order, a page walks at most before it asks the filters' own indexes
 * instead. Measured with bench/customers-search.ts (docs/benchmarks.md, "Customer list and search").
 */
export const WALK_LIMIT = 20_000;
/** How many rows of the scope a filtered page walks first when the estimates send it to the filters' indexes… */
export const PROBE_LIMIT = 500;
/** …in a scope of at most this many rows (an office, a rep: where a filter can be common that estimates call rare). */
export const PROBE_SCOPE_ROWS = 100_000;
/**
 * A walk first reads this many rows, then goes on only where what they held says the page is near: within
 * WALK_ON_ROWS more rows at the density found. Otherwise the estimates were wrong (PostgreSQL's fixed fallback for
 * a `LIKE '%…%'` its statistics do not know) and the rest comes through the filters' indexes.
 */
export const WALK_FIRST_ROWS = 500;
export const WALK_ON_ROWS = 5_000;
/** At most this many rows found through the filters' indexes are sorted; a filter that finds more is common after all. */
export const SORT_LIMIT = 10_000;

/** How a page is read: walking the scope in list order, or through the filters' indexes (tests force either). */
export type PagePath = 'walk' | 'index';

/** Test overrides of the limits above, and of the planner's choice of path. */
export interface PageLimits {
  probeLimit?: number;
  walkLimit?: number;
  /** The first stretch of a walk (WALK_FIRST_ROWS); the benchmark's count of all matches walks everything at once. */
  walkFirstRows?: number;
  sortLimit?: number;
  path?: PagePath;
}

export interface PageQuery extends PageLimits {
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
}

/** Reads the rows of one page: `select` builds the query for a condition and a row limit, in `order`. */
export type PageSelect<T> = (db: Db, where: SQL | undefined, limit: number) => Promise<T[]>;

/**
 * The planner's estimates of how many customers the scope holds and how many of them the filters keep, from one
 * EXPLAIN (planning only, nothing is read) of both counted side by side.
 */
async function estimatedRows(db: Db, scope: SQL | undefined, filtered: SQL | undefined): Promise<{ rows: number; matches: number }> {
  const result = (await db.execute(
    sql`explain (format json) select 1 from ${customers} where ${scope} union all select 1 from ${customers} where ${filtered}`,
  )) as unknown as { rows: Record<string, unknown>[] };
  const cell = Object.values(result.rows[0] ?? {})[0];
  type Node = { 'Plan Rows': number; Plans?: Node[] };
  const [plan] = (typeof cell === 'string' ? JSON.parse(cell) : cell) as { Plan: Node }[];
  const [all, kept] = plan?.Plan.Plans ?? [];
  return { rows: Number(all?.['Plan Rows'] ?? 0), matches: Number(kept?.['Plan Rows'] ?? 0) };
}

/**
 * Walking finds a page after about limit × scope ÷ matches rows; the filters' indexes read every match. Walk when that
 * is fewer, by the planner's estimates (which can be far off for `LIKE '%…%'`: both paths below are bounded).
 */
async function choosePath(db: Db, scope: SQL | undefined, filtered: SQL | undefined, limit: number): Promise<{ path: PagePath; rows: number; sure: boolean }> {
  const { rows, matches } = await estimatedRows(db, scope, filtered);
  const favour = (matches * matches) / (limit * Math.max(rows, 1));
  return { path: favour >= WALK_BIAS ? 'walk' : 'index', rows, sure: favour >= SURE_WALK_BIAS };
}

/**
 * How strongly the estimates must favour the walk. Where the trigram statistics do not know a pattern, PostgreSQL
 * falls back to a fixed 1 % or 2 % of the rows, which for a pattern in a few thousand of 1,000,000 names (卫生院, wsy)
 * said "walk" by a factor of 2 — and walking 20,000 rows took 160–180 ms where the index path took 36–49 ms. A common
 * pattern the statistics know (卫生室, ws: hundreds of thousands) favours the walk by a factor of thousands.
 */
const WALK_BIAS = 4;
/**
 * Estimates that favour the walk by this much come from statistics that know the pattern (卫生室, ws: thousands):
 * the walk goes straight on. Below it (PostgreSQL's fixed fallback gives 卫生院 and wsy about 8), the walk's first
 * stretch decides. Not always: matches can cluster in name order, so a first stretch without them proves little.
 */
const SURE_WALK_BIAS = 100;

/**
 * The filtered rows among the scope's rows in list order, at most `walkLimit` of them walked (or all), as a
 * condition on the id. The scope is read in a subquery with its own LIMIT (or OFFSET 0), which the planner neither
 * flattens nor pushes the filters into: whatever it estimates, it walks the ordered index and stops once it has
 * `wanted` rows.
 */
function walked(p: PageQuery, scope: SQL | undefined, walkLimit: number | null, wanted: number): SQL {
  const orderBy = sql.join(p.order.orderBy, sql`, `);
  const bound = walkLimit === null ? sql`offset 0` : sql`limit ${walkLimit}`;
  return sql`${customers.id} in (select ${customers.id} from (select * from ${customers} where ${scope} order by ${orderBy} ${bound}) ${customers} where ${and(...p.filters)} order by ${orderBy} limit ${wanted})`;
}

/** The key of the scope's `n`th row in list order (an index-only read), or null when the scope has fewer rows. */
function nthKey(p: PageQuery, scope: SQL | undefined, n: number): SQL {
  return sql`(select ${p.order.key} from ${customers} where ${scope} order by ${sql.join(p.order.orderBy, sql`, `)} offset ${n - 1} limit 1)`;
}

/**
 * The rows of a page, in list order, without a slow plan for either a common or a rare filter. Which is cheaper —
 * walking the ordered index and filtering (a common filter) or reading the filters' indexes and sorting (a rare one)
 * — is decided on the planner's estimates, and each path is bounded for when they are wrong:
 * - before the filters' indexes of a small scope, a short probe walk (`probeLimit` rows): a filter that is common in
 *   the scope (an office's own region, which the estimates do not see) finds its page there;
 * - walk: where the estimates are sure, up to `walkLimit` rows; else WALK_FIRST_ROWS, then — if they held enough
 *   matches for the page to be near — up to `walkLimit` in all; if
 *   that is less than a page, the rest through the filters' indexes;
 * - filters' indexes: at most `sortLimit` rows, sorted, then the page's rows by id; if that finds `sortLimit`, the
 *   filter is common after all, and the rest is walked.
 */
export async function readPage<T>(db: Db, p: PageQuery, select: PageSelect<T>): Promise<T[]> {
  const { order } = p;
  const start = and(p.walk, p.after ? order.after(order.values(p.after)) : undefined);
  const scope = and(start, p.always);
  if (p.filters.length === 0) return select(db, scope, p.limit);
  // The ids as one array parameter (read back from the database, so plain uuids), however many there are.
  const byIds = async (ids: string[], wanted: number) =>
    ids.length === 0 ? [] : select(db, and(p.walk, sql`${customers.id} = any(${`{${ids.join(',')}}`}::uuid[])`), wanted);

  let rows: T[] = [];
  // Where the rest starts: the cursor, or the end of the last walk (as a subquery).
  let key: SQL | null = p.after ? order.values(p.after) : null;
  let walkedTo: SQL | undefined;
  // The scope's rows from where the rest starts, in list order.
  const rest = () => and(p.walk, key ? order.after(key) : undefined, p.always);
  const walkOn = async (rowsAtMost: number) => {
    const from = rest();
    rows = rows.concat(await select(db, and(p.walk, walked(p, from, rowsAtMost, p.limit - rows.length)), p.limit - rows.length));
    key = nthKey(p, from, rowsAtMost);
    // After a walk that read the rest of the scope there is nothing beyond its end: the one-time filter skips scans.
    walkedTo = sql`exists (select 1 from ${customers} where ${and(p.walk, order.after(key))} limit 1)`;
  };
  const chosen = p.path ? { path: p.path, rows: 0, sure: false } : await choosePath(db, scope, and(scope, ...p.filters), p.limit);
  // The probe, before the filters' indexes of a scope small enough for it to matter (a walk is its own probe).
  const probeLimit = p.probeLimit ?? (chosen.path === 'index' && chosen.rows <= PROBE_SCOPE_ROWS ? PROBE_LIMIT : 0);
  if (probeLimit > 0) {
    await walkOn(probeLimit);
    if (rows.length >= p.limit) return rows;
  }
  if (chosen.path === 'walk') {
    const walkLimit = p.walkLimit ?? WALK_LIMIT;
    const first = chosen.sure ? walkLimit : Math.min(p.walkFirstRows ?? WALK_FIRST_ROWS, walkLimit);
    await walkOn(first);
    if (rows.length >= p.limit) return rows;
    if (walkLimit > first && rows.length * WALK_ON_ROWS >= (p.limit - rows.length) * first) {
      await walkOn(walkLimit - first);
      if (rows.length >= p.limit) return rows;
    }
  }
  const wanted = p.limit - rows.length;
  const sortLimit = p.sortLimit ?? SORT_LIMIT;
  // Written so that no index serves the start, for the filters' indexes to be used.
  const unindexed = and(walkedTo, p.walk, key ? order.afterUnindexed(key) : undefined, p.always, ...p.filters);
  const found = (await db.execute(
    sql`select c.*, count(*) over () as found from (select ${order.key} from ${customers} where ${unindexed} limit ${sortLimit}) c order by ${order.forward} limit ${wanted}`,
  )) as unknown as { rows: { id: string; found: number | string }[] };
  if (found.rows.length === 0) return rows;
  if (Number(found.rows[0]!.found) < sortLimit) return [...rows, ...(await byIds(found.rows.map((r) => r.id), wanted))];
  return [...rows, ...(await select(db, and(p.walk, walked(p, rest(), null, wanted)), wanted))];
}
