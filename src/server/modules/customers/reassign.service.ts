import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customerHistory, customers } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { RequestMeta } from '../identity/auth.service';
import { place, recordHistory } from './customers.service';
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
    let moved = 0;
    for (const row of rows) {
      const placed = await place(t, actor, row.officeId, ownerId);
      if (placed.officeId !== row.officeId) throw new AppError('OWNER_INVALID');
      if (placed.ownerId === row.ownerId) continue;
      await t
        .update(customers)
        .set({ ownerId: placed.ownerId, version: row.version + 1, updatedAt: meta.now })
        .where(and(eq(customers.orgId, actor.orgId), eq(customers.id, row.id)));
      await recordHistory(t, actor, { customerId: row.id, entity: 'customer', entityId: row.id, action: 'reassign', changes: [{ field: 'ownerId', before: row.ownerId, after: placed.ownerId }] }, meta.now);
      moved++;
    }
    return moved;
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
  if (released.length === 0) return 0;
  await db.insert(customerHistory).values(
    released.map((c) => ({
      orgId: actor.orgId,
      at: now,
      actorId: actor.userId,
      customerId: c.id,
      entity: 'customer' as const,
      entityId: c.id,
      action: 'release',
      changes: [{ field: 'ownerId', before: userId, after: null }],
    })),
  );
  return released.length;
}
