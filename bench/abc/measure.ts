/**
 * One database's measurements: GET /api/abc through HTTP (the real server) and the bare window-function SQL over the
 * order lines, for each case: N sequential requests each (after a warm-up), the same period and population, and —
 * for the whole organisation — C concurrent clients for a few seconds. Each case's API answer is checked against the
 * bare SQL's (same graded customers per class, same total). PostgreSQL: API and SQL case by case; PGlite (one
 * process's database): the server's turn for every case, then the bare SQL's in this process. Memory of the server
 * (and of this process while PGlite runs here) before and after, with the peak in between.
 */
import { loadavg } from 'node:os';
import type { AbcSettings } from '../../src/domain/sales/abc';
import type { MonthPeriod } from '../../src/server/modules/abc/abc-period';
import type { Statement, SqlTarget } from '../customers-search/bare-sql';
import { httpRun } from '../customers-search/http-run';
import { summarise, type Measurement } from '../customers-search/latency';
import { BENCH_PASSWORD } from '../customers-search/load';
import { actorOf, type DatabaseUnderTest } from '../customers-search/measure';
import { startServer, type RunningServer } from '../customers-search/server';
import { signIn } from '../startup/server-run';
import { bareAbcSql } from './bare-sql';
import { abcUrl, type AbcCase } from './cases';
import { ownMemory, ServerMemory, type MemorySnapshot } from './memory';

export interface Population {
  customers: number;
  graded: number;
  /** Customers per class, A, B, C. */
  mix: [number, number, number];
  totalFen: number;
}

export interface CaseResult {
  c: AbcCase;
  population: Population;
  /** The bare SQL's classes and total, when they differ from the API's (a bug in one of them). */
  mismatch: string | null;
  /** The first request of the run (for the first case it builds the period's kept totals). */
  firstMs: number;
  api: Measurement;
  bare: Measurement;
  concurrent?: { clients: number; api: Measurement; bare: Measurement };
}

export interface MemoryResult {
  label: string;
  before: MemorySnapshot;
  after: MemorySnapshot;
}

export interface DatabaseResult {
  label: string;
  cases: CaseResult[];
  memory: MemoryResult[];
  /** Load averages when the measurement started and ended. */
  loads: number[][];
  seconds: number;
}

export interface MeasureOptions {
  cases: AbcCase[];
  period: MonthPeriod;
  requests: number;
  /** Concurrent clients for the whole-organisation case (0: none) and how long they run. */
  clients: number;
  seconds: number;
  log(line: string): void;
}

interface AbcAnswer {
  settings: AbcSettings;
  totals: { customers: number; graded: number; totalFen: number };
  mix: { grade: string; customers: number }[];
}

/** Times `once` `n` times one after the other. */
async function sequential(n: number, once: () => Promise<unknown>): Promise<Measurement> {
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await once();
    samples.push(performance.now() - t0);
  }
  return summarise(samples, (performance.now() - started) / 1000);
}

