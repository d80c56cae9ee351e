import { normaliseDate } from '../customers/calendar-dates';
import { unescapeCell } from '../customers/csv';
import { toHalfWidth } from '../customers/half-width';
import { problemAt, type ImportProblem } from '../imports/problems';
import type { Bilingual } from '../shared/messages';
import { parseYuan } from './money';
import { ORDER_IMPORT_LABELS, type OrderImportField } from './order-import-columns';

/** How a row names its customer: by system ID, external code or exact name (the strongest given wins). */
export interface CustomerRef {
  by: 'id' | 'code' | 'name';
  text: string;
}

/** One line of an order as a row of the file gives it. */
export interface OrderRow {
  row: number;
  orderNo: string;
  orderDate: string;
  customer: CustomerRef;
  productCode: string;
  quantity: number;
  /** The price charged, in fen; the product's list price when the cell is blank. */
  unitPriceFen: number | null;
  note: string | null;
}

/** A row that cannot be read still names its order when its 订单号 can be read, so that the whole order is held back. */
export type OrderRowResult = { ok: true; line: OrderRow } | { ok: false; problems: ImportProblem[]; orderNo: string | null };

export const MAX_ORDER_NO = 64;
export const MAX_NOTE = 500;
export const MAX_QUANTITY = 10_000_000;
const MAX_PRICE_FEN = 1_000_000_000_000;
const CUSTOMER_BY: [OrderImportField, CustomerRef['by']][] = [['customerId', 'id'], ['customerCode', 'code'], ['customerName', 'name']];

/** The header a field's problem names: the mapped column, else the field's label. */
export function columnOf(columns: Readonly<Record<string, OrderImportField>>, field: OrderImportField): string {
  return Object.keys(columns).find((h) => columns[h] === field) ?? ORDER_IMPORT_LABELS[field].zh;
}

/** A quantity cell: a whole number above zero. Returns are not imported: they are entered against their sale. */
function readQuantity(text: string): number | Bilingual {
  const s = text.replace(/,/g, '');
  if (!/^[-+]?\d+(\.0+)?$/.test(s)) return /^[-+]?\d*\.\d+$/.test(s) ? { zh: '数量须为整数', en: 'must be a whole number' } : { zh: `数量“${text}”不是数字`, en: `"${text}" is not a number` };
  const n = Number(s);
  if (n < 0) return { zh: '数量不能为负数；导入不支持退货，退货请在订单详情中开退货单', en: 'cannot be negative; returns are not imported, enter them on the sale in Keqing' };
  if (n === 0) return { zh: '数量须大于 0', en: 'must be more than zero' };
  if (n > MAX_QUANTITY) return { zh: '数量过大', en: 'is too large' };
  return n;
}

/** A price cell in yuan (¥, 元, thousands separators allowed), read exactly into fen. */
function readPrice(text: string): number | Bilingual {
  const fen = parseYuan(text);
  if (fen === null) return { zh: `单价“${text}”不是金额，应写成 12.50 这样的元数，最多两位小数`, en: `"${text}" is not an amount; write yuan such as 12.50, at most two decimals` };
  if (fen < 0) return { zh: '单价不能为负数', en: 'cannot be negative' };
  if (fen > MAX_PRICE_FEN) return { zh: '单价过大', en: 'is too large' };
  return fen;
}

/** A date cell: 2026-05-20, 2026/5/20, 2026年5月20日; a time after it (from Excel) is dropped. */
function readDate(text: string): string | Bilingual {
  const checked = normaliseDate(text.replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, ''), false);
  return checked.ok ? checked.value : { zh: `日期“${text}”无法识别：${checked.error.zh}`, en: `cannot read the date "${text}": ${checked.error.en}` };
}

/**
 * Builds the reader of an order file's rows: each row (header → cell text) becomes an order line, or the list of its
 * problems with row, column and reason in both languages. Codes and numbers are read in ASCII whatever width they
 * were typed in.
 */
