import { aliasedTable, and, asc, desc, eq, gte, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { collections, customers, offices, orderLines, orders, products, users } from '../../db/schema';
import { customerScope } from '../customers/customers.queries';
import type { CollectionView, OrderSummary } from './orders.presenter';

/**
 * Returns booked against a sale (of the outer query's orders row), as a positive amount. A return is always of the
 * sale's own customer, so the lookup goes through the (org, customer, date) index rather than scanning every order.
 */
export const returnedOf = (orderId: SQL | typeof orders.id) =>
  sql<number>`coalesce((select -sum(ret.amount_fen) from orders ret where ret.org_id = ${orders.orgId} and ret.customer_id = ${orders.customerId} and ret.return_of = ${orderId}), 0)::bigint`.mapWith(Number);
export const collectedOf = (orderId: SQL | typeof orders.id) =>
  sql<number>`coalesce((select sum(col.amount_fen) from collections col where col.org_id = ${orders.orgId} and col.order_id = ${orderId}), 0)::bigint`.mapWith(Number);
const owed = sql<number>`case when ${orders.kind} = 'sale' then ${orders.amountFen} - ${returnedOf(orders.id)} - ${collectedOf(orders.id)} else 0 end::bigint`.mapWith(Number);

const summaryColumns = {
  id: orders.id,
  kind: orders.kind,
  orderDate: orders.orderDate,
  customerId: orders.customerId,
  customerName: customers.name,
  officeName: offices.name,
  ownerName: users.displayName,
  externalRef: orders.externalRef,
  source: orders.source,
  returnOf: orders.returnOf,
  amountFen: orders.amountFen,
  costFen: orders.costFen,
  owedFen: owed,
  createdAt: orders.createdAt,
};

/** Orders joined to their customer, office and owner; callers add inScope(actor) to the where. */
function ordersWithCustomer<T extends Record<string, unknown>>(db: Db, columns: T) {
  return db
    .select(columns as never)
    .from(orders)
    .innerJoin(customers, and(eq(customers.orgId, orders.orgId), eq(customers.id, orders.customerId)))
    .leftJoin(offices, and(eq(offices.orgId, customers.orgId), eq(offices.id, customers.officeId)))
    .leftJoin(users, and(eq(users.orgId, customers.orgId), eq(users.id, customers.ownerId)))
    .$dynamic();
}

/** Orders of the actor's organisation whose customer is in the actor's data scope. */
const inScope = (actor: Actor) => and(eq(orders.orgId, actor.orgId), customerScope(actor));

export interface OrderQuery {
  customerId?: string;
  from?: string;
  to?: string;
  kind?: 'sale' | 'return';
  officeId?: string;
  ownerId?: string;
  /** Only sales with something still owed. */
  owing?: boolean;
  limit: number;
  cursor?: string;
}

/** cursor = "<order date>|<id>" of the last row seen; newest first. */
function afterCursor(cursor: string | undefined): SQL | undefined {
  const [date, id] = (cursor ?? '').split('|');
  if (!date || !id || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  return or(lt(orders.orderDate, date), and(eq(orders.orderDate, date), sql`${orders.id} < ${id}`));
}

export async function listOrders(db: Db, actor: Actor, q: OrderQuery): Promise<{ items: OrderSummary[]; nextCursor: string | null }> {
  const rows = (await ordersWithCustomer(db, summaryColumns)
    .where(
      and(
        inScope(actor),
        q.customerId ? eq(orders.customerId, q.customerId) : undefined,
        q.from ? gte(orders.orderDate, q.from) : undefined,
        q.to ? lte(orders.orderDate, q.to) : undefined,
        q.kind ? eq(orders.kind, q.kind) : undefined,
        q.officeId ? eq(customers.officeId, q.officeId) : undefined,
        q.ownerId ? eq(customers.ownerId, q.ownerId) : undefined,
        q.owing ? sql`${owed} > 0` : undefined,
        afterCursor(q.cursor),
      ),
    )
    .orderBy(desc(orders.orderDate), desc(orders.id))
    .limit(q.limit + 1)) as OrderSummary[];
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? `${last.orderDate}|${last.id}` : null };
}

export async function findOrderSummary(db: Db, actor: Actor, id: string): Promise<(OrderSummary & { note: string | null; createdBy: string | null }) | undefined> {
  const [row] = await ordersWithCustomer(db, { ...summaryColumns, note: orders.note, createdBy: orders.createdBy }).where(
    and(inScope(actor), eq(orders.id, id)),
  );
  return row as (OrderSummary & { note: string | null; createdBy: string | null }) | undefined;
}

/** The returns of a sale (always of the sale's own customer, which lets the customer index find them). */
export async function returnsOf(db: Db, actor: Actor, sale: { id: string; customerId: string }): Promise<OrderSummary[]> {
  return (await ordersWithCustomer(db, summaryColumns)
    .where(and(inScope(actor), eq(orders.customerId, sale.customerId), eq(orders.returnOf, sale.id)))
    .orderBy(asc(orders.orderDate), asc(orders.createdAt))) as OrderSummary[];
}

export async function linesOf(db: Db, orgId: string, orderIds: string[]) {
  if (orderIds.length === 0) return [];
  return db
    .select({
      orderId: orderLines.orderId,
      lineNo: orderLines.lineNo,
      productId: orderLines.productId,
      productCode: products.code,
      productName: products.name,
      unit: products.unit,
      quantity: orderLines.quantity,
      unitPriceFen: orderLines.unitPriceFen,
      amountFen: orderLines.amountFen,
      costFen: orderLines.costFen,
    })
    .from(orderLines)
    .innerJoin(products, and(eq(products.orgId, orderLines.orgId), eq(products.id, orderLines.productId)))
    .where(and(eq(orderLines.orgId, orgId), sql`${orderLines.orderId} in (${sql.join(orderIds.map((id) => sql`${id}::uuid`), sql`, `)})`))
    .orderBy(asc(orderLines.orderId), asc(orderLines.lineNo));
}

const creators = aliasedTable(users, 'creator');
const collectionColumns = {
  id: collections.id,
  orderId: collections.orderId,
  customerId: collections.customerId,
  customerName: customers.name,
  orderDate: orders.orderDate,
  collectedOn: collections.collectedOn,
  amountFen: collections.amountFen,
  externalRef: collections.externalRef,
  note: collections.note,
  createdByName: creators.displayName,
  createdAt: collections.createdAt,
};

export interface CollectionQuery {
  orderId?: string;
  customerId?: string;
  from?: string;
  to?: string;
  officeId?: string;
  ownerId?: string;
  limit: number;
  cursor?: string;
}

/** Collections of customers in scope, newest first; cursor = "<collected on>|<id>". */
export async function listCollections(db: Db, actor: Actor, q: CollectionQuery): Promise<{ items: CollectionView[]; nextCursor: string | null }> {
  const [date, id] = (q.cursor ?? '').split('|');
  const keyset =
    date && id && /^\d{4}-\d{2}-\d{2}$/.test(date) && /^[0-9a-f-]{36}$/i.test(id)
      ? or(lt(collections.collectedOn, date), and(eq(collections.collectedOn, date), sql`${collections.id} < ${id}`))
      : undefined;
  const rows = await db
    .select(collectionColumns)
    .from(collections)
    .innerJoin(orders, and(eq(orders.orgId, collections.orgId), eq(orders.id, collections.orderId)))
    .innerJoin(customers, and(eq(customers.orgId, collections.orgId), eq(customers.id, collections.customerId)))
    .leftJoin(creators, and(eq(creators.orgId, collections.orgId), eq(creators.id, collections.createdBy)))
    .where(
      and(
        eq(collections.orgId, actor.orgId),
        customerScope(actor),
        q.orderId ? eq(collections.orderId, q.orderId) : undefined,
        q.customerId ? eq(collections.customerId, q.customerId) : undefined,
        q.from ? gte(collections.collectedOn, q.from) : undefined,
        q.to ? lte(collections.collectedOn, q.to) : undefined,
        q.officeId ? eq(customers.officeId, q.officeId) : undefined,
        q.ownerId ? eq(customers.ownerId, q.ownerId) : undefined,
        keyset,
      ),
    )
    .orderBy(desc(collections.collectedOn), desc(collections.id))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > q.limit && last ? `${last.collectedOn}|${last.id}` : null };
}

export async function userName(db: Db, orgId: string, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.displayName }).from(users).where(and(eq(users.orgId, orgId), eq(users.id, id)));
  return row?.name ?? null;
}
