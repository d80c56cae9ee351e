import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { customerContacts, customerHistory, users } from '../../db/schema';

/** A customer's history, newest first, with who did it and which key person a change was about. */
export async function customerHistoryOf(db: Db, orgId: string, customerId: string, limit = 200) {
  const rows = await db
    .select({
      id: customerHistory.id,
      at: customerHistory.at,
      actorName: users.displayName,
      entity: customerHistory.entity,
      entityId: customerHistory.entityId,
      contactName: customerContacts.name,
      action: customerHistory.action,
      changes: customerHistory.changes,
    })
    .from(customerHistory)
    .leftJoin(users, and(eq(users.orgId, customerHistory.orgId), eq(users.id, customerHistory.actorId)))
    .leftJoin(customerContacts, and(eq(customerContacts.orgId, customerHistory.orgId), eq(customerContacts.id, customerHistory.entityId), sql`${customerHistory.entity} = 'contact'`))
    .where(and(eq(customerHistory.orgId, orgId), eq(customerHistory.customerId, customerId)))
    .orderBy(desc(customerHistory.at), desc(customerHistory.seq))
    .limit(limit);
  return rows.map(({ contactName, changes, ...r }) => ({ ...r, entityName: contactName, changes: changes as { field: string; before: unknown; after: unknown }[] }));
}
