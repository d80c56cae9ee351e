import { eq, sql, type SQL } from 'drizzle-orm';
import { CUSTOMER_STATUSES } from '../../../domain/customers/customer-options';
import type { Db } from '../../db/client';
import { customerTypes, customers } from '../../db/schema';
import type { ListKey } from './list-pages.queries';

/** The region codes under a prefix as a range: [low, high) — high null when the prefix is all nines. */
export function regionRange(prefix: string): { low: string; high: string | null } {
  const next = String(Number(prefix) + 1).padStart(prefix.length, '0');
  return { low: prefix, high: next.length === prefix.length ? next : null };
}

const textArray = (values: string[]) => sql`array[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;

/** A list filtered by region (and perhaps type and status) across the whole organisation, by name. */
export interface RegionMergeQuery {
  orgId: string;
  /** The region prefix (a province, a city or a county code's significant digits). */
  prefix: string;
  typeCode: string | undefined;
  status: string | undefined;
  after: ListKey | null;
  limit: number;
}

/**
 * The ids of a page of the organisation's customers in a region, by name, read as a merge of short ordered runs.
 * The region/type/status index holds, for each county, type and status, the customers by name; so each such branch
 * gives its first `limit` keys after the cursor from the index alone, and the page is the first `limit` of their
 * union. The counties are found by skipping through the same index (one probe per county), the types come from the
 * organisation's list, the statuses are the three there are. The work is (branches × limit) index entries however
 * many customers match — where sorting every match read up to thousands of keys for each page.
 */
export async function regionMergedIds(db: Db, q: RegionMergeQuery): Promise<string[]> {
  const { low, high } = regionRange(q.prefix);
  const below = (column: SQL) => (high === null ? sql`true` : sql`${column} < ${high}`);
  const types = q.typeCode ? [q.typeCode] : (await db.select({ code: customerTypes.code }).from(customerTypes).where(eq(customerTypes.orgId, q.orgId))).map((t) => t.code);
  const statuses = q.status ? [q.status] : [...CUSTOMER_STATUSES];
  if (types.length === 0) return [];
  const after = q.after ? sql`and (c.name, c.id) > (${q.after[0]}, ${q.after[1]}::uuid)` : sql``;
  const result = (await db.execute(sql`
    with recursive counties(code) as (
      select (select min(region_code) from ${customers} where org_id = ${q.orgId} and region_code >= ${low} and ${below(sql`region_code`)})
      union all
      select (select min(region_code) from ${customers} where org_id = ${q.orgId} and region_code > counties.code and ${below(sql`region_code`)})
      from counties where counties.code is not null
    )
    select k.id from counties
      cross join unnest(${textArray(types)}) as t(code)
      cross join unnest(${textArray(statuses)}) as s(code)
      cross join lateral (
        select c.name, c.id from ${customers} c
        where c.org_id = ${q.orgId} and c.region_code = counties.code and c.type_code = t.code and c.status = s.code
          and c.deleted_at is null ${after}
        order by c.name, c.id limit ${q.limit}
      ) k
    where counties.code is not null
    order by k.name, k.id limit ${q.limit}`)) as unknown as { rows: { id: string }[] };
  return result.rows.map((r) => r.id);
}
