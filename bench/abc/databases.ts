/**
 * The ABC benchmark's databases, kept between runs: the customer benchmark's organisations (its loader, at this
 * benchmark's size) plus two years of sales for the measured organisation. --regenerate starts them afresh.
 */
import { openDatabase } from '../../src/server/db/client';
import { preparePglite, preparePostgres } from '../customers-search/databases';
import type { BenchOrgSpec } from '../customers-search/plan';
import { sql } from 'drizzle-orm';
import type { Db } from '../../src/server/db/client';
import { loadAbcSales, type SalesSpec } from './sales';

type Log = (line: string) => void;

/**
 * Forgets the kept sales periods (if the schema has them yet), so that the first measured request builds its period
 * as the first analysis of a month does.
 */
async function forgetKeptPeriods(db: Db): Promise<void> {
  await db.execute(sql`do $$ begin if to_regclass('sales_periods') is not null then delete from sales_periods; end if; end $$`);
}

/** Customers first (resumable, county by county), then the sales (one transaction); each skipped when already there. */
export async function prepareAbcPostgres(url: string, orgs: readonly BenchOrgSpec[], sales: SalesSpec, regenerate: boolean, log: Log): Promise<void> {
  await preparePostgres(url, orgs, regenerate, log);
  const database = await openDatabase({ url, poolSize: 2 });
  try {
    await loadAbcSales(database.db, sales, log);
    await forgetKeptPeriods(database.db);
  } finally {
    await database.close();
  }
}

export async function prepareAbcPglite(dataDir: string, orgs: readonly BenchOrgSpec[], sales: SalesSpec, regenerate: boolean, log: Log): Promise<void> {
  await preparePglite(dataDir, orgs, regenerate, log);
  const database = await openDatabase({ dataDir });
  try {
    await loadAbcSales(database.db, sales, log);
    await forgetKeptPeriods(database.db);
  } finally {
    await database.close();
  }
}
