import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { CollectionInput } from '../../../domain/sales/ledger-schemas';
import { formatYuan } from '../../../domain/sales/money';
import { checkCollection } from '../../../domain/sales/receivables';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { collections, orders } from '../../db/schema';
import { AppError } from '../../http/errors';
import { orderDetail } from './order-detail';
import type { OrderDetail } from './orders.presenter';
import { collectedOf, findOrderSummary, returnedOf } from './orders.queries';

/**
 * Books a collection (回款) against a sale in the actor's scope. The order row is locked first, so two collections
 * at once cannot together take more than is owed; a collection above what is owed is refused, naming the amount in ¥.
 */
export async function collect(db: Db, actor: Actor, orderId: string, input: Omit<CollectionInput, 'orderId'>, now: Date): Promise<OrderDetail> {
  try {
    await db.transaction(async (tx) => {
      const t = tx as Db;
      if (!(await findOrderSummary(t, actor, orderId))) throw new AppError('NOT_FOUND');
      const [order] = await t
        .select({ kind: orders.kind, customerId: orders.customerId, amountFen: orders.amountFen })
        .from(orders)
        .where(and(eq(orders.orgId, actor.orgId), eq(orders.id, orderId)))
        .for('update');
      const [sums] = await t
        .select({ returnedFen: sql<number>`${returnedOf(orders.id)}`, collectedFen: sql<number>`${collectedOf(orders.id)}` })
        .from(orders)
        .where(and(eq(orders.orgId, actor.orgId), eq(orders.id, orderId)));
      const check = checkCollection(order!.kind === 'sale' ? { amountFen: order!.amountFen, returnedFen: Number(sums!.returnedFen), collectedFen: Number(sums!.collectedFen) } : { amountFen: 0, returnedFen: 0, collectedFen: 0 }, input.amountFen);
      if (!check.ok) {
        const owed = formatYuan(check.owedFen);
        throw check.reason === 'nothing-owed'
          ? new AppError('COLLECTION_NOT_OWED', [{ field: 'amountFen', message: '金额：这张订单已没有欠款', message_en: 'Amount: nothing is owed on this order' }])
          : new AppError('COLLECTION_EXCEEDS_OWED', [{ field: 'amountFen', message: `金额：超过了欠款 ${owed}，最多可登记 ${owed}`, message_en: `Amount: more than the ${owed} owed; at most ${owed} can be booked` }], undefined, { owedFen: check.owedFen });
      }
      await t.insert(collections).values({
        orgId: actor.orgId,
        customerId: order!.customerId,
        orderId,
        collectedOn: input.collectedOn,
        amountFen: input.amountFen,
        externalRef: input.externalRef ?? null,
        note: input.note ?? null,
        createdBy: actor.userId,
        createdAt: now,
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('COLLECTION_REF_TAKEN', [{ field: 'externalRef', message: `外部单号：${input.externalRef} 已登记过`, message_en: `External number: ${input.externalRef} is already booked` }]);
    }
    throw err;
  }
  return (await orderDetail(db, actor, orderId))!;
}
