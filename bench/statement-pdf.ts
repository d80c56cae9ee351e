/**
 * `npx tsx bench/statement-pdf.ts [--runs 3] [--delay 10]`: how long the first statement PDF takes after a server
 * start, with the background font warm-up (main.ts) and without it (PDF_WARMUP=off). Each run spawns the server on
 * a PGlite copy of the demo data, waits for /api/health, signs in as the demo administrator, waits `--delay` seconds
 * (a person opening the page), then downloads the largest statement of the month as PDF, twice: the first download
 * and a warm one for reference. Medians of the runs, taken round-robin; prints results only.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/server/db/client';
import { seedDemo } from '../src/server/demo/seed';
import { freePort, rssMb, signInAsDemoAdmin, spawnServer, stop, waitHealthy } from './startup/server-run';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, delay: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
const delayMs = Number(values.delay) * 1000;

const baseEnv: NodeJS.ProcessEnv = { ...process.env, SCHEDULER: 'off', LOG_LEVEL: 'warn', WEB_DIR: join(tmpdir(), 'keqing-bench-no-web') };
for (const name of ['DATABASE_URL', 'DATA_DIR', 'KEQING_DEMO', 'PORT', 'HOST', 'PDF_WARMUP']) delete baseEnv[name];

interface Result {
  firstMs: number;
  secondMs: number;
  rssMb: number;
  bytes: number;
}

async function timedPdf(base: string, cookie: string, id: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(`${base}/api/expense-statements/${id}/document?format=pdf`, { headers: { cookie } });
  const body = await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`PDF: ${res.status} ${Buffer.from(body).toString()}`);
  return { ms: performance.now() - started, bytes: body.byteLength };
}

async function run(seeded: string, warm: boolean): Promise<Result> {
  const dir = mkdtempSync(join(tmpdir(), 'keqing-bench-pdf-'));
  cpSync(seeded, dir, { recursive: true });
  const env = { ...baseEnv, DATA_DIR: dir, KEQING_DEMO: 'false', ...(warm ? {} : { PDF_WARMUP: 'off' }) };
  const { child, base, output } = spawnServer('src/server/main.ts', env, await freePort());
  try {
    await waitHealthy(base, child, output);
    const cookie = await signInAsDemoAdmin(base);
    const list = (await (await fetch(`${base}/api/expense-statements`, { headers: { cookie } })).json()) as { items: { id: string; totals: { customers: number } }[] };
    const largest = [...list.items].sort((a, b) => b.totals.customers - a.totals.customers)[0];
    if (!largest) throw new Error('the demo data has no statement');
    await new Promise((r) => setTimeout(r, delayMs));
    const first = await timedPdf(base, cookie, largest.id);
    const second = await timedPdf(base, cookie, largest.id);
    return { firstMs: first.ms, secondMs: second.ms, rssMb: rssMb(child.pid!), bytes: first.bytes };
  } finally {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const seeded = mkdtempSync(join(tmpdir(), 'keqing-bench-pdf-seed-'));
const database = await openDatabase({ dataDir: seeded });
await database.migrate();
await seedDemo(database.db);
await database.close();

const results = { off: [] as Result[], on: [] as Result[] };
const loadBefore = loadavg();
try {
  for (let i = 1; i <= runs; i++) {
    for (const mode of ['off', 'on'] as const) {
      const r = await run(seeded, mode === 'on');
      results[mode].push(r);
      console.error(`run ${i}/${runs} warm-up ${mode}: first PDF ${Math.round(r.firstMs)} ms, second ${Math.round(r.secondMs)} ms, RSS ${r.rssMb.toFixed(0)} MB, ${r.bytes} bytes`);
    }
  }
} finally {
  rmSync(seeded, { recursive: true, force: true });
}
console.log(`\nFirst statement PDF after start (${delayMs / 1000} s after healthy), medians of ${runs}; ${availableParallelism()} CPUs, load ${loadBefore.map((x) => x.toFixed(1)).join(' ')} → ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log('| font warm-up | first PDF | second PDF | RSS after |');
console.log('|---|---:|---:|---:|');
for (const mode of ['off', 'on'] as const) {
  const rs = results[mode];
  console.log(`| ${mode} | ${Math.round(median(rs.map((r) => r.firstMs)))} ms | ${Math.round(median(rs.map((r) => r.secondMs)))} ms | ${median(rs.map((r) => r.rssMb)).toFixed(0)} MB |`);
}
