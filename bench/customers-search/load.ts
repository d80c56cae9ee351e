/**
 * Loads the benchmark organisations into a migrated database (PostgreSQL or PGlite), one county per transaction,
 * each recorded in bench_loaded_counties in the same transaction: an interrupted load resumes where it stopped.
 */
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';
import { offices, orgs, users } from '../../src/server/db/schema';
import { DEMO_PASSWORD } from '../../src/server/demo/demo-org';
import { seedDemo } from '../../src/server/demo/seed';
import { seedCustomerTypes } from '../../src/server/modules/customers/customer-types';
import { hashPassword } from '../../src/server/modules/identity/passwords';
import { countyCustomers } from './generate';
import { planOrg, type BenchOrgSpec, type OrgPlan } from './plan';

/** Every benchmark account signs in with the demo password. */
export const BENCH_PASSWORD = DEMO_PASSWORD;

interface OrgIds {
  orgId: string;
  officeIds: string[];
  userIds: Map<string, string>;
}

/** The organisation, its customer types, offices and users: created once, all or nothing; found again on resume. */
async function ensureOrg(db: Db, plan: OrgPlan, passwordHash: () => Promise<string>): Promise<OrgIds> {
  const { spec } = plan;
  let [org] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, spec.code));
  if (!org) {
    const hash = await passwordHash();
    await db.transaction(async (tx) => {
      const [created] = await tx.insert(orgs).values({ code: spec.code, name: spec.name }).returning({ id: orgs.id });
      await seedCustomerTypes(tx as unknown as Db, created!.id);
      const officeRows = await tx
        .insert(offices)
        .values(plan.offices.map((o) => ({ orgId: created!.id, name: o.name, regionCode: `${o.city.code}00`, address: `${o.city.province}${o.city.name}人民路 1 号` })))
        .returning({ id: offices.id, name: offices.name });
      const officeId = new Map(officeRows.map((o) => [o.name, o.id]));
      await tx.insert(users).values(
        plan.users.map((u) => ({
          orgId: created!.id,
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          officeId: u.office === undefined ? null : officeId.get(plan.offices[u.office]!.name)!,
          passwordHash: hash,
        })),
      );
    });
    [org] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, spec.code));
  }
  const orgId = org!.id;
  const officeRows = await db.select({ id: offices.id, name: offices.name }).from(offices).where(eq(offices.orgId, orgId));
  const byName = new Map(officeRows.map((o) => [o.name, o.id]));
  const userRows = await db.select({ id: users.id, username: users.username }).from(users).where(eq(users.orgId, orgId));
  return { orgId, officeIds: plan.offices.map((o) => byName.get(o.name)!), userIds: new Map(userRows.map((u) => [u.username, u.id])) };
}

const COLUMNS = [
  'org_id', 'id', 'name', 'name_key', 'search_text', 'type_code', 'region_code', 'address', 'lng', 'lat', 'datum', 'office_id', 'owner_id',
  'status', 'source', 'tags', 'credit_code', 'phones', 'profile', 'preferences', 'important_dates',
] as const;
/** Rows per insert statement (one jsonb parameter each, spread over the columns by jsonb_populate_recordset). */
const BATCH = 3_000;

async function loadedCounties(db: Db): Promise<Set<string>> {
  await db.execute(sql`create table if not exists bench_loaded_counties (org_code text not null, county_code text not null, rows int not null, primary key (org_code, county_code))`);
  const rows = (await db.execute(sql`select org_code, county_code from bench_loaded_counties`)) as unknown as { rows: { org_code: string; county_code: string }[] };
  return new Set(rows.rows.map((r) => `${r.org_code}:${r.county_code}`));
}

export interface LoadProgress {
  (line: string): void;
}

/**
 * Loads the organisations (and the demo organisation, one more neighbour) unless already there; returns the
 * number of customers inserted by this call. Vacuums and analyses the database when anything was inserted, as
 * autovacuum would have done on a database that grew over time.
 */
export async function loadBenchData(db: Db, specs: readonly BenchOrgSpec[], log: LoadProgress): Promise<number> {
  await seedDemo(db);
  const done = await loadedCounties(db);
  let hash: Promise<string> | undefined;
  const passwordHash = () => (hash ??= hashPassword(BENCH_PASSWORD));
  let inserted = 0;
  for (const spec of specs) {
    const plan = planOrg(spec);
    const ids = await ensureOrg(db, plan, passwordHash);
    const counties = plan.offices.flatMap((o) => o.counties.map((c) => ({ office: o, planned: c })));
    const todo = counties.filter((c) => !done.has(`${spec.code}:${c.planned.county.code}`));
    if (todo.length === 0) continue;
    log(`${spec.code}: ${todo.length} of ${counties.length} counties to load (${spec.customers.toLocaleString('en')} customers in all)`);
    const started = performance.now();
    let orgInserted = 0;
    for (const [n, { office, planned }] of todo.entries()) {
      const rows = countyCustomers(spec.code, planned).map(({ owner, ...c }) => ({
        ...c,
        org_id: ids.orgId,
        id: randomUUID(),
        office_id: ids.officeIds[office.index]!,
        owner_id: owner ? ids.userIds.get(owner)! : null,
      }));
      const names = sql.raw(COLUMNS.join(', '));
      await db.transaction(async (tx) => {
        for (let i = 0; i < rows.length; i += BATCH) {
          const batch = JSON.stringify(rows.slice(i, i + BATCH));
          await tx.execute(sql`insert into customers (${names}) select ${names} from jsonb_populate_recordset(null::customers, ${batch}::jsonb)`);
        }
        await tx.execute(sql`insert into bench_loaded_counties values (${spec.code}, ${planned.county.code}, ${rows.length})`);
      });
      orgInserted += rows.length;
      if (n % 25 === 24 || n === todo.length - 1) {
        const seconds = (performance.now() - started) / 1000;
        log(`${spec.code}: ${orgInserted.toLocaleString('en')} rows in ${seconds.toFixed(0)} s (${Math.round(orgInserted / seconds)} rows/s)`);
      }
    }
    inserted += orgInserted;
  }
  if (inserted > 0) {
    log('vacuum analyze …');
    await db.execute(sql`vacuum (analyze)`);
  }
  return inserted;
}
