import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER, type Database } from '../db/client';
import { queryRows } from './query';

/** One applied (or shipped) migration: drizzle keys them by content hash and journal time. */
export interface MigrationRef {
  tag: string | null;
  hash: string;
  createdAt: number;
}

/** The migrations this build ships, in order. */
export function buildMigrations(folder = MIGRATIONS_FOLDER): MigrationRef[] {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8')) as { entries: { tag: string }[] };
  return readMigrationFiles({ migrationsFolder: folder }).map((m, i) => ({
    tag: journal.entries[i]?.tag ?? null,
    hash: m.hash,
    createdAt: m.folderMillis,
  }));
}

/** The migrations recorded in the database, oldest first (none before the first migrate). */
export async function appliedMigrations(database: Database): Promise<MigrationRef[]> {
  const table = sql`${sql.identifier(database.migrationsSchema)}.${sql.identifier('__drizzle_migrations')}`;
  const name = `"${database.migrationsSchema.replace(/"/g, '""')}"."__drizzle_migrations"`;
  const [exists] = await queryRows<{ present: boolean }>(database.db, sql`select to_regclass(${name}) is not null as present`);
  if (!exists?.present) return [];
  const rows = await queryRows<{ hash: string; created_at: string | number }>(database.db, sql`select hash, created_at from ${table} order by created_at, id`);
  const known = new Map(buildMigrations().map((m) => [m.hash, m.tag]));
  return rows.map((r) => ({
    tag: known.get(r.hash) ?? null,
    hash: r.hash,
    createdAt: Number(r.created_at),
  }));
}

const label = (m: MigrationRef | undefined) => (m ? (m.tag ?? m.hash.slice(0, 12)) : '—');

/** "3 个迁移，最后为 0002_x" / "3 migrations, last 0002_x". */
export function describeLevel(list: MigrationRef[]): { zh: string; en: string } {
  return { zh: `${list.length} 个迁移，最后为 ${label(list.at(-1))}`, en: `${list.length} migration(s), last ${label(list.at(-1))}` };
}

export interface LevelDifference {
  /** newer/older: the other side has more/fewer migrations on top of a shared history; diverged: a shared position differs. */
  relation: 'newer' | 'older' | 'diverged';
  zh: string;
  en: string;
}

/**
 * Compares the migration level of some data (a backup, a database) with this build's: null when they
 * are the same, otherwise how they relate and a neutral description in both languages.
 */
export function levelDifference(theirs: MigrationRef[], build: MigrationRef[]): LevelDifference | null {
  const shared = Math.min(theirs.length, build.length);
  for (let i = 0; i < shared; i++) {
    if (theirs[i]!.hash !== build[i]!.hash) {
      return {
        relation: 'diverged',
        zh: `第 ${i + 1} 个迁移不同：${label(theirs[i])} 与本程序的 ${label(build[i])} 内容不一致`,
        en: `migration #${i + 1} differs: ${label(theirs[i])} vs this build's ${label(build[i])}`,
      };
    }
  }
  if (theirs.length === build.length) return null;
  const t = describeLevel(theirs);
  const b = describeLevel(build);
  return {
    relation: theirs.length > build.length ? 'newer' : 'older',
    zh: `${t.zh}；本程序为 ${b.zh}`,
    en: `${t.en}; this build has ${b.en}`,
  };
}

/** Applies pending migrations and returns how many were applied and the level reached. */
export async function migrateCounting(database: Database): Promise<{ applied: number; level: MigrationRef[] }> {
  const before = (await appliedMigrations(database)).length;
  await database.migrate();
  const level = await appliedMigrations(database);
  return { applied: level.length - before, level };
}
