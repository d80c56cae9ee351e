import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/client';
import { customerContacts, customerHistory, customers, users } from '../../db/schema';

/** The customer an entry was first written for, when it came over in a merge. */
const source = alias(customers, 'source_customer');

/**
 * A customer's history, newest first, with who did it, which key person a change was about, and for entries that
 * came over from a customer merged into this one, that customer's name.
 */
export async function customerHistoryOf(db: Db, orgId: string, customerId: string, limit = 200) {
  const rows = await db
    .select({
      id: customerHistory.id,
      at: customerHistory.at,
      actorName: users.displayName,
      entity: customerHistory.entity,
      entityId: customerHistory.entityId,
      contactName: customerContacts.name,
      fromCustomerName: source.name,
      action: customerHistory.action,
      changes: customerHistory.changes,
    })
    .from(customerHistory)
    .leftJoin(users, and(eq(users.orgId, customerHistory.orgId), eq(users.id, customerHistory.actorId)))
    .leftJoin(customerContacts, and(eq(customerContacts.orgId, customerHistory.orgId), eq(customerContacts.id, customerHistory.entityId), sql`${customerHistory.entity} = 'contact'`))
    .leftJoin(source, and(eq(source.orgId, customerHistory.orgId), eq(source.id, customerHistory.entityId), sql`${customerHistory.entity} = 'customer'`, ne(customerHistory.entityId, customerHistory.customerId)))
    .where(and(eq(customerHistory.orgId, orgId), eq(customerHistory.customerId, customerId)))
    .orderBy(desc(customerHistory.at), desc(customerHistory.seq))
    .limit(limit);
  return rows.map(({ contactName, changes, ...r }) => ({ ...r, entityName: contactName, changes: changes as { field: string; before: unknown; after: unknown }[] }));
}
