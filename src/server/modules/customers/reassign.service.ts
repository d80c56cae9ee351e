import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customers } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { RequestMeta } from '../identity/auth.service';
import { placeCustomer } from '../../../domain/customers/placement';
import { ownerFacts, recordHistory, type HistoryEntry } from './customers.service';
import { customerScope } from './customers.queries';

/**
 * Gives customers to a new owner (or to their office's unassigned pool with ownerId null), all or nothing:
 * every customer must be in the actor's scope and the owner must suit each one's office. One history entry each.
 */
export async function reassignCustomers(db: Db, actor: Actor, ids: string[], ownerId: string | null, meta: RequestMeta): Promise<number> {
  return db.transaction(async (tx) => {
    const t = tx as Db;
    const rows = await t
      .select({ id: customers.id, officeId: customers.officeId, ownerId: customers.ownerId, version: customers.version })
      .from(customers)
      .where(and(customerScope(actor), isNull(customers.deletedAt), inArray(customers.id, ids)))
      .for('update');
    if (rows.length !== new Set(ids).size) throw new AppError('NOT_FOUND');
    const owner = await ownerFacts(t, actor.orgId, ownerId);
    const history: HistoryEntry[] = [];
    for (const row of rows) {
      const placed = placeCustomer(actor, { officeId: row.officeId, owner });
      if (!placed.ok) throw new AppError(placed.error);
      if (placed.officeId !== row.officeId) throw new AppError('OWNER_INVALID');
      if (placed.ownerId === row.ownerId) continue;
      await t
        .update(customers)
        .set({ ownerId: placed.ownerId, version: row.version + 1, updatedAt: meta.now })
        .where(and(eq(customers.orgId, actor.orgId), eq(customers.id, row.id)));
      history.push({ customerId: row.id, entity: 'customer', entityId: row.id, action: 'reassign', changes: [{ field: 'ownerId', before: row.ownerId, after: placed.ownerId }] });
    }
    await recordHistory(t, actor, history, meta.now);
    return history.length;
  });
}

/**
 * A user who leaves (is disabled) leaves their customers behind in their office's unassigned pool, so that the
 * office manager can give them to someone else; the history of each customer records the move. Call inside the
 * transaction that disables the user.
 */
export async function releaseCustomersOf(db: Db, actor: Actor, userId: string, now: Date): Promise<number> {
  const released = await db
    .update(customers)
    .set({ ownerId: null, version: sql`${customers.version} + 1`, updatedAt: now })
    .where(and(eq(customers.orgId, actor.orgId), eq(customers.ownerId, userId)))
    .returning({ id: customers.id });
  await recordHistory(
    db,
    actor,
    released.map((c) => ({ customerId: c.id, entity: 'customer' as const, entityId: c.id, action: 'release', changes: [{ field: 'ownerId', before: userId, after: null }] })),
    now,
  );
  return released.length;
}
