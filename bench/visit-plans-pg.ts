/**
 * `npx tsx bench/visit-plans-pg.ts [--reps 100] [--customers 150] [--runs 3] [--month 2025-11] [--capacity 8]
 *   [--regenerate] [--no-docs]`:
 * monthly visit plan generation on PostgreSQL through the service the API calls (generatePlan: the rep's customers,
 * rules and travel settings read, the plan made, stored in one transaction and read back as the plan view), one rep
 * after another as reps press 生成计划, and the pure generator (src/domain/visits) over the same customers in the same
 * run, for the ratio. The data (one organisation, an office, the reps with a start point each, and each rep's graded
 * customers from bench/visit-plans.ts's made-up territories) is kept in its own database, keqing_visits_bench
 * (BENCH_VISITS_DATABASE_URL to change it); --regenerate builds it again. Every run deletes the organisation's plans
 * first, so each measures first generation. Results go to the "Visit plan generation" section of docs/benchmarks.md.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { asc, eq } from 'drizzle-orm';
import pg from 'pg';
import type { Actor } from '../src/domain/identity/policies';
import { generateMonthlyPlan } from '../src/domain/visits/plan';
import type { MonthlyPlanRequest } from '../src/domain/visits/plan-types';
import { openDatabase, type Db } from '../src/server/db/client';
import { customers, offices, orgs, repTravelSettings, users, visitPlans } from '../src/server/db/schema';
import { COUNTY_SEATS } from '../src/server/demo/customers/places';
import { orgWorkingCalendar } from '../src/server/modules/calendar/org-calendar';
import { seedCustomerTypes } from '../src/server/modules/customers/customer-types';
import { generatePlan } from '../src/server/modules/visits/plan-generation.service';
import { monthParts, startPoint, toPlanCustomer } from '../src/server/modules/visits/planning-input';
import { planningCustomers, travelSettingsOf } from '../src/server/modules/visits/visit-plans.queries';
import { loadVisitSettings } from '../src/server/modules/visits/visit-settings.service';
import { randomTerritory } from '../test/helpers/territory';
import { writeBenchmarkSection } from './docs-section';
import { median } from './startup/report';

const { values } = parseArgs({
  options: {
    reps: { type: 'string', default: '100' },
    customers: { type: 'string', default: '150' },
    runs: { type: 'string', default: '3' },
    month: { type: 'string', default: '2025-11' },
    capacity: { type: 'string', default: '8' },
    regenerate: { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
});
const count = (name: string, v: string | undefined) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer`);
  return n;
};
const reps = count('reps', values.reps);
const perRep = count('customers', values.customers);
const runs = count('runs', values.runs);
const capacity = count('capacity', values.capacity);
const month = values.month!;
if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new Error('--month must be YYYY-MM');
const URL_ = process.env.BENCH_VISITS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/keqing_visits_bench';
const ORG_CODE = `visitbench${reps}x${perRep}`;
const TARGET_MS = 10_000;
const log = (line: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

async function adminQuery(text: string): Promise<pg.QueryResult> {
  const admin = new URL(URL_);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

async function prepareDatabase(): Promise<void> {
  const name = decodeURIComponent(new URL(URL_).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name) || name === 'test' || name === 'postgres') throw new Error(`refusing to use database "${name}" for the benchmark`);
  if (values.regenerate) await adminQuery(`drop database if exists ${name} with (force)`);
  if ((await adminQuery(`select 1 from pg_database where datname = '${name}'`)).rowCount !== 1) {
    log(`creating database ${name}`);
    await adminQuery(`create database ${name}`);
  }
}

/** The organisation with its office, reps (start point at their county seat, by motorbike) and graded customers. */
async function loadOrganisation(db: Db): Promise<{ orgId: string; officeId: string }> {
  const [existing] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, ORG_CODE));
  if (existing) {
    const [office] = await db.select({ id: offices.id }).from(offices).where(eq(offices.orgId, existing.id));
    return { orgId: existing.id, officeId: office!.id };
  }
  log(`loading ${reps} reps × ${perRep} customers`);
  return db.transaction(async (tx) => {
    const t = tx as Db;
    const [org] = await t.insert(orgs).values({ code: ORG_CODE, name: '拜访计划基准' }).returning({ id: orgs.id });
    const orgId = org!.id;
    await seedCustomerTypes(t, orgId);
    const [office] = await t.insert(offices).values({ orgId, name: '基准办事处' }).returning({ id: offices.id });
    const officeId = office!.id;
    const seats = Object.values(COUNTY_SEATS).filter((s) => s.kind !== 'urban').map((s) => s.seat);
    for (let r = 0; r < reps; r++) {
      const [rep] = await t
        .insert(users)
        .values({ orgId, officeId, username: `rep${r}`, displayName: `代表${r}`, role: 'rep', passwordHash: 'not-used' })
        .returning({ id: users.id });
      const territory = randomTerritory({ customers: perRep, seed: 1000 + r, seat: seats[r % seats.length], withoutLocation: 0.02 });
      await t.insert(repTravelSettings).values({ orgId, userId: rep!.id, startLng: territory.seat.lng, startLat: territory.seat.lat, mode: 'motorbike', dailyCapacity: capacity });
      await t.insert(customers).values(
        territory.customers.map((c, i) => {
          const name = `代表${r}客户${i}`;
          return { orgId, officeId, ownerId: rep!.id, name, nameKey: name, searchText: name, typeCode: c.typeCode!, status: 'active' as const, grade: c.grade === 'none' ? null : c.grade, lng: c.location?.lng ?? null, lat: c.location?.lat ?? null, datum: 'GCJ-02' };
        }),
      );
    }
    return { orgId, officeId };
  });
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const f = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

