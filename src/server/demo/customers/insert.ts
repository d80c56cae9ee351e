import { randomUUID } from 'node:crypto';
import { getTableColumns, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { customerContacts, customers } from '../../db/schema';
import type { DemoCustomer } from './generate';

/** Rows per insert statement. */
const BATCH = 500;

export interface DemoCustomerCounts {
  customers: number;
  contacts: number;
}

/**
 * Inserts rows a few hundred at a time, each batch sent as one jsonb parameter that
 * jsonb_populate_recordset spreads over the columns. On PGlite this takes half the time of a
 * multi-row VALUES with a bind parameter per cell (measured: 2,000 customers ≈ 0.6 s against
 * 1.2–2 s). The columns are those the rows set, named as the schema names them; the rest take their defaults.
 */
async function insertAsJson<T extends PgTable>(db: Db, table: T, rows: readonly T['$inferInsert'][]): Promise<void> {
  const columns = Object.entries(getTableColumns(table)).filter(([key]) => rows.some((r) => key in r));
  const names = sql.join(columns.map(([, column]) => sql.identifier(column.name)), sql`, `);
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH).map((row) => Object.fromEntries(columns.map(([key, column]) => [column.name, (row as Record<string, unknown>)[key] ?? null])));
    await db.execute(sql`insert into ${table} (${names}) select ${names} from jsonb_populate_recordset(null::${table}, ${JSON.stringify(batch)}::jsonb)`);
  }
}

/**
 * Inserts the demo customers (generateDemoCustomers) and their key people into the demo organisation,
 * inside seedDemo's transaction. Offices and owners come by key and username, as demo-org.ts names them.
 */
export async function insertDemoCustomers(
  db: Db,
  orgId: string,
  generated: readonly DemoCustomer[],
  ids: { officeIds: ReadonlyMap<string, string>; userIds: ReadonlyMap<string, string> },
): Promise<DemoCustomerCounts> {
  const customerRows: (typeof customers.$inferInsert)[] = [];
  const contactRows: (typeof customerContacts.$inferInsert)[] = [];
  for (const { office, owner, contacts, ...c } of generated) {
    const id = randomUUID();
    customerRows.push({ ...c, orgId, id, officeId: ids.officeIds.get(office)!, ownerId: owner ? ids.userIds.get(owner)! : null });
    for (const person of contacts) contactRows.push({ ...person, orgId, customerId: id });
  }
  await insertAsJson(db, customers, customerRows);
  await insertAsJson(db, customerContacts, contactRows);
  return { customers: customerRows.length, contacts: contactRows.length };
}
