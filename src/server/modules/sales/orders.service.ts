import { and, eq, gte, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { OrderInput } from '../../../domain/sales/ledger-schemas';
import { monthOf } from '../../../domain/sales/returns';
import type { FieldProblem } from '../../../domain/shared/error-codes';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { customers, orders, salesMonthly } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { customerScope } from '../customers/customers.queries';
import type { ErpOrderInput } from './erp-input';
import { orderDetail } from './order-detail';
import { writeOrder, type OrderSource } from './order-entry';
import type { OrderDetail } from './orders.presenter';
import { collectedOf, linesOf, returnedOf } from './orders.queries';
import { productsByIdOrCode } from './products.queries';

async function detailOrMissing(db: Db, actor: Actor, id: string): Promise<OrderDetail> {
  const found = await orderDetail(db, actor, id);
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

export { detailOrMissing as getOrder };

/** Is the stored order what the input describes? (Prices are compared only where the input gives them.) */
export async function sameContent(db: Db, orgId: string, id: string, input: OrderInput): Promise<boolean> {
  const [stored] = await db.select().from(orders).where(and(eq(orders.orgId, orgId), eq(orders.id, id)));
  if (!stored) return false;
  const lines = await linesOf(db, orgId, [id]);
  return (
    stored.customerId === input.customerId &&
    stored.kind === input.kind &&
    stored.orderDate === input.orderDate &&
    (stored.returnOf ?? null) === (input.kind === 'return' ? (input.returnOf ?? null) : null) &&
    lines.length === input.lines.length &&
    lines.every((l, i) => {
      const want = input.lines[i]!;
      return l.productId === want.productId && Math.abs(l.quantity) === want.quantity && (want.unitPriceFen === undefined || l.unitPriceFen === want.unitPriceFen);
    })
  );
}

const refConflict = (ref: string) =>
  new AppError('ORDER_REF_CONFLICT', [
    { field: 'externalRef', message: `外部单号：${ref} 已用于内容不同的另一张订单`, message_en: `External number: ${ref} is already used by an order with different content` },
  ]);

/** The order already entered under this external number: the same one again (nothing changes), or a conflict. */
async function existingUnderRef(db: Db, actor: Actor, input: OrderInput): Promise<OrderDetail | null> {
  if (!input.externalRef) return null;
  const [row] = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.orgId, actor.orgId), eq(orders.externalRef, input.externalRef)));
  if (!row) return null;
  const visible = await orderDetail(db, actor, row.id);
  if (!visible) throw new AppError('NOT_FOUND');
  if (!(await sameContent(db, actor.orgId, row.id, input))) throw refConflict(input.externalRef);
  return visible;
}

/**
 * Enters a sale or a return. With an external number it is idempotent: the same number and content again returns
 * the order already there (created: false); two pushes at once are settled by the unique index.
 */
export async function enterOrder(db: Db, actor: Actor, input: OrderInput, source: OrderSource, now: Date): Promise<{ order: OrderDetail; created: boolean }> {
  const before = await existingUnderRef(db, actor, input);
  if (before) return { order: before, created: false };
  let id: string;
  try {
    id = await db.transaction((tx) => writeOrder(tx as Db, actor, input, source, now));
  } catch (err) {
    const raced = isUniqueViolation(err) ? await existingUnderRef(db, actor, input) : null;
    if (raced) return { order: raced, created: false };
    throw err;
  }
  return { order: await detailOrMissing(db, actor, id), created: true };
}

