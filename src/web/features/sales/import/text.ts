/** The order import's own words; the steps, upload, mapping and problem list speak the wizard's (importWizardText). */
export const orderImportText = {
  title: { zh: '导入订单', en: 'Import orders' },
  intro: {
    zh: '从 Excel（.xlsx）或 CSV 文件批量录入销售订单：每行一种产品，订单号相同的行合成一张订单。先检查，没有问题再导入；导入要么全部成功，要么一张也不写入。已导入过的订单号再次导入时原样保留，不会重复。',
    en: 'Enter sales orders in bulk from an Excel (.xlsx) or CSV file: one product per row, rows with the same order number form one order. Check first, then import; an import writes every order or none. Order numbers imported before are left as they are, never duplicated.',
  },
  back: { zh: '返回订单列表', en: 'Back to orders' },
  uploadHint: {
    zh: '客户可填系统编号、客户编码（外部编号）或与系统完全一致的客户名称，只能是您数据范围内的客户。导入不支持退货：退货请在订单详情中开退货单。',
    en: 'Name the customer by its system ID, its code (external code) or its exact name; only customers in your data scope. Returns are not imported: enter them on the sale in Keqing.',
  },
  mapIntro: {
    zh: '为文件中的每一列选择对应的订单字段；客户用“客户系统编号”“客户编码”“客户”中的一列即可；不需要的列选“不导入”。',
    en: 'Choose the order field each column fills; one of “Customer system ID”, “Customer code” and “Customer” names the customer; choose “Skip” for columns you do not need.',
  },
  writing: { zh: '正在写入第 {n} / {total} 张订单…', en: 'Writing order {n} of {total}…' },
  summaryCheck: { zh: '可新建 {create} 张订单，{unchanged} 张已导入过（不变）', en: '{create} orders to create, {unchanged} imported before (unchanged)' },
  summaryDone: { zh: '已新建 {create} 张订单，{unchanged} 张已导入过（不变）', en: '{create} orders created, {unchanged} imported before (unchanged)' },
  problemsHold: {
    zh: '导入要么全部成功，要么一张也不写入：没有问题的 {create} 张订单也要等问题全部改正后一起导入',
    en: 'An import writes every order or none: the {create} orders without problems are imported once every problem is fixed',
  },
  nothingToImport: { zh: '文件中的订单都已导入过，内容一致，没有需要导入的订单', en: 'Every order of the file was imported before with the same content; there is nothing to import' },
  importNow: { zh: '导入 {n} 张订单', en: 'Import {n} orders' },
  importFailed: { zh: '导入未完成：发现 {count} 个问题，没有写入任何订单', en: 'Not imported: {count} problems were found and no order was written' },
  importBroken: { zh: '导入未完成，没有写入任何订单', en: 'Not imported; no order was written' },
  toList: { zh: '查看订单列表', en: 'Go to the orders' },
  orderNo: { zh: '订单号', en: 'Order number' },
  customer: { zh: '客户', en: 'Customer' },
  lines: { zh: '行数', en: 'Lines' },
  amount: { zh: '金额', en: 'Amount' },
  action: { zh: '处理方式', en: 'Action' },
  actionCreate: { zh: '新建', en: 'Create' },
  actionUnchanged: { zh: '已导入，不变', en: 'Imported before, unchanged' },
  outcomeLine: { zh: '第 {row} 行起 · {lines} 行 · {amount}', en: 'From row {row} · {lines} lines · {amount}' },
} as const;
