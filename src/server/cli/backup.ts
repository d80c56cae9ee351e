import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../db/client';
import { tableColumns } from './catalog';
import { BACKUP_FORMAT, BACKUP_VERSION, headerLine, rowsLine, trailerText } from './backup-format';
import { CliError } from './errors';
import { queryRows } from './query';
import { writeGzipLinesAtomically } from './gzip-lines';
import { formatBytes, formatSeconds, tableLine, type CliIo } from './io';
import { appliedMigrations, buildMigrations, levelDifference } from './migrations';
import { quoteIdent, tablesInOrder, type TableInfo } from './tables';

export interface BackupOptions {
  /** Rows per line of the file. */
  chunkRows?: number;
  /** Tests: the tables to back up instead of the schema's. */
  tables?: readonly PgTable[];
  now?: Date;
}

export interface BackupResult {
  rows: Record<string, number>;
  bytes: number;
}

/** The table's rows through a cursor, `chunk` at a time, each row serialised by the database. */
async function* tableChunks(tx: Db, table: TableInfo, chunk: number): AsyncGenerator<string[]> {
  const order = table.primaryKey.length ? ` order by ${table.primaryKey.map((c) => `kq_row.${quoteIdent(c)}`).join(', ')}` : '';
  const { json } = await tableColumns(tx, table.name);
  const asText = [...json.keys()].map((c) => `'${c.replace(/'/g, "''")}', kq_row.${quoteIdent(c)}::text`);
  const row = asText.length ? `to_jsonb(kq_row) || jsonb_build_object(${asText.join(', ')})` : 'to_jsonb(kq_row)';
  await tx.execute(sql.raw(`declare kq_backup no scroll cursor for select (${row})::text as j from ${quoteIdent(table.name)} kq_row${order}`));
  for (;;) {
    const rows = await queryRows<{ j: string }>(tx, sql.raw(`fetch forward ${chunk} from kq_backup`));
    if (rows.length) yield rows.map((r) => r.j);
    if (rows.length < chunk) break;
  }
  await tx.execute(sql`close kq_backup`);
}

/**
 * Writes a logical backup of every table to `file` (see backup-format.ts), from one consistent
 * snapshot, streaming so that a table of any size never sits in memory.
 */
export async function backupDatabase(database: Database, file: string, io: CliIo, opts: BackupOptions = {}): Promise<BackupResult> {
  const started = performance.now();
  const chunkRows = opts.chunkRows ?? 2000;
  const tables = tablesInOrder(opts.tables);
  const migrations = await appliedMigrations(database);
  const diff = levelDifference(migrations, buildMigrations());
  if (diff) {
    const hint =
      diff.relation === 'older'
        ? { zh: '请先运行 migrate', en: 'run migrate first' }
        : { zh: '请用与数据库相同版本的 Keqing 备份', en: 'back it up with the Keqing version that matches the database' };
    throw new CliError(`数据库的迁移级别与本程序不同（${diff.zh}）：${hint.zh}`, `the database's migration level differs from this build (${diff.en}): ${hint.en}`);
  }
  io.out(`正在备份 / backing up ${database.kind} — ${database.where} → ${file}`);
  const counts: Record<string, number> = {};

  const bytes = await database.db.transaction(
    async (tx) => {
      async function* lines(): AsyncGenerator<string> {
        yield headerLine({
          format: BACKUP_FORMAT,
          version: BACKUP_VERSION,
          createdAt: (opts.now ?? new Date()).toISOString(),
          database: database.kind,
          migrations,
          tables: tables.map((t) => t.name),
          chunkRows,
        });
        for (const table of tables) {
          let n = 0;
          for await (const rows of tableChunks(tx as Db, table, chunkRows)) {
            n += rows.length;
            yield rowsLine(table.name, rows);
          }
          counts[table.name] = n;
          io.out(tableLine(table.name, n));
        }
        yield trailerText(counts);
      }
      return writeGzipLinesAtomically(file, lines());
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );

  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  io.out(
    `备份完成 / backup complete: ${tables.length} 张表 tables, ${total} 行 rows, ${formatBytes(bytes)}, ${formatSeconds(performance.now() - started)} → ${file}`,
  );
  return { rows: counts, bytes };
}
