import type { AppDeps } from '../../../http/deps';
import { importRoutes } from '../../imports/import-routes';
import { MAX_UPLOAD_MB } from '../../imports/upload';
import { orderTemplateWorkbook } from './order-import-template';
import { orderImportView, uploadedOrderImportView } from './order-import.presenter';
import { orderImports } from './order-import.service';

/**
 * Order import: a file of order lines (rows with the same 订单号 form one order), with the routes every import has,
 * under /order-imports. Whoever may enter orders may import them, for the customers in their scope.
 */
export function orderImportRoutes(deps: AppDeps) {
  return importRoutes(deps, {
    base: '/order-imports',
    tag: 'order-import',
    action: 'order.create',
    what: 'order',
    service: orderImports,
    view: orderImportView,
    uploadedView: uploadedOrderImportView,
    template: { fileName: '订单导入模板.xlsx', asciiName: 'order-import-template.xlsx', body: () => orderTemplateWorkbook() },
    problemsAsciiName: 'order-import-problems.xlsx',
    summaries: {
      template: '下载订单导入模板（.xlsx）Download the order import template (.xlsx)',
      upload: `上传要导入的订单文件（multipart，字段 file：.xlsx 或 .csv，最大 ${MAX_UPLOAD_MB} MB）Upload a file of order lines to import (multipart field "file")`,
      current: '当前订单导入：状态、进度、检查结果 The current order import: status, progress, check results',
      check: '按列对应检查每一行（不写入订单；202 后轮询 current）Check every row with this column mapping (writes no order; poll current after 202)',
      import: '导入订单（全部成功或全部不写入；已导入的订单号原样保留；202 后轮询 current）Import the orders, all or nothing; numbers imported before stay as they are (poll current after 202)',
    },
  });
}
