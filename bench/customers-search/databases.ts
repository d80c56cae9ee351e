/**
 * The benchmark's databases, kept between runs: a PostgreSQL database of its own (never the tests' one) and a PGlite
 * directory. Each is created, migrated and loaded when missing or incomplete; --regenerate starts them afresh.
 */
import { existsSync, rmSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../../src/server/db/client';
import { loadBenchData } from './load';
import type { BenchOrgSpec } from './plan';

async function adminQuery(url: string, text: string): Promise<pg.QueryResult> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

const dbName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

export async function preparePostgres(url: string, orgs: readonly BenchOrgSpec[], regenerate: boolean, log: (line: string) => void): Promise<void> {
  const name = dbName(url);
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || name === 'test' || name === 'postgres') throw new Error(`refusing to use database "${name}" for the benchmark`);
  if (regenerate) await adminQuery(url, `drop database if exists ${name} with (force)`);
  const exists = (await adminQuery(url, `select 1 from pg_database where datname = '${name}'`)).rowCount === 1;
  if (!exists) {
    log(`creating database ${name}`);
    await adminQuery(url, `create database ${name}`);
  }
  const database = await openDatabase({ url, poolSize: 2 });
  try {
    await database.migrate();
    await loadBenchData(database.db, orgs, log);
  } finally {
    await database.close();
  }
}

export async function preparePglite(dataDir: string, orgs: readonly BenchOrgSpec[], regenerate: boolean, log: (line: string) => void): Promise<void> {
  if (regenerate && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    await loadBenchData(database.db, orgs, log);
  } finally {
    await database.close();
  }
}

/** Facts about the PostgreSQL server that decide what pg_trgm does with Chinese text. */
export async function postgresFacts(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const version = (await client.query<{ v: string }>("select current_setting('server_version') as v")).rows[0]!.v;
    const ctype = (await client.query<{ c: string }>("select current_setting('lc_ctype') as c")).rows[0]!.c;
    const enc = (await client.query<{ e: string }>("select current_setting('server_encoding') as e")).rows[0]!.e;
    return `PostgreSQL ${version} (encoding ${enc}, lc_ctype ${ctype})`;
  } finally {
    await client.end();
  }
}
