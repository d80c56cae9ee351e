/** The customer import's own words; the steps, upload, mapping and problem list speak the wizard's (importWizardText). */
export const importText = {
  title: { zh: '导入客户', en: 'Import customers' },
  intro: {
    zh: '从 Excel（.xlsx）或 CSV 文件批量新建或更新客户。先检查，没有问题再导入；导入要么全部成功，要么一个也不写入。',
    en: 'Create or update customers in bulk from an Excel (.xlsx) or CSV file. Check first, then import; an import writes every row or none.',
  },
  back: { zh: '返回客户列表', en: 'Back to customers' },
  uploadHint: { zh: '要批量修改已有客户：先在客户列表导出，改好后再导入，会按“系统编号”更新原客户。', en: 'To change existing customers in bulk: export them from the list, edit the file and import it; rows update the customers by their system ID.' },
  mapIntro: { zh: '为文件中的每一列选择对应的客户字段；不需要的列选“不导入”。', en: 'Choose the customer field each column of the file fills; choose “Skip” for columns you do not need.' },

  writing: { zh: '正在写入第 {n} / {total} 个客户…', en: 'Writing customer {n} of {total}…' },
  summaryCheck: { zh: '可新建 {create} 个，更新 {update} 个，{unchanged} 个没有变化', en: '{create} to create, {update} to update, {unchanged} unchanged' },
  summaryDone: { zh: '已新建 {create} 个，更新 {update} 个，{unchanged} 个没有变化', en: '{create} created, {update} updated, {unchanged} unchanged' },
  importNow: { zh: '导入 {n} 行', en: 'Import {n} rows' },
  nothingToImport: { zh: '所有行都与系统中的客户一致，没有需要导入的内容', en: 'Every row matches the customers already stored; there is nothing to import' },
  importFailed: { zh: '导入未完成：发现 {count} 个问题，没有写入任何客户', en: 'Not imported: {count} problems were found and no customer was written' },
  importBroken: { zh: '导入未完成，没有写入任何客户', en: 'Not imported; no customer was written' },
  toList: { zh: '查看客户列表', en: 'Go to the customers' },

  outcomes: { zh: '处理方式', en: 'Action' },
  actionCreate: { zh: '新建', en: 'Create' },
  actionUpdate: { zh: '更新', en: 'Update' },
  actionUnchanged: { zh: '不变', en: 'Unchanged' },
  changes: { zh: '修改的字段', en: 'Fields changed' },
  name: { zh: '客户名称', en: 'Customer' },
} as const;
