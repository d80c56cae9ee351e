import { customKeyOf, withCustomSuggestions } from '../../../../domain/customers/import-custom';
import { checkMapping, suggestMapping } from '../../../../domain/customers/import-mapping';
import { listFields } from '../../customer-fields/customer-fields.queries';
import { importService } from '../../imports/import-flow';
import { planImport, type ImportPlan, type RowOutcome } from './import-plan';
import { tidyAfterImport, writePlan } from './import-write';
import { importTargets, importView, type CustomerImportView } from './import.presenter';

/**
 * The customer import: new customers, and changes to existing ones by 系统编号, with the organisation's custom
 * fields. The import checks every row again against the customers as they are now (those it updates locked),
 * writes them like customers entered by hand, and tidies the search statistics afterwards.
 */
export const customerImports = importService<ImportPlan, RowOutcome, CustomerImportView>({
  kind: 'customers',
  present: async ({ db, actor }, row, job, result) => importView(row, job, result, importTargets(await listFields(db, actor.orgId))),
  suggest: async ({ db, actor }, headers) => withCustomSuggestions(suggestMapping(headers), await listFields(db, actor.orgId)),
  checkMapping: async ({ db, actor }, mapping, headers) => {
    const custom = importTargets(await listFields(db, actor.orgId)).filter((t) => customKeyOf(t.value));
    return checkMapping(mapping, headers, new Map(custom.map((t) => [t.value, { zh: t.zh, en: t.en }])));
  },
  plan: planImport,
  counts: (plan) => ({ created: plan.creates.length, updated: plan.updates.length }),
  toWrite: (plan) => plan.creates.length + plan.updates.length,
  write: writePlan,
  afterImport: (db, plan) => tidyAfterImport(db, plan.creates.length + plan.updates.length),
  audit: {
    action: 'customer.import',
    targetType: 'customer_import',
    after: (row, plan) => ({ fileName: row.fileName, rows: row.rowCount, created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged }),
  },
  changedError: 'IMPORT_CHANGED',
});
