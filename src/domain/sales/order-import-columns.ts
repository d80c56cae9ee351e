import { checkColumns, headerLookup, suggestColumns, type MappingProblem } from '../imports/mapping';
import { normaliseHeader } from '../customers/import-columns';
import type { Bilingual } from '../shared/messages';

/**
 * What a column can hold when order lines are imported. Rows with the same 订单号 form one order. The customer is
 * named by its system ID, its external code (ERP) or its exact name; a file needs one of the three.
 */
export const ORDER_IMPORT_FIELDS = ['orderNo', 'orderDate', 'customerId', 'customerCode', 'customerName', 'productCode', 'quantity', 'unitPrice', 'note'] as const;
export type OrderImportField = (typeof ORDER_IMPORT_FIELDS)[number];

export const isOrderImportField = (s: string): s is OrderImportField => (ORDER_IMPORT_FIELDS as readonly string[]).includes(s);

/** How each field is called in the mapping step; the Chinese label is also its header in the template. */
export const ORDER_IMPORT_LABELS: Record<OrderImportField, Bilingual> = {
  orderNo: { zh: '订单号', en: 'Order number' },
  orderDate: { zh: '日期', en: 'Date' },
  customerId: { zh: '客户系统编号', en: 'Customer system ID' },
  customerCode: { zh: '客户编码', en: 'Customer code' },
  customerName: { zh: '客户', en: 'Customer' },
  productCode: { zh: '产品编码', en: 'Product code' },
  quantity: { zh: '数量', en: 'Quantity' },
  unitPrice: { zh: '单价（元）', en: 'Unit price (yuan)' },
  note: { zh: '备注', en: 'Note' },
};

/** The headers Chinese order sheets and ERP exports use for each field, besides its label. */
const SYNONYMS: Partial<Record<OrderImportField, readonly string[]>> = {
  orderNo: ['订单编号', '单号', '销售单号', '单据编号', '单据号', 'ERP单号', '外部单号'],
  orderDate: ['订单日期', '下单日期', '销售日期', '开单日期', '单据日期'],
  customerId: ['客户ID', '系统编号'],
  customerCode: ['外部编码', '外部编号', '客户外部编码', '客户外部编号', '客户编号', 'ERP客户编码'],
  customerName: ['客户名称', '单位名称', '购货单位', '客户全称'],
  productCode: ['产品代码', '商品编码', '药品编码', '物料编码', '货号'],
  quantity: ['销售数量', '数量（盒）'],
  unitPrice: ['单价', '销售单价', '含税单价', '价格'],
  note: ['说明', '摘要'],
};

/** Columns a file must have; besides them, one column that names the customer. */
export const REQUIRED_ORDER_FIELDS: readonly OrderImportField[] = ['orderNo', 'orderDate', 'productCode', 'quantity'];
export const CUSTOMER_FIELDS: readonly OrderImportField[] = ['customerId', 'customerCode', 'customerName'];

const KNOWN = headerLookup(ORDER_IMPORT_FIELDS, ORDER_IMPORT_LABELS, SYNONYMS);

export const orderFieldOfHeader = (header: string): OrderImportField | undefined => KNOWN.get(normaliseHeader(header));

/** The mapping an order import starts with: each recognised header to its field, each field once. */
export const suggestOrderMapping = (headers: readonly string[]) => suggestColumns(headers, orderFieldOfHeader);

/** Checks an order import's mapping: the usual rules, and a column that names the customer. */
export function checkOrderMapping(mapping: Readonly<Record<string, string | null>>, headers: readonly string[]): MappingProblem[] {
  const problems = checkColumns(mapping, headers, { labelOf: (t) => (isOrderImportField(t) ? ORDER_IMPORT_LABELS[t] : undefined), required: REQUIRED_ORDER_FIELDS });
  const targets = new Set(Object.values(mapping));
  if (!CUSTOMER_FIELDS.some((f) => targets.has(f))) {
    problems.push({
      header: null,
      reason: { zh: '请指定哪一列是客户：客户系统编号、客户编码或客户（名称），至少一列', en: 'choose the column that names the customer: its system ID, code or name (at least one)' },
    });
  }
  return problems;
}

/** The columns a mapping imports, header → field. */
export function mappedOrderColumns(mapping: Readonly<Record<string, string | null>>): Record<string, OrderImportField> {
  return Object.fromEntries(Object.entries(mapping).filter((e): e is [string, OrderImportField] => e[1] !== null && isOrderImportField(e[1])));
}
