import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { acquireDirLock } from './dir-lock';
import { schema } from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Where the data lives, for logs and messages (never includes a password). */
  where: string;
  /** The schema of drizzle's migrations table (__drizzle_migrations). */
  migrationsSchema: string;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… — a PostgreSQL server. Without it, the embedded database is used. */
  url?: string;
  /** Directory of the embedded database; omit for an in-memory one (tests). */
  dataDir?: string;
  /** PostgreSQL only: the schema to work in (tests use one per file). */
  pgSchema?: string;
  poolSize?: number;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}

/** int8 comes back as a string from pg and as a number from PGlite; make both numbers. */
const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * The extensions every schema shares (pg_trgm lives in public), created under a lock: two processes migrating at once
 * (test files, each in its own schema) would otherwise both try to create it and one would fail. The migration that
 * creates it again with IF NOT EXISTS then finds it there.
 */
async function createSharedExtensions(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select pg_advisory_xact_lock(hashtext('keqing.extensions'))`);
    await client.query('create extension if not exists pg_trgm with schema public');
    await client.query('commit');
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}

/**
 * Settings of every connection. JIT off: Keqing's queries are short, and where a plan's estimated cost passes
 * jit_above_cost (a search whose trigram pattern the statistics do not know), compiling it costs more than running it.
 */
export function connectionOptions(pgSchema?: string): string {
  return ['-c jit=off', ...(pgSchema ? [`-c search_path=${pgSchema},public`] : [])].join(' ');
}

async function openPostgres(opts: DatabaseOptions & { url: string }): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize ?? 10,
    options: connectionOptions(opts.pgSchema),
    types: pgTypes as pg.CustomTypesConfig,
  });
  if (opts.pgSchema) await pool.query(`create schema if not exists "${opts.pgSchema}"`);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const migrationsSchema = opts.pgSchema ?? 'drizzle';
  return {
    db,
    kind: 'postgres',
    where: redact(opts.url) + (opts.pgSchema ? ` (schema ${opts.pgSchema})` : ''),
    migrationsSchema,
    migrate: async () => {
      await createSharedExtensions(pool);
      await migratePg(db as never, { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema });
    },
    close: () => pool.end(),
  };
}

async function openPglite(opts: DatabaseOptions): Promise<Database> {
  let release = () => {};
  if (opts.dataDir) {
    mkdirSync(opts.dataDir, { recursive: true });
    release = acquireDirLock(opts.dataDir);
  }
  try {
    const client = await PGlite.create(opts.dataDir ?? 'memory://', { extensions: { pg_trgm } });
    const db = drizzlePglite(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      where: opts.dataDir ?? 'memory',
      migrationsSchema: 'drizzle',
      migrate: async () => {
        await migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER });
      },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

export function openDatabase(opts: DatabaseOptions): Promise<Database> {
  return opts.url ? openPostgres({ ...opts, url: opts.url }) : openPglite(opts);
}
