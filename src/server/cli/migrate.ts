import type { Database } from '../db/client';
import type { CliIo } from './io';
import { describeLevel, migrateCounting } from './migrations';

/** Applies pending migrations and says so; with quietWhenCurrent, says nothing when there were none. */
export async function migrateAndReport(database: Database, io: CliIo, opts: { quietWhenCurrent?: boolean } = {}): Promise<number> {
  const { applied, level } = await migrateCounting(database);
  const now = describeLevel(level);
  if (applied > 0) io.out(`已应用 ${applied} 个迁移（现为 ${now.zh}） / applied ${applied} migration(s) (now ${now.en})`);
  else if (!opts.quietWhenCurrent) io.out(`数据库已是最新（${now.zh}） / the database is up to date (${now.en})`);
  return applied;
}
