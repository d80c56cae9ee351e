import type { Bilingual } from '../shared/messages';

/** On-screen names of the sales ledger's fields (products, orders, returns, collections), for error messages. */
export const LEDGER_FIELD_LABELS: Record<string, Bilingual> = {
  code: { zh: '编码', en: 'Code' },
  category: { zh: '类别', en: 'Category' },
  unit: { zh: '单位', en: 'Unit' },
  spec: { zh: '规格', en: 'Specification' },
  listPriceFen: { zh: '标准售价', en: 'List price' },
  costFen: { zh: '成本价', en: 'Cost' },
  expenseStandardFen: { zh: '客情费标准', en: '客情费 standard' },
  customerId: { zh: '客户', en: 'Customer' },
  customerCode: { zh: '客户外部编号', en: 'Customer external code' },
  orderDate: { zh: '订单日期', en: 'Order date' },
  externalRef: { zh: '外部单号', en: 'External number' },
  returnOf: { zh: '原销售单', en: 'Original sale' },
  note: { zh: '备注', en: 'Note' },
  lines: { zh: '订单明细', en: 'Order lines' },
  productId: { zh: '产品', en: 'Product' },
  productCode: { zh: '产品编码', en: 'Product code' },
  quantity: { zh: '数量', en: 'Quantity' },
  unitPriceFen: { zh: '单价', en: 'Unit price' },
  collectedOn: { zh: '回款日期', en: 'Collection date' },
  amountFen: { zh: '金额', en: 'Amount' },
};
