/**
 * `npx tsx bench/customers-search.ts [--runs 3] [--seconds 1] [--only postgres|pglite] [--regenerate] [--prepare-only] [--explain] [--no-docs]`:
 * customer list and search latency through HTTP (the real server, autocannon) next to the bare SQL the API runs,
 * with 1,000,000 customers on PostgreSQL and 100,000 on PGlite. The data is generated once and kept (PostgreSQL
 * database keqing_search_bench, PGlite directory .tmp/bench-customers/); --regenerate builds it again. Results go to
 * docs/benchmarks.md and, in full, to bench/out/customers-search.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { postgresTarget, pgliteTarget } from './customers-search/bare-sql';
import { searchCases } from './customers-search/cases';
import { postgresFacts, preparePglite, preparePostgres } from './customers-search/databases';
import { explainCases } from './customers-search/explain';
import { measureDatabase, type DatabaseResult, type DatabaseUnderTest } from './customers-search/measure';
import { benchOrgs, planOrg } from './customers-search/plan';
import { databaseTable, loadText, writeSection } from './customers-search/report';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '1' },
    'warmup-seconds': { type: 'string', default: '0.5' },
    only: { type: 'string' },
    customers: { type: 'string', default: '1000000' },
    'pglite-customers': { type: 'string', default: '100000' },
    'pglite-dir': { type: 'string' },
    regenerate: { type: 'boolean', default: false },
    'prepare-only': { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
});
const positive = (name: string, raw: string) => {
  const n = Number(raw);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number`);
  return n;
};
const runs = positive('runs', values.runs);
const seconds = positive('seconds', values.seconds);
const warmupSeconds = positive('warmup-seconds', values['warmup-seconds']);
const pgCustomers = positive('customers', values.customers);
const pgliteCustomers = positive('pglite-customers', values['pglite-customers']);
if (values.only && !['postgres', 'pglite'].includes(values.only)) throw new Error('--only takes postgres or pglite');
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/keqing_search_bench';
const PGLITE_DIR = values['pglite-dir'] ?? `.tmp/bench-customers/pglite-${pgliteCustomers}`;
const LEVELS = [10, 50];
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

const targets: { db: DatabaseUnderTest; customers: number; prepare: () => Promise<void> }[] = [];
if (values.only !== 'pglite') {
  const orgs = benchOrgs(pgCustomers);
  targets.push({
    customers: pgCustomers,
    prepare: () => preparePostgres(PG_URL, orgs, values.regenerate, log),
    db: { label: `PostgreSQL, ${pgCustomers.toLocaleString('en')} customers`, orgCode: orgs[0]!.code, server: { url: PG_URL }, openSql: async () => postgresTarget(PG_URL), shared: true },
  });
}
if (values.only !== 'postgres') {
  const orgs = benchOrgs(pgliteCustomers);
  targets.push({
    customers: pgliteCustomers,
    prepare: () => preparePglite(PGLITE_DIR, orgs, values.regenerate, log),
    db: { label: `PGlite, ${pgliteCustomers.toLocaleString('en')} customers`, orgCode: orgs[0]!.code, server: { dataDir: PGLITE_DIR }, openSql: () => pgliteTarget(PGLITE_DIR), shared: false },
  });
}

const benchStarted = performance.now();
for (const t of targets) await t.prepare();
if (values['prepare-only']) {
  log('data ready');
  process.exit(0);
}
if (values.explain) {
  for (const t of targets) {
    const sql = await t.db.openSql();
    try {
      console.log(`\n=== ${t.db.label}\n${await explainCases(sql, t.db.orgCode, searchCases(planOrg(benchOrgs(t.customers)[0]!).offices[0]!.city.code))}`);
    } finally {
      await sql.close();
    }
  }
  process.exit(0);
}
const loadBefore = loadavg();
const measureStarted = performance.now();
const results: { result: DatabaseResult; customers: number }[] = [];
for (const t of targets) {
  const cityCode = planOrg(benchOrgs(t.customers)[0]!).offices[0]!.city.code;
  const result = await measureDatabase(t.db, {
    cases: searchCases(cityCode),
    // Every role at 10 clients; the whole-organisation role, the hard case, at 50 as well.
    concurrency: (role) => (role.key === 'org' ? LEVELS : [LEVELS[0]!]),
    runs,
    seconds,
    warmupSeconds,
    log,
  });
  results.push({ result, customers: t.customers });
  console.log(`\n${result.label}\n\n${databaseTable(result, LEVELS)}\n`);
}
const loadAfter = loadavg();
const minutes = (from: number) => ((performance.now() - from) / 60_000).toFixed(1);
log(`measured in ${minutes(measureStarted)} min (${minutes(benchStarted)} min with data preparation)`);

mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/customers-search.json', JSON.stringify({ date: new Date().toISOString(), loadBefore, loadAfter, results }, null, 2));

const pglite = (JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')) as { version: string }).version;
const pgFacts = values.only === 'pglite' ? '' : `, ${await postgresFacts(PG_URL)} on the same machine`;
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
const command = `npx tsx bench/customers-search.ts --runs ${runs} --seconds ${seconds}${values.only ? ` --only ${values.only}` : ''}`;
const tables = results
  .map(({ result }) => `### ${result.label}\n\nLoad average at the start of each round: ${loadText(result.loads)}. Measured in ${(result.seconds / 60).toFixed(1)} min.\n\n${databaseTable(result, LEVELS)}`)
  .join('\n\n');
const section = `## Customer list and search

Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory,
Node ${process.version}, PGlite ${pglite}${pgFacts}; load average ${load(loadBefore)} before, ${load(loadAfter)} after.
Target: p95 under 100 ms at 10 concurrent clients with 1,000,000 customers on PostgreSQL (⚠ marks a p95 of 100 ms or more).

Command: \`${command}\` (measures ${(runs * seconds).toFixed(0)} s per cell: medians of ${runs} rounds of ${seconds} s, taken
round-robin after a warm-up round). The data is generated on the first run and kept; \`--regenerate\` builds it again.

${tables}

- **API**: \`GET /api/customers?q=…&sort=name&limit=50\` through HTTP to the real server (\`node --import tsx src/server/main.ts\`,
  log level info, its own pool of 10 connections, the scheduler off), signed in as the user in *As*, driven by autocannon with
  N connections that each send the next request when the last is answered. p50 and p95 are of the 200 responses of a round;
  the table shows the median over rounds and, in brackets, the range of the rounds' p95. Any other status fails the run. A
  request still unanswered when the round ends is not counted (∞: none was answered), and the next measurement waits until
  the server is idle again.
- **SQL** (the baseline): the statements and parameters listCustomers sends for the same request (*SQL statements*: the
  EXPLAIN that asks the planner for the scope's and the filter's row estimates, then the walk — one statement — or the
  filters' indexes — the sorted keys, then the page by id — and any bounded hand-over; see docs/architecture.md), captured from drizzle's query logger and replayed in order by
  node-postgres (a pool of N connections) or by PGlite in the benchmark's process (PGlite runs one query at a time, so N
  clients queue), with the same concurrency and duration, in the same round. *API ÷ SQL* is the price of HTTP, the session
  check, validation and serialisation — and, at 50 clients, of the server's pool of 10 connections.
- **Matches**: customers in the user's scope that the query or filter finds (all pages); the API returns the first 50 (page 1)
  or the 50 after the cursor reached by following \`nextCursor\` four times (page 5).
- **Data**: \`bench/customers-search/\` generates the organisation measured (one office per prefecture-level city of 河南, 湖北,
  山东 and 河北, 20 reps each, 1,000 customers per rep on average, each county split into rep territories by township), two smaller
  organisations and the demo organisation beside it, deterministically, with the demo generator's name builders and the real
  \`customerSearchText\` / \`customerNameKey\`. Customer mix per county as in the demo: county hospitals, township health
  centres, distributors, then village clinics, private clinics and pharmacies; 2% in the office pools; statuses 70–85% active.
- A load average above the number of CPUs means other work shared the machine: trust the ratios more than the absolute times.`;

if (!values['no-docs']) {
  writeSection('docs/benchmarks.md', section);
  log('docs/benchmarks.md updated');
}
