import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import { sumFen } from '../../../domain/sales/fen';
import type { OrderInput } from '../../../domain/sales/ledger-schemas';
import { lineAmount } from '../../../domain/sales/money';
import { returnableQuantities, returnExcesses } from '../../../domain/sales/returns';
import type { FieldProblem } from '../../../domain/shared/error-codes';
import type { Db } from '../../db/client';
import { customers, orderLines, orders } from '../../db/schema';
import { AppError } from '../../http/errors';
import { customerScope } from '../customers/customers.queries';
import type { ProductView } from './products.presenter';
import { productsByIdOrCode } from './products.queries';
import { addToSalesMonthly, type SignedLine } from './sales-monthly';
import { linesOf } from './orders.queries';

export type OrderSource = 'manual' | 'import' | 'erp';

const lineField = (i: number, field: string) => `lines.${i}.${field}`;

/** The customer, when it is in the actor's scope and not deleted or merged; otherwise 404 (ids reveal nothing). */
async function customerInScope(db: Db, actor: Actor, customerId: string): Promise<void> {
  const [row] = await db
    .select({ id: customers.id })
    .from(customers)
    .where(and(customerScope(actor), eq(customers.id, customerId), isNull(customers.deletedAt)));
  if (!row) throw new AppError('NOT_FOUND', [{ field: 'customerId', message: '客户：不存在，或不在您的客户范围内', message_en: 'Customer: does not exist, or is not one of your customers' }]);
}

async function productsOf(db: Db, actor: Actor, input: OrderInput): Promise<Map<string, ProductView>> {
  const found = new Map((await productsByIdOrCode(db, actor.orgId, [...new Set(input.lines.map((l) => l.productId))], [])).map((p) => [p.id, p]));
  const unknown: FieldProblem[] = input.lines.flatMap((l, i) =>
    found.has(l.productId) ? [] : [{ field: lineField(i, 'productId'), message: `产品：第 ${i + 1} 行的产品不存在`, message_en: `Product: the product of line ${i + 1} does not exist` }],
  );
  if (unknown.length) throw new AppError('PRODUCT_UNKNOWN', unknown);
  return found;
}

interface Priced {
  productId: string;
  quantity: number;
  unitPriceFen: number;
  unitCostFen: number;
}

/** A sale: active products, price defaulting to the list price, cost from the product now. */
function priceSale(input: OrderInput, found: Map<string, ProductView>): Priced[] {
  const inactive: FieldProblem[] = input.lines.flatMap((l, i) => {
    const p = found.get(l.productId)!;
    return p.active ? [] : [{ field: lineField(i, 'productId'), message: `产品：${p.name}（${p.code}）已停用，不能再销售`, message_en: `Product: ${p.code} is discontinued and can no longer be sold` }];
  });
  if (inactive.length) throw new AppError('PRODUCT_INACTIVE', inactive);
  return input.lines.map((l) => {
    const p = found.get(l.productId)!;
    return { productId: l.productId, quantity: l.quantity, unitPriceFen: l.unitPriceFen ?? p.listPriceFen, unitCostFen: p.costFen };
  });
}

/**
 * A return: from a sale of the same customer (locked, so two returns at once cannot both take the last units),
 * at most what is left of each product, at the sale's price and cost unless a price is given.
 */
