/**
 * `npx tsx bench/customer-import.ts [--rows 100000] [--pglite]`: how long importing and exporting customers takes
 * through the API (in-process), on PostgreSQL (BENCH_DATABASE_URL, default the local test server; a scratch schema
 * that is dropped afterwards) or on in-memory PGlite. An .xlsx file of N new customers is uploaded, checked and
 * imported; then the same file with one changed column is imported again (N updates); then everything is
 * exported as .xlsx and as CSV. Prints the seconds of each step and the process's peak resident memory, and writes
 * them to docs/benchmarks.md (section "Customer import and export", one table per database; --no-docs: print only).
 */
import { randomBytes } from 'node:crypto';
import { availableParallelism, loadavg } from 'node:os';
import { PassThrough } from 'node:stream';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { checkCharacter } from '../src/domain/customers/credit-code';
import { buildApp } from '../src/server/app';
import { openDatabase } from '../src/server/db/client';
import { orgs } from '../src/server/db/schema';
import { DEMO_ORG, DEMO_PASSWORD } from '../src/server/demo/demo-org';
import { seedDemo } from '../src/server/demo/seed';
import { writeBenchmarkSection } from './docs-section';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' }, pglite: { type: 'boolean', default: false }, 'no-docs': { type: 'boolean', default: false } } });
const N = Number(values.rows);
const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `bench_import_${randomBytes(4).toString('hex')}`;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);

const HEADERS = ['客户名称', '客户类型', '所在地区', '电话', '统一社会信用代码', '负责人', '付款方式', '偏好与习惯'];
const TYPES = ['村卫生室', '乡镇卫生院', '个体诊所', '村镇药店'];
const COUNTIES = ['410122', '410181', '410182', '410183', '410184', '410185', '411321', '411322', '411323', '411324'];
const OWNERS = ['张伟', '李娜', '王芳', '陈杰', '杨敏', '徐浩'];

function creditCode(county: string, n: number): string {
  const first17 = `91${county}WW${String(n).padStart(7, '0')}`;
  return first17 + checkCharacter(first17)!;
}

async function workbook(payment: string): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: false });
  const sheet = book.addWorksheet('客户');
  sheet.addRow(HEADERS).commit();
  for (let n = 0; n < N; n++) {
    const county = COUNTIES[n % COUNTIES.length]!;
    sheet.addRow([`基准测试${n}号${TYPES[n % TYPES.length]}`, TYPES[n % TYPES.length], county, `193${String(n).padStart(8, '0')}`, creditCode(county, n), OWNERS[n % OWNERS.length], payment, '上午拜访']).commit();
  }
  sheet.commit();
  await book.commit();
  return Buffer.concat(chunks);
}

/**
 * The floor for writing these customers: the imported rows copied again by one INSERT … SELECT inside the database
 * (every index maintained, nothing validated, no duplicate lookups, no history, no audit, no round trips).
 */
function bareCopy(orgId: string) {
  return sql`insert into customers (org_id, name, name_key, search_text, type_code, region_code, office_id, owner_id, status, credit_code, phones, profile, preferences)
    select org_id, name || '副本', name_key || '副本', search_text, type_code, region_code, office_id, owner_id, status, credit_code, phones, profile, preferences
    from customers where org_id = ${orgId} and name like '基准测试%'`;
}

/** Each timed step: its label, seconds, and the process's peak resident memory during it. */
const steps: { label: string; seconds: number; peakMb: number; rows: number | null }[] = [];

async function timed<T>(label: string, work: () => Promise<T>, rows: number | null = null): Promise<T> {
  const start = performance.now();
  peakRss = process.memoryUsage().rss;
  const result = await work();
  const seconds = (performance.now() - start) / 1000;
  steps.push({ label, seconds, peakMb: peakRss / 1e6, rows });
  console.log(`${label.padEnd(44)} ${seconds.toFixed(1).padStart(7)} s   peak RSS ${(peakRss / 1e6).toFixed(0)} MB`);
  return result;
}

