import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client';

/** Rows per insert statement. */
const BATCH = 500;

/**
 * Inserts rows a few hundred at a time, each batch sent as one jsonb parameter that
 * jsonb_populate_recordset spreads over the columns. On PGlite this takes half the time of a
 * multi-row VALUES with a bind parameter per cell (measured: 2,000 customers ≈ 0.6 s against
 * 1.2–2 s). The columns are those the rows set, named as the schema names them; the rest take their defaults.
 */
export async function insertAsJson<T extends PgTable>(db: Db, table: T, rows: readonly T['$inferInsert'][], batchSize = BATCH): Promise<void> {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((r) => key in r));
  const names = sql.join(columns.map(([, column]) => sql.identifier(column.name)), sql`, `);
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize).map((row) => Object.fromEntries(columns.map(([key, column]) => [column.name, (row as Record<string, unknown>)[key] ?? null])));
    await db.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(batch)}::jsonb)`);
  }
}
