import { inScope, type Actor } from '../../../../domain/identity/policies';
import { byRow, problemAt, type ImportProblem } from '../../../../domain/imports/problems';
import { sumFen } from '../../../../domain/sales/fen';
import { lineAmount } from '../../../../domain/sales/money';
import { mappedOrderColumns } from '../../../../domain/sales/order-import-columns';
import { resolveOrders, type ResolvedOrder } from '../../../../domain/sales/order-import-orders';
import { columnOf, createOrderRowReader, groupOrderRows, type OrderRow } from '../../../../domain/sales/order-import-rows';
import type { Db } from '../../../db/client';
import { loadDirectory } from '../../customers/import/directory';
import type { StoredFile } from '../../imports/import-store.queries';
import { sameContent } from '../orders.service';
import { customerPlaces, customersNamed, ordersByRef, productsByCode } from './order-import.queries';

/** What the check says about one order of the file. */
export interface OrderOutcome {
  /** The order's first row. */
  row: number;
  orderNo: string;
  action: 'create' | 'unchanged';
  customer: string;
  lines: number;
  /** At the prices given, or the list price where none is. */
  amountFen: number;
}

export interface OrderImportPlan {
  creates: ResolvedOrder[];
  unchanged: number;
  lines: number;
  problems: ImportProblem[];
  outcomes: OrderOutcome[];
}

const STEP = 2000;
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Reads every row of an uploaded order file and decides what importing it would do: which orders are new, which were
 * imported (or pushed by the ERP) before with the same content and stay as they are, and every problem by row,
 * column and reason. Writes nothing.
 */
export async function planOrderImport(db: Db, actor: Actor, file: StoredFile, progress: (processed: number) => void): Promise<OrderImportPlan> {
  const columns = mappedOrderColumns(file.mapping);
  const read = createOrderRowReader(columns);
  const problems: ImportProblem[] = [];
  const lines: OrderRow[] = [];
  const held = new Set<string>();
  for (let start = 0; start < file.rows.length; start += STEP) {
    for (const [row, ...cells] of file.rows.slice(start, start + STEP)) {
      const result = read(row, Object.fromEntries(file.headers.map((h, i) => [h, cells[i] ?? ''])));
      if (result.ok) lines.push(result.line);
      else {
        problems.push(...result.problems);
        if (result.orderNo) held.add(result.orderNo);
      }
    }
    progress(Math.min(start + STEP, file.rows.length));
    await nextTurn();
  }
  const grouped = groupOrderRows(lines, columns, held);
  problems.push(...grouped.problems);

  // One after another: inside a transaction the queries share one connection.
  const dir = await loadDirectory(db, actor.orgId);
  const customers = await customersNamed(db, actor.orgId, grouped.orders.map((o) => o.customer));
  const products = await productsByCode(db, actor.orgId, lines.map((l) => l.productCode));
  const resolved = resolveOrders(grouped.orders, { actor, columns, customers, products, ask: (c) => dir.ask(c) });
  problems.push(...resolved.problems);

  const existing = await ordersByRef(db, actor.orgId, resolved.orders.map((o) => o.orderNo));
  const places = await customerPlaces(db, actor.orgId, [...existing.values()].map((e) => e.customerId));
  const listPrice = new Map([...products.values()].map((p) => [p.id, p.listPriceFen]));
  const creates: ResolvedOrder[] = [];
  const outcomes: OrderOutcome[] = [];
  const orderNoColumn = columnOf(columns, 'orderNo');
  for (const order of resolved.orders) {
    const before = existing.get(order.orderNo);
    const amountFen = sumFen(order.input.lines.map((l) => lineAmount(l.quantity, l.unitPriceFen ?? listPrice.get(l.productId)!) ?? 0));
    const outcome = { row: order.rows[0]!, orderNo: order.orderNo, customer: order.customerName, lines: order.input.lines.length, amountFen };
    if (!before) {
      creates.push(order);
      outcomes.push({ ...outcome, action: 'create' });
      continue;
    }
    const place = places.get(before.customerId);
    if (!place || !inScope(actor, { orgId: actor.orgId, officeId: place.officeId, ownerId: place.ownerId })) {
      problems.push(problemAt(order.rows[0]!, orderNoColumn, { zh: `订单号 ${order.orderNo} 已被另一张订单使用（不在您的数据范围内），请换一个订单号`, en: `the order number ${order.orderNo} is used by another order outside your data scope; use another number` }));
    } else if (await sameContent(db, actor.orgId, before.id, order.input)) {
      outcomes.push({ ...outcome, action: 'unchanged' });
    } else {
      problems.push(problemAt(order.rows[0]!, orderNoColumn, { zh: `订单号 ${order.orderNo} 已导入或录入过，但内容不同（客户、日期、产品、数量或单价）；订单不能修改，请核对，或换一个订单号`, en: `the order number ${order.orderNo} was entered before with different content (customer, date, products, quantities or prices); orders cannot be changed, check it or use another number` }));
    }
  }
  outcomes.sort((a, b) => a.row - b.row);
  return { creates, unchanged: outcomes.length - creates.length, lines: lines.length, problems: byRow(problems), outcomes };
}
