/**
 * `npx tsx bench/abc.ts [--customers 100000] [--lines 2000000] [--pglite-customers N] [--pglite-lines N] [--requests 20]
 *   [--clients 10] [--seconds 10] [--only postgres|pglite] [--regenerate] [--prepare-only] [--no-docs]`:
 * ABC grading through HTTP (GET /api/abc on the real server, which reads the maintained sales_monthly) next to the bare
 * window-function SQL over the order lines, in the same run, on PostgreSQL and on PGlite, with the memory used. The
 * data (the customer benchmark's organisations, two years of Pareto-shaped sales) is generated once and kept
 * (PostgreSQL database keqing_abc_bench, PGlite directory .tmp/bench-abc/); --regenerate builds it again. Results go
 * to the "ABC grading" section of docs/benchmarks.md and, in full, to bench/out/abc.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { lastFullMonths, periodDates } from '../src/server/modules/abc/abc-period';
import { shanghaiDate } from '../src/server/jobs/shanghai-date';
import { prepareAbcPglite, prepareAbcPostgres } from './abc/databases';
import { abcCases } from './abc/cases';
import { dataFacts, type DataFacts } from './abc/facts';
import { measureAbc, type DatabaseResult } from './abc/measure';
import { casesTable, loadText, memoryTable } from './abc/report';
import { firstMonthBefore } from './abc/sales';
import { postgresTarget, pgliteTarget, type SqlTarget } from './customers-search/bare-sql';
import { postgresFacts } from './customers-search/databases';
import type { DatabaseUnderTest } from './customers-search/measure';
import { benchOrgs, planOrg } from './customers-search/plan';
import { writeBenchmarkSection } from './docs-section';

const { values } = parseArgs({
  options: {
    customers: { type: 'string', default: '100000' },
    lines: { type: 'string', default: '2000000' },
    'pglite-customers': { type: 'string' },
    'pglite-lines': { type: 'string' },
    requests: { type: 'string', default: '20' },
    clients: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '10' },
    only: { type: 'string' },
    regenerate: { type: 'boolean', default: false },
    'prepare-only': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
});
const count = (name: string, raw: string, min = 1) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}`);
  return n;
};
if (values.only && !['postgres', 'pglite'].includes(values.only)) throw new Error('--only takes postgres or pglite');
const FULL_CUSTOMERS = 100_000;
const TARGET_MS = 500;
const requests = count('requests', values.requests);
const clients = count('clients', values.clients, 0);
const seconds = count('seconds', values.seconds);
const sizes = {
  postgres: { customers: count('customers', values.customers), lines: count('lines', values.lines) },
  pglite: { customers: count('pglite-customers', values['pglite-customers'] ?? values.customers), lines: count('pglite-lines', values['pglite-lines'] ?? values.lines) },
};
// The full size has the database name the issue gives; other sizes get their own, so that sizes never mix.
const suffix = (customers: number) => (customers === FULL_CUSTOMERS ? '' : `_${customers}`);
const PG_URL = process.env.BENCH_ABC_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/keqing_abc_bench${suffix(sizes.postgres.customers)}`;
const PGLITE_DIR = `.tmp/bench-abc/pglite-${sizes.pglite.customers}`;
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const today = shanghaiDate(new Date());
const period = lastFullMonths(today);
const { fromDate, toDate } = periodDates(period);
const firstMonth = firstMonthBefore(today);

interface Target {
  kind: 'postgres' | 'pglite';
  size: { customers: number; lines: number };
  db: DatabaseUnderTest;
  prepare(): Promise<void>;
}

const targets: Target[] = [];
for (const kind of ['postgres', 'pglite'] as const) {
  if (values.only && values.only !== kind) continue;
  const size = sizes[kind];
  const orgs = benchOrgs(size.customers);
  const sales = { orgCode: orgs[0]!.code, lines: size.lines, firstMonth };
  const label = `${kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}, ${size.customers.toLocaleString('en')} customers, ${size.lines.toLocaleString('en')} order lines`;
  targets.push(
    kind === 'postgres'
      ? { kind, size, prepare: () => prepareAbcPostgres(PG_URL, orgs, sales, values.regenerate, log), db: { label, orgCode: orgs[0]!.code, server: { url: PG_URL }, openSql: async () => postgresTarget(PG_URL), shared: true } }
      : { kind, size, prepare: () => prepareAbcPglite(PGLITE_DIR, orgs, sales, values.regenerate, log), db: { label, orgCode: orgs[0]!.code, server: { dataDir: PGLITE_DIR }, openSql: () => pgliteTarget(PGLITE_DIR), shared: false } },
  );
}

const benchStarted = performance.now();
for (const t of targets) {
  const started = performance.now();
  await t.prepare();
  log(`${t.db.label}: data ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}
if (values['prepare-only']) process.exit(0);

const withSql = async <T>(t: Target, f: (sql: SqlTarget) => Promise<T>): Promise<T> => {
  const sql = await t.db.openSql();
  try {
    return await f(sql);
  } finally {
    await sql.close();
  }
};

const loadBefore = loadavg();
const results: { kind: Target['kind']; facts: DataFacts; result: DatabaseResult }[] = [];
for (const t of targets) {
  const facts = await withSql(t, (sql) => dataFacts(sql, t.db.orgCode, fromDate, toDate));
  const cityCode = planOrg(benchOrgs(t.size.customers)[0]!).offices[0]!.city.code;
  const result = await measureAbc(t.db, { cases: abcCases(cityCode), period, requests, clients, seconds, log });
  results.push({ kind: t.kind, facts, result });
  console.log(`\n${result.label}\n\n${casesTable(result, TARGET_MS)}\n\n${memoryTable(result.memory)}\n`);
}
const loadAfter = loadavg();
log(`done in ${((performance.now() - benchStarted) / 60_000).toFixed(1)} min`);

mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/abc.json', JSON.stringify({ date: new Date().toISOString(), period, loadBefore, loadAfter, results }, null, 2));

const pglite = (JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')) as { version: string }).version;
const pgFacts = values.only === 'pglite' ? '' : `, ${await postgresFacts(PG_URL)} on the same machine`;
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
const sizeArgs = (['customers', 'lines', 'pglite-customers', 'pglite-lines'] as const).filter((k) => values[k] !== undefined && values[k] !== (k === 'customers' ? '100000' : k === 'lines' ? '2000000' : undefined));
const command = ['npx tsx bench/abc.ts', ...sizeArgs.map((k) => `--${k} ${values[k]}`), `--requests ${requests}`, `--clients ${clients}`, `--seconds ${seconds}`, values.only ? `--only ${values.only}` : ''].filter(Boolean).join(' ');
const factsText = (f: DataFacts) =>
  `${f.customers.toLocaleString('en')} customers, ${f.buyers.toLocaleString('en')} of them with orders; ${f.orders.toLocaleString('en')} orders and ${f.lines.toLocaleString('en')} order lines from ${f.firstMonth} (24 months), ${f.periodLines.toLocaleString('en')} of them in the period; ${f.salesMonthlyRows.toLocaleString('en')} sales_monthly rows`;
const tables = results
  .map(({ facts, result }) => `### ${result.label}\n\nData: ${factsText(facts)}. Load average ${loadText(result.loads)}; measured in ${(result.seconds / 60).toFixed(1)} min.\n\n${casesTable(result, TARGET_MS)}\n\nMemory:\n\n${memoryTable(result.memory)}`)
  .join('\n\n');
const section = `## ABC grading

Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory,
Node ${process.version}, PGlite ${pglite}${pgFacts}; load average ${load(loadBefore)} before, ${load(loadAfter)} after.
Target: \`GET /api/abc\` under ${TARGET_MS} ms with 100,000 customers and 2,000,000 order lines on PostgreSQL (✓ / ⚠: the API's p50).

Command: \`${command}\`. The data is generated on the first run and kept; \`--regenerate\` builds it again.
Period: ${period.from} to ${period.to}, the API's default (the last 12 full months).

${tables}

- **API**: \`GET /api/abc\` (default period, first page of 50 ranked rows, with the totals, the class mix and the Pareto
  series of the whole population) through HTTP to the real server (\`node --import tsx src/server/main.ts\`, log level info,
  the scheduler off), signed in as the user in *As*; ${requests} requests one after the other after two warm-up requests,
  timed to the last byte of the body. It reads the period's kept per-customer totals (\`sales_period_totals\`, built
  from \`sales_monthly\` by the first request for the period — one of the warm-up requests here — and kept up to date by
  every order since) and the population's ids, and grades in Node. *API first request* is the first request of the run
  for the case: the kept periods are forgotten before each run, so the first case's first request also builds the
  period's totals, as the first analysis of a month does.
- **Bare SQL** (the baseline): one statement over \`orders\` × \`order_lines\` for the same period and population (the app's
  own scope condition for the same user and picks): sum per customer, \`row_number()\` and the running total with
  \`sum() over (order by amount desc, customer_id rows unbounded preceding)\`, class A/B/C from the share before the
  customer; every graded row is returned. Sent ${requests} times one after the other by node-postgres, or by PGlite in the
  benchmark's process (after the server has stopped: PGlite is one process's database). Each case's API answer is checked
  against it: the same number of A, B and C customers and the same total, or the row is marked ⚠.
- **Concurrent**: ${clients} clients for ${seconds} s, each sending the next request when the last is answered (autocannon
  for the API; a pool of ${clients} connections, or PGlite's single connection queueing them, for the SQL).
- **Memory**: the server's resident set (from /proc) and V8 heap (sampled every 100 ms inside it) when it is up and signed
  in, and after the requests, with the peaks in between; for PGlite also the benchmark process while PGlite answers the
  bare SQL in it (PGlite's WebAssembly memory counts in the resident set, outside the heap).
- **Data**: the customer benchmark's organisations (\`bench/customers-search/\`) at this size, and for the measured one 30
  products and 24 months of orders written in SQL (\`bench/abc/sales.ts\`): Pareto-distributed customer sizes (α = ${'1.2'})
  scaled by customer type, prospects never buying, lost customers stopping 7–18 months before the end, a tenth of the active
  ones stopping in the last six months and a tenth starting late; every 40th order a return. \`sales_monthly\` is rebuilt
  from the lines by the application's \`rebuildSalesMonthly\`.
- A load average above the number of CPUs means other work shared the machine: trust the ratios more than the absolute times.`;

if (!values['no-docs']) {
  writeBenchmarkSection('docs/benchmarks.md', 'abc', section);
  log('docs/benchmarks.md updated');
}
