import { sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Database, Db } from '../db/client';
import { resetSequences } from './catalog';
import { BodyChecker, parseHeader, type BackupHeader } from './backup-format';
import { CliError } from './errors';
import { readGzipLines } from './gzip-lines';
import { formatSeconds, tableLine, type CliIo } from './io';
import { appliedMigrations, buildMigrations, levelDifference } from './migrations';
import { migrateAndReport } from './migrate';
import { queryRows } from './query';
import { quoteIdent, tablesInOrder, type TableInfo } from './tables';
import { TableLoader } from './table-loader';

export interface RestoreOptions {
  /** Tests: the tables to restore instead of the schema's. */
  tables?: readonly PgTable[];
}

const ADVICE = {
  newer: { zh: '请先升级 Keqing 再恢复', en: 'upgrade Keqing, then restore' },
  older: { zh: '请用生成该备份的 Keqing 版本恢复，再升级（升级会迁移数据）', en: 'restore it with the Keqing version that made it, then upgrade (upgrading migrates the data)' },
  diverged: { zh: '请用生成该备份的 Keqing 版本恢复', en: 'restore it with the Keqing version that made it' },
};

/** Refuses a backup this build cannot restore as it is: another migration level or other tables. */
function checkCompatible(header: BackupHeader, tables: TableInfo[]): void {
  const diff = levelDifference(header.migrations, buildMigrations());
  if (diff) {
    const advice = ADVICE[diff.relation];
    throw new CliError(`备份的迁移级别与本程序不同（${diff.zh}）：${advice.zh}`, `the backup's migration level differs from this build (${diff.en}): ${advice.en}`);
  }
  const expected = tables.map((t) => t.name).join(', ');
  const got = header.tables.join(', ');
  if (expected !== got) throw new CliError(`备份中的表（${got}）与本程序的表（${expected}）不一致`, `the backup's tables (${got}) are not this build's (${expected})`);
}

async function checkDatabaseLevel(database: Database): Promise<void> {
  const diff = levelDifference(await appliedMigrations(database), buildMigrations());
  if (diff) throw new CliError(`数据库的迁移级别与本程序不同（${diff.zh}）`, `the database's migration level differs from this build (${diff.en})`);
}

/**
 * Replaces all data with the backup in `file`, in one transaction: any problem (a corrupt or
 * truncated file, a count that does not match) rolls back and leaves the database as it was.
 */
export async function restoreDatabase(database: Database, file: string, io: CliIo, opts: RestoreOptions = {}): Promise<Record<string, number>> {
  const started = performance.now();
  const tables = tablesInOrder(opts.tables);
  const lines = readGzipLines(file);
  try {
    const first = await lines.next();
    const header = parseHeader(first.done ? undefined : first.value);
    checkCompatible(header, tables);
    io.out(`正在恢复 / restoring ${file} (${header.database}, ${header.createdAt}) → ${database.kind} — ${database.where}`);
    await migrateAndReport(database, io, { quietWhenCurrent: true });
    await checkDatabaseLevel(database);

    const counts = await database.db.transaction(async (t) => {
      const tx = t as Db;
      await tx.execute(sql.raw(`truncate table ${tables.map((x) => quoteIdent(x.name)).join(', ')}`));
      const loader = new TableLoader(tx, tables);
      const checker = new BodyChecker(header);
      for await (const line of lines) {
        const item = checker.line(line);
        if (item.kind === 'rows') await loader.add(item.table, line);
      }
      const trailer = checker.finish();
      await loader.done();
      for (const table of tables) {
        const [row] = await queryRows<{ n: number | string }>(tx, sql`select count(*) as n from ${sql.identifier(table.name)}`);
        const n = Number(row!.n);
        if (n !== trailer.rows[table.name]) {
          throw new CliError(`表 ${table.name} 恢复了 ${n} 行，备份中有 ${trailer.rows[table.name]} 行`, `table ${table.name}: restored ${n} rows, the backup holds ${trailer.rows[table.name]}`);
        }
        await resetSequences(tx, table.name);
        io.out(tableLine(table.name, n));
      }
      return trailer.rows;
    });

    await database.db.execute(sql.raw(`analyze ${tables.map((x) => quoteIdent(x.name)).join(', ')}`));
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    io.out(`恢复完成 / restore complete: ${tables.length} 张表 tables, ${total} 行 rows, ${formatSeconds(performance.now() - started)} ← ${file}`);
    return counts;
  } finally {
    await lines.return(undefined);
  }
}
