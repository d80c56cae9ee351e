/**
 * One database's measurements: every case × role × concurrency through HTTP (the real server) and as bare SQL,
 * several rounds taken round-robin after a warm-up round, with the load average at the start of each round.
 */
import { loadavg } from 'node:os';
import type { Actor } from '../../src/domain/identity/policies';
import type { CapturedRequest, SqlTarget } from './bare-sql';
import { listQueryOf, ROLES, urlOf, type MeasuredRole, type SearchCase } from './cases';
import { httpRun } from './http-run';
import type { Measurement } from './latency';
import { BENCH_PASSWORD } from './load';
import { signIn } from '../startup/server-run';
import { startServer, type RunningServer } from './server';

export interface DatabaseUnderTest {
  label: string;
  orgCode: string;
  server: { url: string } | { dataDir: string };
  /** Opens the bare-SQL side. */
  openSql(): Promise<SqlTarget>;
  /** Whether the server and the bare-SQL side may be open at once (not for PGlite: one process's database). */
  shared: boolean;
}

export interface Cell {
  c: SearchCase;
  role: MeasuredRole;
  concurrency: number;
  /** Rows in the role's scope that match (all pages). */
  matches: number;
  /** The page measured (fewer than the case asks for when the role's list is shorter). */
  page: number;
  /** The statements the API sends for it (begin and commit not counted). */
  statements: number;
  http: Measurement[];
  sql: Measurement[];
}

export interface DatabaseResult {
  label: string;
  cells: Cell[];
  /** 1-, 5- and 15-minute load averages at the start of each measured round. */
  loads: number[][];
  seconds: number;
}

export interface MeasureOptions {
  cases: SearchCase[];
  concurrency: (role: MeasuredRole) => number[];
  runs: number;
  seconds: number;
  warmupSeconds: number;
  log(line: string): void;
}

interface Prepared {
  pages: Map<string, { cursor?: string; page: number }>;
  queries: Map<string, CapturedRequest>;
  matches: Map<string, number>;
}

const key = (role: MeasuredRole, c: SearchCase) => `${role.key}:${c.id}`;
const statementsOf = (request: CapturedRequest) => request.filter((s) => !/^(begin|commit)\b/i.test(s.text)).length;

async function signInAll(server: RunningServer, orgCode: string): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  for (const role of ROLES) cookies.set(role.key, await signIn(server.base, orgCode, role.username, BENCH_PASSWORD));
  return cookies;
}

/**
 * Waits until the server has answered what autocannon left in flight when its time was up: the database still runs
 * those requests' queries (PGlite one after another, each request's next query queued behind the others), and the
 * next measurement must not pay for them. A signed-in request reads the session, so it waits its turn; the server is
 * idle again when one comes back quickly.
 */
async function drain(base: string, cookie: string): Promise<void> {
  const deadline = performance.now() + 600_000;
  while (performance.now() < deadline) {
    const t0 = performance.now();
    const res = await fetch(`${base}/api/auth/me`, { headers: { cookie } });
    await res.arrayBuffer();
    if (performance.now() - t0 < 50) return;
  }
}

async function once(cookie: string, url: string): Promise<void> {
  const res = await fetch(url, { headers: { cookie } });
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
}