/** Turns the ERP's names (customer external code, product codes, the sale's ERP number) into ids. */
async function resolveErp(db: Db, actor: Actor, body: ErpOrderInput): Promise<OrderInput> {
  const [customer] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(customerScope(actor), body.customerId ? eq(customers.id, body.customerId) : eq(customers.externalCode, body.customerCode!)));
  if (!customer) {
    throw body.customerId
      ? new AppError('NOT_FOUND')
      : new AppError('NOT_FOUND', [{ field: 'customerCode', message: `客户外部编号：没有编号为 ${body.customerCode} 的客户`, message_en: `Customer external code: no customer has the code ${body.customerCode}` }]);
  }
  const customerId = customer.id;
  const codes = [...new Set(body.lines.flatMap((l) => (l.productId ? [] : [l.productCode!])))];
  const byCode = new Map((await productsByIdOrCode(db, actor.orgId, [], codes)).map((p) => [p.code, p.id]));
  const unknown: FieldProblem[] = body.lines.flatMap((l, i) =>
    l.productId || byCode.has(l.productCode!) ? [] : [{ field: `lines.${i}.productCode`, message: `产品编码：没有编码为 ${l.productCode} 的产品`, message_en: `Product code: no product has the code ${l.productCode}` }],
  );
  if (unknown.length) throw new AppError('PRODUCT_UNKNOWN', unknown);
  let returnOf = body.returnOf ?? null;
  if (!returnOf && body.returnOfRef) {
    const [sale] = await db.select({ id: orders.id }).from(orders).where(and(eq(orders.orgId, actor.orgId), eq(orders.externalRef, body.returnOfRef)));
    if (!sale) throw new AppError('RETURN_OF_INVALID', [{ field: 'returnOfRef', message: `原销售单：没有外部单号为 ${body.returnOfRef} 的销售单`, message_en: `Original sale: no sale has the external number ${body.returnOfRef}` }]);
    returnOf = sale.id;
  }
  const { customerCode: _c, returnOfRef: _r, lines, ...rest } = body;
  return {
    ...rest,
    customerId,
    returnOf,
    lines: lines.map((l) => ({ productId: l.productId ?? byCode.get(l.productCode!)!, quantity: l.quantity, ...(l.unitPriceFen !== undefined ? { unitPriceFen: l.unitPriceFen } : {}) })),
  };
}

export async function pushErpOrder(db: Db, actor: Actor, body: ErpOrderInput, now: Date) {
  return enterOrder(db, actor, await resolveErp(db, actor, body), 'erp', now);
}

/** The first month of the 12 months up to and including today's (Asia/Shanghai). */
export function twelveMonthsBack(now: Date): string {
  const [y, m] = shanghaiDate(now).split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - 11;
  return monthOf(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`);
}

/** Sales of the last 12 months (from sales_monthly), what is owed and the order count, for the customer page. */
export async function customerSales(db: Db, actor: Actor, customerId: string, now: Date) {
  const [customer] = await db.select({ id: customers.id }).from(customers).where(and(customerScope(actor), eq(customers.id, customerId)));
  if (!customer) throw new AppError('NOT_FOUND');
  const sinceMonth = twelveMonthsBack(now);
  const [sales] = await db
    .select({ fen: sql<number>`coalesce(sum(${salesMonthly.salesFen}), 0)::bigint`, cost: sql<number>`coalesce(sum(${salesMonthly.costFen}), 0)::bigint` })
    .from(salesMonthly)
    .where(and(eq(salesMonthly.orgId, actor.orgId), eq(salesMonthly.customerId, customerId), gte(salesMonthly.month, sinceMonth)));
  const [totals] = await db
    .select({
      orderCount: sql<number>`count(*) filter (where ${orders.kind} = 'sale')::int`,
      lastOrderDate: sql<string | null>`max(${orders.orderDate}) filter (where ${orders.kind} = 'sale')`,
      owedFen: sql<number>`coalesce(sum(case when ${orders.kind} = 'sale' then ${orders.amountFen} - ${returnedOf(orders.id)} - ${collectedOf(orders.id)} else 0 end), 0)::bigint`,
    })
    .from(orders)
    .where(and(eq(orders.orgId, actor.orgId), eq(orders.customerId, customerId)));
  return {
    sinceMonth,
    last12MonthsFen: Number(sales?.fen ?? 0),
    last12MonthsCostFen: Number(sales?.cost ?? 0),
    owedFen: Number(totals?.owedFen ?? 0),
    orderCount: totals?.orderCount ?? 0,
    lastOrderDate: totals?.lastOrderDate ? String(totals.lastOrderDate).slice(0, 10) : null,
  };
}