async function get(url: string, cookie: string): Promise<ArrayBuffer> {
  const res = await fetch(url, { headers: { cookie } });
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${url}: ${res.status} ${Buffer.from(body).toString()}`);
  return body;
}

function populationOf(answer: AbcAnswer): Population {
  const count = (g: string) => answer.mix.find((m) => m.grade === g)?.customers ?? 0;
  return { customers: answer.totals.customers, graded: answer.totals.graded, mix: [count('A'), count('B'), count('C')], totalFen: answer.totals.totalFen };
}

/** Runs the bare statement once and compares its classes and total with the API's. */
async function check(sql: SqlTarget, statement: Statement, p: Population): Promise<string | null> {
  const rows = await sql.rows<{ amount_fen: string | number; grade: string }>(statement.text, statement.params);
  const mix = ['A', 'B', 'C'].map((g) => rows.filter((r) => r.grade === g).length);
  const total = rows.reduce((s, r) => s + Number(r.amount_fen), 0);
  if (mix.every((n, i) => n === p.mix[i]) && total === p.totalFen) return null;
  return `bare SQL ${mix.join('/')} total ${total}, API ${p.mix.join('/')} total ${p.totalFen}`;
}

interface ApiSide {
  population: Population;
  settings: AbcSettings;
  firstMs: number;
  api: Measurement;
  concurrent?: Measurement;
}

async function apiPhase(server: RunningServer, db: DatabaseUnderTest, opts: MeasureOptions): Promise<Map<string, ApiSide>> {
  const cookies = new Map<string, string>();
  for (const c of opts.cases) if (!cookies.has(c.username)) cookies.set(c.username, await signIn(server.base, db.orgCode, c.username, BENCH_PASSWORD));
  const out = new Map<string, ApiSide>();
  for (const c of opts.cases) {
    const url = abcUrl(server.base, c);
    const cookie = cookies.get(c.username)!;
    const started = performance.now();
    const answer = JSON.parse(Buffer.from(await get(url, cookie)).toString()) as AbcAnswer;
    const firstMs = performance.now() - started;
    await get(url, cookie);
    const api = await sequential(opts.requests, () => get(url, cookie));
    opts.log(`${db.label}: API ${c.id}: p50 ${api.p50.toFixed(0)} ms, p95 ${api.p95.toFixed(0)} ms`);
    const concurrent = c.id === 'org' && opts.clients > 0 ? await httpRun(url, cookie, opts.clients, opts.seconds) : undefined;
    out.set(c.id, { population: populationOf(answer), settings: answer.settings, firstMs, api, concurrent });
  }
  return out;
}

async function barePhase(sql: SqlTarget, db: DatabaseUnderTest, opts: MeasureOptions, apis: Map<string, ApiSide>): Promise<CaseResult[]> {
  const results: CaseResult[] = [];
  for (const c of opts.cases) {
    const side = apis.get(c.id)!;
    const statement = bareAbcSql(await actorOf(sql, db.orgCode, c.username), c.picks, opts.period, side.settings);
    const mismatch = await check(sql, statement, side.population);
    if (mismatch) opts.log(`${db.label}: ${c.id}: ${mismatch}`);
    const bare = await sequential(opts.requests, () => sql.replay([statement]));
    opts.log(`${db.label}: bare SQL ${c.id}: p50 ${bare.p50.toFixed(0)} ms, p95 ${bare.p95.toFixed(0)} ms`);
    const concurrent = side.concurrent ? { clients: opts.clients, api: side.concurrent, bare: await sql.run([statement], opts.clients, opts.seconds) } : undefined;
    results.push({ c, population: side.population, mismatch, firstMs: side.firstMs, api: side.api, bare, concurrent });
  }
  return results;
}

export async function measureAbc(db: DatabaseUnderTest, opts: MeasureOptions): Promise<DatabaseResult> {
  const started = performance.now();
  const loads = [loadavg()];
  const memory: MemoryResult[] = [];
  const probe = new ServerMemory();
  let server: RunningServer | null = await startServer(db.server, { env: probe.env });
  let sql: SqlTarget | null = null;
  try {
    const before = await probe.snapshot(server.pid);
    await probe.reset(server.pid);
    opts.log(`${db.label}: server up (RSS ${before.rssMb.toFixed(0)} MB); measuring ${opts.cases.length} cases × ${opts.requests} requests (load ${loadavg().map((l) => l.toFixed(1)).join(' ')})`);
    if (db.shared) {
      // PostgreSQL: the API and the bare SQL of a case one right after the other.
      sql = await db.openSql();
      const cases: CaseResult[] = [];
      for (const c of opts.cases) {
        const one = { ...opts, cases: [c] };
        cases.push(...(await barePhase(sql, db, one, await apiPhase(server, db, one))));
      }
      memory.push({ label: 'server', before, after: await probe.snapshot(server.pid) });
      loads.push(loadavg());
      return { label: db.label, cases, memory, loads, seconds: (performance.now() - started) / 1000 };
    }
    const apis = await apiPhase(server, db, opts);
    memory.push({ label: 'server', before, after: await probe.snapshot(server.pid) });
    await server.stop();
    server = null;
    ownMemory.reset();
    const bareBefore = ownMemory.snapshot();
    sql = await db.openSql();
    const cases = await barePhase(sql, db, opts, apis);
    memory.push({ label: 'bare SQL (PGlite in the benchmark process)', before: bareBefore, after: ownMemory.snapshot() });
    loads.push(loadavg());
    return { label: db.label, cases, memory, loads, seconds: (performance.now() - started) / 1000 };
  } finally {
    await sql?.close();
    await server?.stop();
    probe.remove();
  }
}
