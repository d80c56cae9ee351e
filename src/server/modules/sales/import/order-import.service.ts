import { checkOrderMapping, suggestOrderMapping } from '../../../../domain/sales/order-import-columns';
import { importService } from '../../imports/import-flow';
import { writeOrder } from '../order-entry';
import { planOrderImport, type OrderImportPlan, type OrderOutcome } from './order-import-plan';
import { presentOrderImport, type OrderImportView } from './order-import.presenter';

/**
 * The order import: rows with the same 订单号 form one order. The import checks every row again against the ledger
 * as it is now and writes each new order by the same code as orders entered by hand or pushed by the ERP (source
 * "import", the 订单号 as its external number), which also keeps sales_monthly right. Orders imported before with
 * the same content stay as they are.
 */
export const orderImports = importService<OrderImportPlan, OrderOutcome, OrderImportView>({
  kind: 'orders',
  present: (_scope, row, job, result) => presentOrderImport(row, job, result),
  suggest: (_scope, headers) => suggestOrderMapping(headers),
  checkMapping: (_scope, mapping, headers) => checkOrderMapping(mapping, headers),
  plan: (db, actor, file, { progress }) => planOrderImport(db, actor, file, progress),
  counts: (plan) => ({ created: plan.creates.length, unchanged: plan.unchanged }),
  toWrite: (plan) => plan.creates.length,
  write: async (tx, actor, plan, now, progress) => {
    let written = 0;
    for (const order of plan.creates) {
      await writeOrder(tx, actor, order.input, 'import', now);
      progress(++written);
    }
  },
  audit: {
    action: 'order.import',
    targetType: 'order_import',
    after: (row, plan) => ({ fileName: row.fileName, rows: row.rowCount, lines: plan.lines, created: plan.creates.length, unchanged: plan.unchanged }),
  },
  changedError: 'IMPORT_ORDERS_CHANGED',
});