/** Follows nextCursor to the case's page (or the last one), through the API as the role. */
async function pageOf(base: string, cookie: string, c: SearchCase): Promise<{ cursor?: string; page: number }> {
  let cursor: string | undefined;
  let page = 1;
  while (page < c.page) {
    const res = await fetch(urlOf(base, c, cursor), { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${urlOf(base, c, cursor)}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { nextCursor: string | null };
    if (!body.nextCursor) break;
    cursor = body.nextCursor;
    page++;
  }
  return { cursor, page };
}

export async function actorOf(sql: SqlTarget, orgCode: string, username: string): Promise<Actor> {
  const [row] = await sql.rows<Actor>(
    'select u.org_id as "orgId", u.id as "userId", u.role, u.office_id as "officeId" from users u join orgs o on o.id = u.org_id where o.code = $1 and u.username = $2',
    [orgCode, username],
  );
  if (!row) throw new Error(`no user ${orgCode}/${username}: load the data first`);
  return row;
}

async function prepare(db: DatabaseUnderTest, cases: SearchCase[], sql: SqlTarget, pages: Prepared['pages']): Promise<Prepared> {
  const queries = new Map<string, CapturedRequest>();
  const matches = new Map<string, number>();
  for (const role of ROLES) {
    const actor = await actorOf(sql, db.orgCode, role.username);
    for (const c of cases) {
      queries.set(key(role, c), await sql.capture(actor, listQueryOf(c, pages.get(key(role, c))!.cursor)));
      // Every match: one page as long as the table, walked (the first statement, the walk, has them all).
      const [page] = await sql.capture(actor, listQueryOf({ ...c, page: 1 }, undefined, 10_000_000), { probeLimit: 0, path: 'walk', walkLimit: 1_000_000_000, walkFirstRows: 1_000_000_000 });
      const [count] = await sql.rows<{ n: number }>(`select count(*)::int as n from (${page!.text}) t`, page!.params);
      matches.set(key(role, c), count!.n);
    }
  }
  return { pages, queries, matches };
}

export async function measureDatabase(db: DatabaseUnderTest, opts: MeasureOptions): Promise<DatabaseResult> {
  const { cases, log } = opts;
  const started = performance.now();
  // Cursors of the later pages come from the API itself, as the web would follow them.
  let server: RunningServer | null = await startServer(db.server);
  let sql: SqlTarget | null = null;
  try {
    let cookies = await signInAll(server, db.orgCode);
    const pages: Prepared['pages'] = new Map();
    for (const role of ROLES) for (const c of cases) pages.set(key(role, c), await pageOf(server.base, cookies.get(role.key)!, c));
    if (!db.shared) {
      await server.stop();
      server = null;
    }
    sql = await db.openSql();
    const prepared = await prepare(db, cases, sql, pages);
    const cells: Cell[] = ROLES.flatMap((role) =>
      cases.flatMap((c) => opts.concurrency(role).map((concurrency) => ({ c, role, concurrency, matches: prepared.matches.get(key(role, c))!, page: pages.get(key(role, c))!.page, statements: statementsOf(prepared.queries.get(key(role, c))!), http: [], sql: [] }))),
    );
    const loads: number[][] = [];
    const httpOf = async (cell: Cell, seconds: number) => {
      const cookie = cookies.get(cell.role.key)!;
      const m = await httpRun(urlOf(server!.base, cell.c, prepared.pages.get(key(cell.role, cell.c))!.cursor), cookie, cell.concurrency, seconds);
      await drain(server!.base, cookie);
      return m;
    };
    const sqlOf = (cell: Cell, seconds: number) => sql!.run(prepared.queries.get(key(cell.role, cell.c))!, cell.concurrency, seconds);
    for (let round = 0; round <= opts.runs; round++) {
      const warmup = round === 0;
      const seconds = warmup ? opts.warmupSeconds : opts.seconds;
      if (!warmup) loads.push(loadavg());
      log(`${db.label}: ${warmup ? 'warm-up' : `round ${round}/${opts.runs}`} (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
      if (db.shared) {
        for (const cell of cells) {
          const h = await httpOf(cell, seconds);
          const s = await sqlOf(cell, seconds);
          if (!warmup) {
            cell.http.push(h);
            cell.sql.push(s);
          }
        }
        continue;
      }
      // PGlite: the server's turn, then the bare SQL's, in the same round.
      await sql.close();
      sql = null;
      server = await startServer(db.server);
      cookies = await signInAll(server, db.orgCode);
      // A new server process each round: one request per cell first, so that no cell pays for its cold start.
      for (const cell of cells) await once(cookies.get(cell.role.key)!, urlOf(server.base, cell.c, prepared.pages.get(key(cell.role, cell.c))!.cursor));
      for (const cell of cells) {
        const h = await httpOf(cell, seconds);
        if (!warmup) cell.http.push(h);
      }
      await server.stop();
      server = null;
      sql = await db.openSql();
      for (const cell of cells) {
        const s = await sqlOf(cell, seconds);
        if (!warmup) cell.sql.push(s);
      }
    }
    return { label: db.label, cells, loads, seconds: (performance.now() - started) / 1000 };
  } finally {
    await sql?.close();
    await server?.stop();
  }
}