export function createOrderRowReader(columns: Readonly<Record<string, OrderImportField>>): (row: number, cells: Readonly<Record<string, string>>) => OrderRowResult {
  return (row, cellsByHeader) => {
    const text = (field: OrderImportField): string => {
      const header = Object.keys(columns).find((h) => columns[h] === field);
      const raw = unescapeCell((header === undefined ? '' : (cellsByHeader[header] ?? '')).trim());
      return field === 'customerName' || field === 'note' ? raw : toHalfWidth(raw).trim();
    };
    const problems: ImportProblem[] = [];
    const refuse = (field: OrderImportField, reason: Bilingual) => problems.push(problemAt(row, columnOf(columns, field), reason));
    const required = (field: OrderImportField): string | null => {
      const value = text(field);
      if (value === '') refuse(field, { zh: `请填写${ORDER_IMPORT_LABELS[field].zh}`, en: `enter the ${ORDER_IMPORT_LABELS[field].en.toLowerCase()}` });
      return value || null;
    };

    const orderNo = required('orderNo');
    if (orderNo && orderNo.length > MAX_ORDER_NO) refuse('orderNo', { zh: `订单号不能超过 ${MAX_ORDER_NO} 个字符`, en: `must have at most ${MAX_ORDER_NO} characters` });
    const dateText = required('orderDate');
    const orderDate = dateText === null ? null : readDate(dateText);
    if (typeof orderDate === 'object' && orderDate !== null) refuse('orderDate', orderDate);

    const given = CUSTOMER_BY.map(([field, by]) => ({ by, text: text(field) })).find((c) => c.text !== '');
    if (!given) {
      const column = CUSTOMER_BY.map(([f]) => f).find((f) => Object.values(columns).includes(f)) ?? 'customerName';
      refuse(column, { zh: '请填写客户（系统编号、客户编码或客户名称）', en: "enter the customer (its system ID, code or name)" });
    }

    const productCode = required('productCode');
    const quantityText = required('quantity');
    const quantity = quantityText === null ? null : readQuantity(quantityText);
    if (typeof quantity === 'object' && quantity !== null) refuse('quantity', quantity);
    const priceText = text('unitPrice');
    const price = priceText === '' ? null : readPrice(priceText);
    if (typeof price === 'object' && price !== null) refuse('unitPrice', price);
    const note = text('note');
    if (note.length > MAX_NOTE) refuse('note', { zh: `备注不能超过 ${MAX_NOTE} 个字`, en: `must have at most ${MAX_NOTE} characters` });

    if (problems.length) return { ok: false, problems, orderNo: orderNo && orderNo.length <= MAX_ORDER_NO ? orderNo : null };
    return {
      ok: true,
      line: { row, orderNo: orderNo!, orderDate: orderDate as string, customer: given!, productCode: productCode!, quantity: quantity as number, unitPriceFen: price as number | null, note: note || null },
    };
  };
}

/** The rows of one 订单号: one order with a line per row. */
export interface OrderGroup {
  orderNo: string;
  orderDate: string;
  customer: CustomerRef;
  note: string | null;
  lines: OrderRow[];
  /** A row of the order differs from its first row or could not be read: the order is checked further but not imported. */
  held: boolean;
}

export const MAX_ORDER_LINES = 500;

const CUSTOMER_FIELD: Record<CustomerRef['by'], OrderImportField> = { id: 'customerId', code: 'customerCode', name: 'customerName' };

/**
 * Rows with the same 订单号 form one order, in the order the numbers first appear. Each row of an order must name the
 * same customer the same way and have the same date as its first row (the price may differ between lines); the notes
 * of its rows are joined. A problem names the row that differs and the first row. An order with a row that differs,
 * or one of the `held` orders (a row of theirs could not be read), is marked held: it is imported whole or not at all.
 */
export function groupOrderRows(
  lines: readonly OrderRow[],
  columns: Readonly<Record<string, OrderImportField>>,
  held: ReadonlySet<string> = new Set(),
): { orders: OrderGroup[]; problems: ImportProblem[] } {
  const byNo = new Map<string, OrderGroup>();
  const problems: ImportProblem[] = [];
  for (const line of lines) {
    const order = byNo.get(line.orderNo);
    if (!order) {
      byNo.set(line.orderNo, { orderNo: line.orderNo, orderDate: line.orderDate, customer: line.customer, note: line.note, lines: [line], held: false });
      continue;
    }
    const first = order.lines[0]!;
    let differs = false;
    if (line.customer.by !== order.customer.by || line.customer.text !== order.customer.text) {
      differs = true;
      problems.push(
        problemAt(line.row, columnOf(columns, CUSTOMER_FIELD[line.customer.by]), {
          zh: `订单号 ${line.orderNo} 的客户与第 ${first.row} 行不同（第 ${first.row} 行：${order.customer.text}；本行：${line.customer.text}）；同一订单的各行须是同一客户`,
          en: `order ${line.orderNo} names another customer than row ${first.row} ("${order.customer.text}" there, "${line.customer.text}" here); all rows of an order are for one customer`,
        }),
      );
    }
    if (line.orderDate !== order.orderDate) {
      differs = true;
      problems.push(
        problemAt(line.row, columnOf(columns, 'orderDate'), {
          zh: `订单号 ${line.orderNo} 的日期与第 ${first.row} 行不同（${order.orderDate} 与 ${line.orderDate}）；同一订单的各行须是同一天`,
          en: `order ${line.orderNo} has another date than row ${first.row} (${order.orderDate} and ${line.orderDate}); all rows of an order have one date`,
        }),
      );
    }
    if (order.lines.length === MAX_ORDER_LINES) {
      differs = true;
      problems.push(problemAt(line.row, columnOf(columns, 'orderNo'), { zh: `订单号 ${line.orderNo} 超过 ${MAX_ORDER_LINES} 行；一张订单最多 ${MAX_ORDER_LINES} 行`, en: `order ${line.orderNo} has more than ${MAX_ORDER_LINES} lines` }));
    }
    if (differs) {
      order.held = true;
      continue;
    }
    order.lines.push(line);
    if (line.note && !order.note?.split('；').includes(line.note)) order.note = order.note ? `${order.note}；${line.note}`.slice(0, MAX_NOTE) : line.note;
  }
  const orders = [...byNo.values()];
  for (const o of orders) if (held.has(o.orderNo)) o.held = true;
  return { orders, problems };
}