function writeDocs(kind: string, loads: string[]): void {
  const rowsPerSecond = (s: (typeof steps)[number]) => (s.rows ? Math.round(s.rows / s.seconds).toLocaleString('en') : '');
  const table = [
    '| Step | Seconds | Rows per second | Peak RSS of the process |',
    '| :-- | --: | --: | --: |',
    ...steps.map((s) => `| ${s.label} | ${s.seconds.toFixed(1)} | ${rowsPerSecond(s)} | ${s.peakMb.toFixed(0)} MB |`),
  ].join('\n');
  const bare = steps.find((s) => s.label.startsWith('bare SQL'))!;
  const times = (prefix: string) => (steps.find((s) => s.label.startsWith(prefix))!.seconds / bare.seconds).toFixed(1);
  const label = kind === 'pglite' ? 'PGlite (in memory)' : 'PostgreSQL';
  writeBenchmarkSection(
    'docs/benchmarks.md',
    `customer-import-${kind}`,
    `## Customer import and export, ${label}, ${N.toLocaleString('en')} rows

Measured ${new Date().toISOString().slice(0, 10)} on ${availableParallelism()} CPUs, Node ${process.version}; load average ${loads.join(' → ')}.
Command: \`npx tsx bench/customer-import.ts --rows ${N}${values.pglite ? ' --pglite' : ''}\`. One run (each step takes seconds to minutes).

${table}

Through the API in-process (fastify inject) as the demo administrator, on a fresh database with the demo organisation:
an .xlsx of ${N.toLocaleString('en')} new customers (8 columns, Chinese headers) is uploaded, checked (dry run: every row
validated, duplicates looked up), imported (one transaction, 500 rows per statement), then the same file with one column
changed is imported again (${N.toLocaleString('en')} updates, checked again inside the import), then the whole list is
exported. Last, the baseline in the same run: the ${N.toLocaleString('en')} created rows copied once more by one
INSERT … SELECT inside the database (every index maintained; nothing validated, no duplicate lookups, no history, no
audit, no round trips). Against it, importing the creates takes ${times('import: creates')}× as long and the updates
${times('import: updates')}×: the difference is validation, duplicate lookups, a history row per customer and field,
and the rows travelling from the process.`,
  );
}

async function main() {
  const database = values.pglite ? await openDatabase({}) : await openDatabase({ url, pgSchema: schema, poolSize: 4 });
  try {
    await database.migrate();
    await seedDemo(database.db);
    const app = await buildApp({ database });
    await app.ready();
    const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { orgCode: DEMO_ORG.code, username: 'admin', password: DEMO_PASSWORD } });
    const cookie = `kq_session=${login.cookies.find((c) => c.name === 'kq_session')!.value}`;
    const upload = async (bytes: Buffer) => {
      const boundary = '----keqingbench';
      const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.xlsx"\r\n\r\n`), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]);
      const res = await app.inject({ method: 'POST', url: '/api/customer-imports', headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
      if (res.statusCode !== 201) throw new Error(res.body);
      return res.json() as { mapping: Record<string, string | null> };
    };
    const run = async (path: string, body: unknown) => {
      const res = await app.inject({ method: 'POST', url: `/api/customer-imports/current/${path}`, headers: { cookie }, payload: body as object });
      if (res.statusCode !== 202) throw new Error(res.body);
      for (;;) {
        await new Promise((r) => setTimeout(r, 200));
        const current = (await app.inject({ method: 'GET', url: '/api/customer-imports/current', headers: { cookie } })).json().import;
        if (!['checking', 'importing'].includes(current.status)) {
          if (current.problemCount || current.error) throw new Error(JSON.stringify({ problems: current.problems.slice(0, 5), error: current.error }));
          return current.summary;
        }
      }
    };

    const loadBefore = loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`${N} rows on ${database.kind}; load average ${loadBefore}`);
    const first = await timed('build the .xlsx file (not the app)', () => workbook('月结'));
    console.log(`file size ${(first.length / 1e6).toFixed(1)} MB`);
    const { mapping } = await timed('upload (parse, store)', () => upload(first));
    console.log(await timed('check (dry run)', () => run('check', { mapping }), N));
    console.log(await timed('import: creates', () => run('import', {}), N));
    const second = await workbook('现结');
    await timed('upload the changed file', () => upload(second));
    console.log(await timed('import: updates (check inside)', () => run('import', { mapping }), N));
    for (const format of ['xlsx', 'csv']) {
      const res = await timed(`export all customers (${format})`, () => app.inject({ method: 'GET', url: `/api/customers/export?format=${format}`, headers: { cookie } }), N + 2000);
      console.log(`  ${res.statusCode}, ${(res.rawPayload.length / 1e6).toFixed(1)} MB`);
    }
    const [org] = await database.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, DEMO_ORG.code));
    const orgId = org!.id;
    await timed('bare SQL: the created rows copied by INSERT … SELECT', () => database.db.execute(bareCopy(orgId)), N);
    const loadAfter = loadavg().map((l) => l.toFixed(1)).join(' ');
    console.log(`load average ${loadAfter}`);
    if (!values['no-docs']) writeDocs(database.kind, [loadBefore, loadAfter]);
    await app.close();
  } finally {
    await database.close();
    if (!values.pglite) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop schema if exists "${schema}" cascade`);
      await admin.end();
    }
    clearInterval(sampler);
  }
}

await main();
