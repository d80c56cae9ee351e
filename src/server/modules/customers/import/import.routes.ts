import type { AppDeps } from '../../../http/deps';
import { listFields } from '../../customer-fields/customer-fields.queries';
import { importRoutes } from '../../imports/import-routes';
import { MAX_UPLOAD_MB } from '../../imports/upload';
import { listCustomerTypes } from '../customer-types';
import { templateWorkbook } from './import-workbooks';
import { customerImportView, uploadedImportView } from './import.presenter';
import { customerImports } from './import.service';

/** Customer import (office managers and above): the routes every import has, under /customer-imports. */
export function customerImportRoutes(deps: AppDeps) {
  return importRoutes(deps, {
    base: '/customer-imports',
    tag: 'customer-import',
    action: 'customer.import',
    what: 'customer',
    service: customerImports,
    view: customerImportView,
    uploadedView: uploadedImportView,
    template: {
      fileName: '客户导入模板.xlsx',
      asciiName: 'customer-import-template.xlsx',
      body: async (actor) => templateWorkbook(await listCustomerTypes(deps.db, actor.orgId), await listFields(deps.db, actor.orgId)),
    },
    problemsAsciiName: 'import-problems.xlsx',
    summaries: {
      template: '下载客户导入模板（.xlsx）Download the customer import template (.xlsx)',
      upload: `上传要导入的客户文件（multipart，字段 file：.xlsx 或 .csv，最大 ${MAX_UPLOAD_MB} MB）Upload a customer file to import (multipart field "file": .xlsx or .csv)`,
      current: '当前导入：状态、进度、检查结果 The current import: status, progress, check results',
      check: '按列对应检查每一行（不写入客户；202 后轮询 current）Check every row with this column mapping (writes no customer; poll current after 202)',
      import: '导入（全部成功或全部不写入；202 后轮询 current）Import, all or nothing (poll current after 202)',
    },
  });
}
