import ExcelJS from 'exceljs';
import { ORDER_IMPORT_FIELDS, ORDER_IMPORT_LABELS, REQUIRED_ORDER_FIELDS, type OrderImportField } from '../../../../domain/sales/order-import-columns';
import { addSheet } from '../../imports/workbooks';

/** The template's columns: the customer by name (the system ID and code columns are recognised too, see the notes). */
const TEMPLATE_FIELDS: readonly OrderImportField[] = ['orderNo', 'orderDate', 'customerName', 'customerCode', 'productCode', 'quantity', 'unitPrice', 'note'];

const HINTS: Record<OrderImportField, string> = {
  orderNo: '必填。同一订单号的多行合成一张订单（每行一种产品）；再次导入同一文件时，已导入的订单原样保留，不会重复',
  orderDate: '必填。例如 2026-05-20 或 2026/5/20；同一订单的各行须相同',
  customerId: '客户在本系统的编号（从客户导出文件中复制）；与“客户编码”“客户”三选一，优先使用',
  customerCode: 'ERP 等系统里的客户编码（客户档案中的“外部编号”）；与“客户”二选一，两列都填时以编码为准',
  customerName: '客户名称，须与系统中完全一致，且在您的客户中唯一；同一订单的各行须相同',
  productCode: '必填。产品目录中的产品编码；已停用的产品不能导入',
  quantity: '必填。大于 0 的整数。导入不支持退货，退货请在订单详情中开退货单',
  unitPrice: '单位：元，最多两位小数，例如 12.50；不填按产品目录价',
  note: '可选，最多 500 字',
};

const EXAMPLE: Partial<Record<OrderImportField, string | number>> = {
  orderNo: 'SO-2026-0001',
  orderDate: '2026-05-20',
  customerName: '示例：中牟县某某村卫生室（导入前请删除本行）',
  productCode: 'P001',
  quantity: 10,
  unitPrice: '12.50',
  note: '',
};

/** The order import template: the headers the import recognises, one example row, and a sheet that explains each column. */
export async function orderTemplateWorkbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  addSheet(book, '订单', TEMPLATE_FIELDS.map((f) => ORDER_IMPORT_LABELS[f].zh), [TEMPLATE_FIELDS.map((f) => EXAMPLE[f] ?? '')]);
  addSheet(
    book,
    '填写说明',
    ['列名', '是否必填', '怎么填'],
    ORDER_IMPORT_FIELDS.map((f) => [ORDER_IMPORT_LABELS[f].zh, REQUIRED_ORDER_FIELDS.includes(f) ? '必填' : f.startsWith('customer') ? '三选一' : '', HINTS[f]]),
    [16, 10, 90],
  );
  return Buffer.from(await book.xlsx.writeBuffer());
}
