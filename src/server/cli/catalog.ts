import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from './query';
import { quoteIdent } from './tables';

/** What the database says about a table's columns (the truth at this migration level). */
export interface TableColumns {
  /** Every column but generated ones, in table order: what restore inserts. */
  insertable: string[];
  /** A GENERATED ALWAYS identity column is there: inserts must override it. */
  identityAlways: boolean;
  /**
   * json and jsonb columns, by type. The backup keeps their values as JSON text, because a JSON
   * `null` and an SQL NULL look the same inside a row object, and json keeps its exact text.
   */
  json: Map<string, 'json' | 'jsonb'>;
}

export async function tableColumns(db: Db, table: string): Promise<TableColumns> {
  const rows = await queryRows<{ name: string; identity: string; generated: string; type: string }>(
    db,
    sql`select attname as name, attidentity::text as identity, attgenerated::text as generated, format_type(atttypid, null) as type
        from pg_attribute where attrelid = ${quoteIdent(table)}::regclass and attnum > 0 and not attisdropped order by attnum`,
  );
  const json = new Map<string, 'json' | 'jsonb'>();
  for (const r of rows) if (r.type === 'json' || r.type === 'jsonb') json.set(r.name, r.type);
  return {
    insertable: rows.filter((r) => r.generated === '').map((r) => r.name),
    identityAlways: rows.some((r) => r.identity === 'a'),
    json,
  };
}

/** Sets every serial or identity sequence of the table past the largest value it holds. */
export async function resetSequences(db: Db, table: string): Promise<void> {
  const name = quoteIdent(table);
  const columns = await queryRows<{ col: string; seq: string | null }>(
    db,
    sql`select attname as col, pg_get_serial_sequence(${name}, attname) as seq from pg_attribute where attrelid = ${name}::regclass and attnum > 0 and not attisdropped`,
  );
  for (const { col, seq } of columns) {
    if (!seq) continue;
    await db.execute(sql`select setval(${seq}, coalesce((select max(${sql.identifier(col)}) from ${sql.identifier(table)}), 0) + 1, false)`);
  }
}