async function main() {
  await prepareDatabase();
  const database = await openDatabase({ url: URL_, poolSize: 4 });
  try {
    await database.migrate();
    const db = database.db;
    const { orgId, officeId } = await loadOrganisation(db);
    const repRows = await db.select({ id: users.id }).from(users).where(eq(users.orgId, orgId)).orderBy(asc(users.username));
    const actors: Actor[] = repRows.map((r) => ({ orgId, userId: r.id, role: 'rep', officeId }));

    // The pure generator's requests: the same customers, rules, calendar and start points as the service reads.
    const { year, month: m } = monthParts(month);
    const settings = await loadVisitSettings(db, orgId);
    const calendar = await orgWorkingCalendar(db, orgId);
    const requests: MonthlyPlanRequest[] = [];
    for (const actor of actors) {
      const planCustomers = (await planningCustomers(db, orgId, actor.userId)).map(toPlanCustomer);
      const travel = await travelSettingsOf(db, orgId, actor.userId);
      requests.push({ year, month: m, calendar, customers: planCustomers, start: startPoint(travel, planCustomers)!, mode: travel?.mode ?? 'motorbike', dailyCapacity: travel?.dailyCapacity ?? settings.plan.dailyCapacity, rules: settings.rules });
    }

    const loadBefore = loadavg();
    const meta = () => ({ ip: null, userAgent: null, now: new Date() });
    await db.delete(visitPlans).where(eq(visitPlans.orgId, orgId));
    await generatePlan(db, actors[0]!, { month }, meta()); // warm-up
    const results: { serviceMs: number; perRepMs: number[]; pureMs: number; visits: number; unplaced: number }[] = [];
    for (let run = 1; run <= runs; run++) {
      await db.delete(visitPlans).where(eq(visitPlans.orgId, orgId));
      const perRepMs: number[] = [];
      let visits = 0;
      let unplaced = 0;
      const began = performance.now();
      for (const actor of actors) {
        const t0 = performance.now();
        const plan = await generatePlan(db, actor, { month }, meta());
        perRepMs.push(performance.now() - t0);
        visits += plan.totals.visits;
        unplaced += plan.totals.unplaced;
      }
      const serviceMs = performance.now() - began;
      const pureBegan = performance.now();
      for (const request of requests) if (!generateMonthlyPlan(request).ok) throw new Error('the calendar does not know the month');
      const pureMs = performance.now() - pureBegan;
      log(`run ${run}: service ${f(serviceMs)} ms, pure ${f(pureMs)} ms`);
      results.push({ serviceMs, perRepMs, pureMs, visits, unplaced });
    }
    const loadAfter = loadavg();

    const service = median(results.map((r) => r.serviceMs));
    const pure = median(results.map((r) => r.pureMs));
    const all = results.flatMap((r) => r.perRepMs);
    const section = `## Visit plan generation

\`npx tsx bench/visit-plans-pg.ts --reps ${reps} --customers ${perRep} --runs ${runs} --month ${month} --capacity ${capacity}\` on ${cpus()[0]?.model ?? 'unknown CPU'} (${availableParallelism()} cores), Node ${process.version}, PostgreSQL at ${new URL(URL_).host}; load average ${loadBefore.map((l) => l.toFixed(2)).join(' / ')} before, ${loadAfter.map((l) => l.toFixed(2)).join(' / ')} after.

${reps} reps × ${perRep} customers (made-up county territories, 20/35/35 % A/B/C, the rest ungraded, 2 % without coordinates), ${month}, at most ${capacity} visits a day. Each rep's plan goes through \`generatePlan\`, the service behind \`POST /api/visit-plans/generate\` (read the rep's customers, rules and travel settings, plan, store the draft and its items in one transaction, read back the plan view with each day's route and what is still unplaced), one rep after another. The pure generator runs over the same customers in the same process after each run. Target: under ${TARGET_MS / 1000} s for all reps.

| measure | median of ${runs} runs |
| :-- | --: |
| all ${reps} reps through the service | ${f(service)} ms (${service < TARGET_MS ? 'within' : 'over'} the ${TARGET_MS / 1000} s target) |
| one rep through the service, median / p95 (all runs) | ${f(median(all))} / ${f(percentile(all, 95))} ms |
| all ${reps} reps, pure generator only | ${f(pure)} ms |
| service ÷ pure generator | ${(service / pure).toFixed(2)} |
| planned visits / still unplaced (one run) | ${results[0]!.visits} / ${results[0]!.unplaced} |
${loadBefore[0]! > availableParallelism() ? `\nThe load average was above the machine's ${availableParallelism()} cores when the run began: the database server competes with the benchmark for the cores, so these times are upper bounds.\n` : ''}`;
    console.log(section);
    if (!values['no-docs']) writeBenchmarkSection('docs/benchmarks.md', 'visit-plans', section);
  } finally {
    await database.close();
  }
}

await main();
