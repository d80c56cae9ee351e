import { LIST_FIELDS, isImportField } from '../../../../domain/customers/import-columns';
import { checkMapping } from '../../../../domain/customers/import-mapping';
import type { ImportMapping, ImportTarget } from '../../../shared/import/api';
import { ImportWizard } from '../../../shared/import/ImportWizard';
import { invalidateCustomers } from '../api';
import { CUSTOMER_IMPORTS, type CustomerImport } from './api';
import { OutcomeTable } from './OutcomeTable';
import { importText } from './text';

/** The standard rules, with the organisation's custom fields (the targets that are not standard) named by their labels. */
function checkCustomerMapping(mapping: ImportMapping, headers: readonly string[], targets: readonly ImportTarget[]) {
  const custom = targets.filter((t) => !isImportField(t.value));
  return checkMapping(mapping, headers, new Map(custom.map((t) => [t.value, { zh: t.zh, en: t.en }])));
}

/** List fields (several phones, say) may take several columns. */
const repeatable = (target: string) => isImportField(target) && LIST_FIELDS.has(target);

const outcomes = (o: CustomerImport['outcomes']) => <OutcomeTable outcomes={o} />;

/** 导入客户: new customers, and changes to existing ones by 系统编号, from a file through the import wizard. */
export function CustomerImportPage() {
  return <ImportWizard base={CUSTOMER_IMPORTS} listPath="/customers" text={importText} checkMapping={checkCustomerMapping} repeatable={repeatable} outcomes={outcomes} refresh={invalidateCustomers} />;
}
