import { returnableQuantities } from '../../../domain/sales/returns';
import { sumFen } from '../../../domain/sales/fen';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import type { OrderDetail } from './orders.presenter';
import { findOrderSummary, linesOf, listCollections, returnsOf, userName } from './orders.queries';

/** One order in the actor's scope with its lines, collections, returns and what is owed; undefined when out of scope. */
export async function orderDetail(db: Db, actor: Actor, id: string): Promise<OrderDetail | undefined> {
  const order = await findOrderSummary(db, actor, id);
  if (!order) return undefined;
  const returns = order.kind === 'sale' ? await returnsOf(db, actor, order) : [];
  const lines = await linesOf(db, actor.orgId, [id, ...returns.map((r) => r.id)]);
  const own = lines.filter((l) => l.orderId === id);
  const collections = order.kind === 'sale' ? (await listCollections(db, actor, { orderId: id, limit: 200 })).items : [];
  const returnable =
    order.kind === 'sale'
      ? [
          ...returnableQuantities(
            own,
            lines.filter((l) => l.orderId !== id).map((l) => ({ productId: l.productId, quantity: -l.quantity })),
          ),
        ].map(([productId, quantity]) => ({ productId, quantity }))
      : [];
  const { createdBy, ...summary } = order;
  return {
    ...summary,
    createdByName: await userName(db, actor.orgId, createdBy),
    lines: own.map(({ orderId: _orderId, ...l }) => l),
    collections,
    returns,
    returnedFen: -sumFen(returns.map((r) => r.amountFen)),
    collectedFen: sumFen(collections.map((c) => c.amountFen)),
    returnable,
  };
}