async function priceReturn(db: Db, actor: Actor, input: OrderInput, found: Map<string, ProductView>): Promise<Priced[]> {
  if (!input.returnOf) {
    throw new AppError('RETURN_OF_REQUIRED', [{ field: 'returnOf', message: '原销售单：请选择退的是哪张销售单', message_en: 'Original sale: choose the sale the goods come back from' }]);
  }
  const [sale] = await db
    .select({ kind: orders.kind, customerId: orders.customerId })
    .from(orders)
    .where(and(eq(orders.orgId, actor.orgId), eq(orders.id, input.returnOf)))
    .for('update');
  if (!sale || sale.kind !== 'sale' || sale.customerId !== input.customerId) {
    throw new AppError('RETURN_OF_INVALID', [{ field: 'returnOf', message: '原销售单：须是同一客户的销售单', message_en: 'Original sale: must be a sale to the same customer' }]);
  }
  const earlier = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(eq(orders.orgId, actor.orgId), eq(orders.customerId, input.customerId), eq(orders.returnOf, input.returnOf)));
  const lines = await linesOf(db, actor.orgId, [input.returnOf, ...earlier.map((r) => r.id)]);
  const sold = lines.filter((l) => l.orderId === input.returnOf);
  const left = returnableQuantities(sold, lines.filter((l) => l.orderId !== input.returnOf).map((l) => ({ productId: l.productId, quantity: -l.quantity })));
  const excesses = returnExcesses(left, input.lines);
  if (excesses.length) {
    throw new AppError(
      'RETURN_EXCEEDS_SALE',
      excesses.map((x) => {
        const p = found.get(x.productId)!;
        const i = input.lines.findIndex((l) => l.productId === x.productId);
        return {
          field: lineField(i, 'quantity'),
          message: `数量：${p.name}（${p.code}）这张销售单最多还能退 ${x.left} ${p.unit}，本次要退 ${x.asked} ${p.unit}`,
          message_en: `Quantity: at most ${x.left} of ${p.code} can still be returned from this sale; this return asks for ${x.asked}`,
        };
      }),
    );
  }
  return input.lines.map((l) => {
    const first = sold.find((s) => s.productId === l.productId)!;
    return { productId: l.productId, quantity: l.quantity, unitPriceFen: l.unitPriceFen ?? first.unitPriceFen, unitCostFen: Math.round(first.costFen / first.quantity) };
  });
}

/** Writes a sale or a return with its lines and adds it to sales_monthly, in the caller's transaction; returns its id. */
export async function writeOrder(db: Db, actor: Actor, input: OrderInput, source: OrderSource, now: Date): Promise<string> {
  await customerInScope(db, actor, input.customerId);
  const found = await productsOf(db, actor, input);
  const priced = input.kind === 'sale' ? priceSale(input, found) : await priceReturn(db, actor, input, found);
  const sign = input.kind === 'sale' ? 1 : -1;
  const tooLarge: FieldProblem[] = [];
  const lines: (SignedLine & { unitPriceFen: number })[] = priced.map((l, i) => {
    const amount = lineAmount(l.quantity, l.unitPriceFen);
    const cost = lineAmount(l.quantity, l.unitCostFen);
    if (amount === null || cost === null) {
      tooLarge.push({ field: lineField(i, 'quantity'), message: `数量：第 ${i + 1} 行金额过大`, message_en: `Quantity: the amount of line ${i + 1} is too large` });
    }
    return { productId: l.productId, quantity: sign * l.quantity, unitPriceFen: l.unitPriceFen, amountFen: sign * (amount ?? 0), costFen: sign * (cost ?? 0) };
  });
  if (tooLarge.length) throw new AppError('VALIDATION_FAILED', tooLarge);
  const [order] = await db
    .insert(orders)
    .values({
      orgId: actor.orgId,
      customerId: input.customerId,
      kind: input.kind,
      orderDate: input.orderDate,
      returnOf: input.kind === 'return' ? input.returnOf! : null,
      externalRef: input.externalRef ?? null,
      source,
      amountFen: sumFen(lines.map((l) => l.amountFen)),
      costFen: sumFen(lines.map((l) => l.costFen)),
      note: input.note ?? null,
      createdBy: actor.userId,
      createdAt: now,
    })
    .returning({ id: orders.id });
  await db.insert(orderLines).values(lines.map((l, i) => ({ orgId: actor.orgId, orderId: order!.id, lineNo: i + 1, ...l })));
  await addToSalesMonthly(db, actor.orgId, input.customerId, input.orderDate, lines);
  return order!.id;
}
