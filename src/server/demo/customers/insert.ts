import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/client';
import { customerContacts, customers } from '../../db/schema';
import { insertAsJson } from '../insert-json';
import type { DemoCustomer } from './generate';

export interface DemoCustomerCounts {
  customers: number;
  contacts: number;
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
