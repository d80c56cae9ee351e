import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';
import type { CliIo } from '../../src/server/cli/io';
import { queryRows } from '../../src/server/cli/query';
import { quoteIdent, tablesInOrder } from '../../src/server/cli/tables';
import type { PgTable } from 'drizzle-orm/pg-core';

/** An io that keeps what a command printed. */
export function memoryIo(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

/** A temporary directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'keqing-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Every row of every table as PostgreSQL prints it (row text: exact timestamps with microseconds in UTC,
 * jsonb as stored), in primary-key order: two databases hold the same data when their dumps are equal.
 */
export async function dumpTables(db: Db, tables?: readonly PgTable[]): Promise<Record<string, string[]>> {
  return db.transaction(async (t) => {
    const tx = t as Db;
    await tx.execute(sql`set local timezone = 'UTC'`); // timestamps print alike on every server
    const dump: Record<string, string[]> = {};
    for (const table of tablesInOrder(tables)) {
      const order = table.primaryKey.map((c) => `kq_row.${quoteIdent(c)}`).join(', ');
      const rows = await queryRows<{ r: string }>(tx, sql.raw(`select kq_row::text as r from ${quoteIdent(table.name)} kq_row order by ${order}`));
      dump[table.name] = rows.map((x) => x.r);
    }
    return dump;
  });
}

export const readLines = (file: string) => gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter((l) => l !== '');
export const writeLines = (file: string, lines: string[]) => writeFileSync(file, gzipSync(lines.map((l) => `${l}\n`).join('')));

/** Every table of the schema in the order a backup writes them, and the migrations this build has. */
export const SCHEMA_TABLES = tablesInOrder().map((t) => t.name);
export const MIGRATION_TAGS = (
  JSON.parse(readFileSync(new URL('../../src/server/db/migrations/meta/_journal.json', import.meta.url), 'utf8')) as { entries: { tag: string }[] }
).entries.map((e) => e.tag);
export const sumRows = (rows: Record<string, number>) => Object.values(rows).reduce((a, b) => a + b, 0);
