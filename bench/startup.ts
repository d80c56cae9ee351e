/**
 * `npm run bench:startup [-- --runs 5] [-- --no-docs]`: how long the server takes from spawn to its first
 * 200 on /api/health, and its resident memory, on PGlite (empty, and with the demo data) and on
 * PostgreSQL, against a bare Fastify server started the same way. Medians of N runs, taken round-robin
 * so that a busy machine weighs on every scenario alike; the table also goes to docs/benchmarks.md.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/db/client';
import { seedDemo } from '../src/server/demo/seed';
import { ScratchDatabases } from './startup/postgres';
import { markdownTable, writeSection, type ScenarioResult } from './startup/report';
import { measureRun, signInAsDemoAdmin, type RunResult, type RunSpec } from './startup/server-run';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, 'no-docs': { type: 'boolean', default: false } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SERVER = 'src/server/main.ts';

/** The environment of `npm start`, without anything that would pick the database or port for us. */
const baseEnv: NodeJS.ProcessEnv = { ...process.env };
for (const name of ['DATABASE_URL', 'DATA_DIR', 'KEQING_DEMO', 'PORT', 'HOST']) delete baseEnv[name];
// The API alone: the web build (served as static files when present) is not part of what is measured.
baseEnv.WEB_DIR = join(tmpdir(), 'keqing-bench-no-web');

/** A scenario: how to prepare one run (returns the spec and its cleanup). */
interface Scenario {
  label: string;
  prepare(): Promise<{ spec: RunSpec; cleanup?: () => Promise<void> | void }>;
}

function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'keqing-bench-'));
}

async function seededDataDir(): Promise<string> {
  const dir = tempDataDir();
  const database = await openDatabase({ dataDir: dir });
  await database.migrate();
  await seedDemo(database.db);
  await database.close();
  return dir;
}

const pg = new ScratchDatabases(PG_URL);
const pgAvailable = await pg.reachable();
const demoDir = await seededDataDir();

const baseline: Scenario = {
  label: 'Bare Fastify (baseline)',
  prepare: async () => ({ spec: { script: 'bench/startup/hello-server.ts', env: baseEnv } }),
};

const scenarios: Scenario[] = [
  {
    label: 'PGlite, empty (first start: creates and migrates the database)',
    prepare: async () => {
      const dir = tempDataDir();
      return { spec: { script: SERVER, env: { ...baseEnv, DATA_DIR: dir, KEQING_DEMO: 'false' } }, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    label: 'PGlite, demo data (second start)',
    prepare: async () => ({ spec: { script: SERVER, env: { ...baseEnv, DATA_DIR: demoDir }, login: signInAsDemoAdmin } }),
  },
];
if (pgAvailable) {
  scenarios.push(
    {
      label: 'PostgreSQL, empty (fresh database, migrates)',
      prepare: async () => {
        const db = await pg.create();
        return { spec: { script: SERVER, env: { ...baseEnv, DATABASE_URL: db.url, KEQING_DEMO: 'false' } }, cleanup: () => pg.drop(db.name) };
      },
    },
    {
      label: 'PostgreSQL, demo data (second start)',
      prepare: async () => {
        const db = await pg.create();
        const database = await openDatabase({ url: db.url, poolSize: 1 });
        await database.migrate();
        await seedDemo(database.db);
        await database.close();
        return { spec: { script: SERVER, env: { ...baseEnv, DATABASE_URL: db.url }, login: signInAsDemoAdmin }, cleanup: () => pg.drop(db.name) };
      },
    },
  );
} else {
  console.error(`PostgreSQL at ${PG_URL} is not reachable: its rows are left out (set BENCH_DATABASE_URL).`);
}

const loadBefore = loadavg();
const results = new Map<Scenario, RunResult[]>([baseline, ...scenarios].map((s) => [s, []]));
try {
  for (let i = 1; i <= runs; i++) {
    for (const scenario of [baseline, ...scenarios]) {
      const { spec, cleanup } = await scenario.prepare();
      try {
        const r = await measureRun(spec);
        results.get(scenario)!.push(r);
        console.error(`run ${i}/${runs}  ${scenario.label}: ${Math.round(r.startMs)} ms, ${r.rssHealthyMb.toFixed(0)} → ${r.rssAfterMeMb.toFixed(0)} MB`);
      } finally {
        await cleanup?.();
      }
    }
  }
} finally {
  rmSync(demoDir, { recursive: true, force: true });
}
const loadAfter = loadavg();

const asResult = (s: Scenario): ScenarioResult => ({ label: s.label, runs: results.get(s)! });
const table = markdownTable(asResult(baseline), scenarios.map(asResult));
const pglite = (JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')) as { version: string }).version;
const load = (l: number[]) => l.map((x) => x.toFixed(1)).join(' ');
const section = `## Start-up time and memory

Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory,
Node ${process.version}, PGlite ${pglite}${pgAvailable ? ', PostgreSQL on the same machine' : ''}; load average ${load(loadBefore)} before, ${load(loadAfter)} after.

Command: \`npm run bench:startup -- --runs ${runs}\` — medians of ${runs} runs, taken round-robin. A load average above the
number of CPUs means other work shared the machine: trust the ratios more than the absolute times.

${table}

- Start: from spawning \`node --import tsx <script>\` (how \`npm start\` runs \`src/server/main.ts\`) to the first 200 from
  \`GET /api/health\`, polled every 5 ms. It includes loading TypeScript through tsx, opening the database, migrations and
  the demo check.
- RSS: \`VmRSS\` of the server process from \`/proc/<pid>/status\`, once healthy and after 20 sequential
  \`GET /api/auth/me\`. With the demo data the requests are signed in as the demo administrator (200); an empty database
  has nobody to sign in as, so they are answered 401 by the session check.
- The API server alone: \`WEB_DIR\` points to a directory without a web build, so no static files are served.
- The baseline is a bare Fastify server (\`bench/startup/hello-server.ts\`) started the same way; × is the ratio to it.
- PGlite empty uses a fresh \`DATA_DIR\` per run; PostgreSQL uses a fresh database per run (\`create database\` /
  \`drop database\`), seeded beforehand for the demo row.`;

console.log(`\n${table}\n`);
if (!values['no-docs']) {
  writeSection('docs/benchmarks.md', section);
  console.log('docs/benchmarks.md updated.');
}
