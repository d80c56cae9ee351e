import { randomUUID } from 'node:crypto';
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import { customerSearchText } from '../../../../domain/customers/search-text';
import type { Actor } from '../../../../domain/identity/policies';
import type { Db } from '../../../db/client';
import { customers } from '../../../db/schema';
import { recordHistory, rowOf, type HistoryEntry } from '../customers.service';
import { creationChanges, type ImportPlan, type PlannedCreate } from './import-plan';

/** Rows per statement: one multi-row insert or one update from a JSON recordset. */
const CHUNK = 500;

type CustomerRow = typeof customers.$inferInsert;

/** The stored columns of a planned customer; the search text also finds it by its external code. */
function columnsOf(p: PlannedCreate): Omit<CustomerRow, 'orgId'> {
  const row = rowOf({ ...p.input, custom: p.custom }, p.placed);
  return { ...row, externalCode: p.externalCode, searchText: p.externalCode ? customerSearchText({ ...p.input, externalCode: p.externalCode }) : row.searchText };
}

/** The columns an import may change on a stored customer (important dates are not imported). */
const UPDATED = [
  'name', 'nameKey', 'searchText', 'typeCode', 'regionCode', 'address', 'lng', 'lat', 'datum', 'officeId', 'ownerId', 'status',
  'source', 'sourceNote', 'tags', 'creditCode', 'phones', 'profile', 'preferences', 'custom', 'externalCode', 'version', 'updatedAt',
] as const satisfies readonly (keyof CustomerRow)[];

/** Updates many customers in one statement: the new values travel as one JSON parameter spread by jsonb_populate_recordset. */
async function updateMany(db: Db, orgId: string, rows: (Pick<CustomerRow, (typeof UPDATED)[number]> & { id: string })[]): Promise<void> {
  const columns = getTableColumns(customers);
  const names = UPDATED.map((key) => columns[key].name);
  const json = rows.map((r) => Object.fromEntries([['org_id', orgId], ['id', r.id], ...UPDATED.map((key, i) => [names[i], r[key] ?? null])]));
  const set = sql.join(names.map((n) => sql`${sql.identifier(n)} = v.${sql.identifier(n)}`), sql`, `);
  await db.execute(sql`update ${customers} as c set ${set}
    from jsonb_populate_recordset(null::${customers}, ${JSON.stringify(json)}::jsonb) as v
    where c.org_id = v.org_id and c.id = v.id`);
}

/**
 * Writes a checked plan inside the caller's transaction: new customers in multi-row inserts, changed ones in
 * bulk updates (each one version up), and one history entry per customer ('create', or 'update' with the fields
 * that changed), all stamped `now` by the importing actor.
 */
export async function writePlan(db: Db, actor: Actor, plan: ImportPlan, now: Date, progress: (written: number) => void): Promise<void> {
  let written = 0;
  for (let i = 0; i < plan.creates.length; i += CHUNK) {
    const chunk = plan.creates.slice(i, i + CHUNK).map((p) => ({ id: randomUUID(), plan: p }));
    await db.insert(customers).values(chunk.map(({ id, plan: p }) => ({ orgId: actor.orgId, id, ...columnsOf(p), createdAt: now, updatedAt: now })));
    const history: HistoryEntry[] = chunk.map(({ id, plan: p }) => ({ customerId: id, entity: 'customer', entityId: id, action: 'create', changes: creationChanges(p, plan.fields) }));
    await recordHistory(db, actor, history, now);
    progress((written += chunk.length));
  }
  for (let i = 0; i < plan.updates.length; i += CHUNK) {
    const chunk = plan.updates.slice(i, i + CHUNK);
    await updateMany(db, actor.orgId, chunk.map((p) => ({ id: p.id, ...columnsOf(p), version: p.version + 1, updatedAt: now })));
    const history: HistoryEntry[] = chunk.map((p) => ({ customerId: p.id, entity: 'customer', entityId: p.id, action: 'update', changes: p.changes }));
    await recordHistory(db, actor, history, now);
    progress((written += chunk.length));
  }
}

/** Rows written above which the table's statistics and GIN indexes are brought up to date at once. */
const TIDY_AFTER = 1000;

/**
 * After a large import, the customers table's statistics still describe the table before it, and its GIN indexes
 * (phones, search text, custom values) hold the new entries in their unsorted pending lists, which every lookup
 * reads through (a phone lookup of 1,000 numbers took 3 s instead of 12 ms after 100,000 inserts). Autovacuum
 * fixes both in time; this does it at once, after commit. Best effort.
 */
export async function tidyAfterImport(db: Db, written: number): Promise<void> {
  if (written < TIDY_AFTER) return;
  await db
    .execute(
      sql`select gin_clean_pending_list(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am a on a.oid = c.relam
          where i.indrelid = to_regclass(${getTableName(customers)}) and a.amname = 'gin'`,
    )
    .catch(() => undefined);
  await db.execute(sql`analyze ${customers}`).catch(() => undefined);
}
