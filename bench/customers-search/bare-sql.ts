/**
 * The baseline: the SQL the API runs for a request, sent to the database directly. The statements and parameters are
 * captured from listCustomers itself (drizzle's query logger), so they cannot drift from what the server sends; a
 * request may send several (a page is read in steps, one of them in a transaction), and they are replayed in order.
 */
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Actor } from '../../src/domain/identity/policies';
import { connectionOptions, type Db } from '../../src/server/db/client';
import { acquireDirLock } from '../../src/server/db/dir-lock';
import { schema } from '../../src/server/db/schema';
import type { PageLimits } from '../../src/server/modules/customers/list-pages.queries';
import { listCustomers, type CustomerListQuery } from '../../src/server/modules/customers/customers.queries';
import { closedLoop, type Measurement } from './latency';

export interface Statement {
  text: string;
  params: unknown[];
}

/** The statements of one API request, in order. */
export type CapturedRequest = Statement[];

/** A database the benchmark talks to without the server: PostgreSQL (a pool per concurrency) or PGlite in this process. */
export interface SqlTarget {
  /** What listCustomers sends for this actor and query. */
  capture(actor: Actor, query: CustomerListQuery, opts?: PageLimits): Promise<CapturedRequest>;
  rows<T>(text: string, params?: unknown[]): Promise<T[]>;
  /** Sends a request's statements once; with `explain`, returns the plans of its queries (EXPLAIN ANALYZE). */
  replay(request: CapturedRequest, explain?: boolean): Promise<string[]>;
  run(request: CapturedRequest, concurrency: number, seconds: number): Promise<Measurement>;
  close(): Promise<void>;
}

class Recorder implements Logger {
  statements: Statement[] = [];
  logQuery(text: string, params: unknown[]): void {
    this.statements.push({ text, params });
  }
}

async function captureWith(db: Db, recorder: Recorder, actor: Actor, query: CustomerListQuery, opts?: PageLimits): Promise<CapturedRequest> {
  recorder.statements = [];
  await listCustomers(db, actor, query, opts);
  if (recorder.statements.length === 0) throw new Error('listCustomers sent no query');
  return recorder.statements;
}

/** A run of statements outside a transaction, or the statements between a begin and its commit. */
interface Segment {
  transaction: boolean;
  statements: Statement[];
}

function segments(request: CapturedRequest): Segment[] {
  const out: Segment[] = [];
  let open: Segment | null = null;
  for (const s of request) {
    if (/^begin\b/i.test(s.text)) out.push((open = { transaction: true, statements: [] }));
    else if (/^commit\b/i.test(s.text)) open = null;
    else if (open) open.statements.push(s);
    else out.push({ transaction: false, statements: [s] });
  }
  return out;
}

type Send = (s: Statement) => Promise<{ rows: unknown[] }>;

/** A statement as sent, or its plan: only queries are explained (set_config is a query too, but not worth a plan). */
async function send(sendOne: Send, s: Statement, explain: boolean, plans: string[]): Promise<void> {
  if (!explain || !/^select\b/i.test(s.text) || /^select set_config/i.test(s.text)) {
    await sendOne(s);
    return;
  }
  const result = await sendOne({ text: `explain (analyze, buffers) ${s.text}`, params: s.params });
  plans.push((result.rows as { 'QUERY PLAN': string }[]).map((r) => r['QUERY PLAN']).join('\n'));
}

export function postgresTarget(url: string): SqlTarget {
  const pools = new Map<number, pg.Pool>();
  const poolOf = async (size: number) => {
    let pool = pools.get(size);
    if (!pool) {
      // The server's own connection settings (JIT off), so that the baseline plans as the server does.
      pool = new pg.Pool({ connectionString: url, max: size, options: connectionOptions() });
      // Open every connection before timing anything.
      const clients = await Promise.all(Array.from({ length: size }, () => pool!.connect()));
      for (const c of clients) c.release();
      pools.set(size, pool);
    }
    return pool;
  };
  const recorder = new Recorder();
  let logged: Db | undefined;
  const replayOn = async (pool: pg.Pool, request: CapturedRequest, explain = false) => {
    const plans: string[] = [];
    for (const segment of segments(request)) {
      if (!segment.transaction) {
        for (const s of segment.statements) await send((x) => pool.query(x.text, x.params), s, explain, plans);
        continue;
      }
      const client = await pool.connect();
      try {
        await client.query('begin');
        for (const s of segment.statements) await send((x) => client.query(x.text, x.params), s, explain, plans);
        await client.query('commit');
      } finally {
        client.release();
      }
    }
    return plans;
  };
  return {
    async capture(actor, query, opts) {
      logged ??= drizzlePg(await poolOf(1), { schema, logger: recorder }) as unknown as Db;
      return captureWith(logged, recorder, actor, query, opts);
    },
    async rows<T>(text: string, params: unknown[] = []) {
      return (await (await poolOf(1)).query(text, params)).rows as T[];
    },
    replay: async (request, explain) => replayOn(await poolOf(1), request, explain),
    async run(request, concurrency, seconds) {
      const pool = await poolOf(concurrency);
      return closedLoop(concurrency, seconds, () => replayOn(pool, request));
    },
    async close() {
      await Promise.all([...pools.values()].map((p) => p.end()));
    },
  };
}

/** PGlite on the benchmark's data directory, opened here (the server must not be running: PGlite is one process's database). */
export async function pgliteTarget(dataDir: string): Promise<SqlTarget> {
  const { PGlite } = await import('@electric-sql/pglite');
  const release = acquireDirLock(dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  } catch (err) {
    release();
    throw err;
  }
  const recorder = new Recorder();
  const logged = drizzlePglite(client, { schema, logger: recorder }) as unknown as Db;
  const replay = async (request: CapturedRequest, explain = false) => {
    const plans: string[] = [];
    for (const segment of segments(request)) {
      if (!segment.transaction) {
        for (const s of segment.statements) await send((x) => client.query(x.text, x.params), s, explain, plans);
        continue;
      }
      // As drizzle does: PGlite runs nothing else until the transaction ends.
      await client.transaction(async (tx: Transaction) => {
        for (const s of segment.statements) await send((x) => tx.query(x.text, x.params), s, explain, plans);
      });
    }
    return plans;
  };
  return {
    capture: (actor, query, opts) => captureWith(logged, recorder, actor, query, opts),
    async rows<T>(text: string, params: unknown[] = []) {
      return (await client.query<T>(text, params)).rows;
    },
    replay,
    run: (request, concurrency, seconds) => closedLoop(concurrency, seconds, () => replay(request)),
    async close() {
      await client.close();
      release();
    },
  };
}
