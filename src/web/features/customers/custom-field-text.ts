/** Texts of the custom fields on the customer pages (the definitions are the administrator's, on 自定义字段). */
export const customFieldText = {
  section: { zh: '补充信息', en: 'More details' },
  required: { zh: '请填写{name}', en: 'Fill in {name}' },
  inactive: { zh: '已停用', en: 'Disabled' },
  notFilled: { zh: '未填写', en: 'Not filled in' },
  typeChangeDrops: { zh: '更改客户类型后，以下内容不再适用，保存时将被清除：', en: 'With the new customer type these no longer apply and are cleared on saving:' },
  datePlaceholder: { zh: '选择日期', en: 'Pick a date' },
  allValues: { zh: '{name}：全部', en: '{name}: all' },
} as const;
