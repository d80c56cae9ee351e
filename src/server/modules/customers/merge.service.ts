import { and, eq } from 'drizzle-orm';
import { mergeableOf, mergeCustomers, mergedIntoChanges, mergeHistoryChanges, type MergeableCustomer, type MergeKeep } from '../../../domain/customers/merge';
import { inScope, type Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customerContacts, customerHistory, customers } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { RequestMeta } from '../identity/auth.service';
import { asInput } from './customer-input';
import type { CustomerView } from './customers.presenter';
import { findCustomer } from './customers.queries';
import { lockVisibleCustomer, recordHistory, rowOf, validated } from './customers.service';
import { moveCustomerActivity } from './merge-activity';
import { mergedTargetOf } from './merge.queries';

export interface MergeRequest {
  otherId: string;
  /** The versions the user saw of the survivor and of the other customer. */
  version: number;
  otherVersion: number;
  keep: MergeKeep;
}

const unavailable = (field: 'id' | 'otherId') =>
  new AppError('MERGE_UNAVAILABLE', [
    field === 'id'
      ? { field, message: '当前客户：已删除或已合并', message_en: 'This customer: deleted or already merged' }
      : { field, message: '要合并的客户：已删除或已合并', message_en: 'The customer to merge: deleted or already merged' },
  ]);

/** Both customers locked (in id order, so two opposite merges cannot deadlock), each one visible to the actor. */
async function lockBoth(db: Db, actor: Actor, id: string, otherId: string): Promise<[CustomerView, CustomerView]> {
  const locked = new Map<string, CustomerView>();
  for (const key of [...new Set([id, otherId])].sort()) locked.set(key, await lockVisibleCustomer(db, actor, key));
  return [locked.get(id)!, locked.get(otherId)!];
}

/**
 * Merges customer `otherId` into customer `id` (the survivor), in one transaction: the survivor takes the chosen
 * values and the union of phones, tags and important dates; all key people and all history of the other customer
 * move to the survivor, and so do its orders, collections, visits and plan visits (moveCustomerActivity); the other customer is soft-deleted with merged_into set, and gives up its external code
 * (unique in the organisation). Both customers must be in the actor's scope (else 404) and at the versions given.
 */
export async function mergeCustomer(db: Db, actor: Actor, id: string, req: MergeRequest, meta: RequestMeta): Promise<CustomerView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const [survivor, other] = await lockBoth(t, actor, id, req.otherId);
    if (id === req.otherId) {
      throw new AppError('MERGE_SELF', [{ field: 'otherId', message: '要合并的客户：不能是当前客户自己', message_en: 'The customer to merge: must not be this customer itself' }]);
    }
    if (survivor.deletedAt) throw unavailable('id');
    if (other.deletedAt) throw unavailable('otherId');
    if (survivor.version !== req.version || other.version !== req.otherVersion) throw new AppError('VERSION_CONFLICT');

    const before = mergeableOf(survivor);
    const merged = mergeCustomers(before, mergeableOf(other), req.keep);
    const { externalCode, ...values } = merged;
    const input = await validated(t, actor.orgId, { ...asInput(survivor), ...values });
    const where = (customerId: string) => and(eq(customers.orgId, actor.orgId), eq(customers.id, customerId));

    await t
      .update(customers)
      .set({ deletedAt: meta.now, mergedInto: id, externalCode: null, version: other.version + 1, updatedAt: meta.now })
      .where(where(other.id));
    await t
      .update(customers)
      .set({ ...rowOf(input, { officeId: survivor.officeId, ownerId: survivor.ownerId }), externalCode, version: survivor.version + 1, updatedAt: meta.now })
      .where(where(id));
    const moved = await t
      .update(customerContacts)
      .set({ customerId: id })
      .where(and(eq(customerContacts.orgId, actor.orgId), eq(customerContacts.customerId, other.id)))
      .returning({ name: customerContacts.name, deletedAt: customerContacts.deletedAt });
    await t
      .update(customerHistory)
      .set({ customerId: id })
      .where(and(eq(customerHistory.orgId, actor.orgId), eq(customerHistory.customerId, other.id)));
    await moveCustomerActivity(t, actor.orgId, other.id, id);

    const after: MergeableCustomer = { ...merged, ...input, externalCode, location: input.location ?? null };
    const movedPeople = moved.filter((c) => !c.deletedAt).map((c) => c.name);
    await recordHistory(
      t,
      actor,
      [
        {
          customerId: id,
          entity: 'customer',
          entityId: other.id,
          action: 'merged_into',
          changes: mergedIntoChanges(survivor.name, other.externalCode),
        },
        { customerId: id, entity: 'customer', entityId: id, action: 'merge', changes: mergeHistoryChanges(before, after, other.name, movedPeople) },
      ],
      meta.now,
    );
  });
  return (await findCustomer(db, actor, id))!;
}

/**
 * A merged customer answers 404 CUSTOMER_MERGED instead of its stale record, naming the customer it lives on in
 * (with its id) when the actor may see that one. Does nothing for a customer that was never merged.
 */
export async function refuseMerged(db: Db, actor: Actor, id: string): Promise<void> {
  const target = await mergedTargetOf(db, actor.orgId, id);
  if (!target) return;
  const visible = inScope(actor, { orgId: actor.orgId, officeId: target.officeId, ownerId: target.ownerId });
  throw new AppError('CUSTOMER_MERGED', undefined, undefined, { mergedInto: visible ? { id: target.id, name: target.name } : null });
}
