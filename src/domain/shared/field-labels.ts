import { CALENDAR_FIELD_LABELS } from '../calendar/field-labels';
import { CUSTOMER_FIELD_LABELS } from '../customers/field-labels';
import { EXPENSE_FIELD_LABELS, EXPENSE_SETTINGS_FIELD_LABELS } from '../expenses/field-labels';
import { STANDARD_FIELD_LABELS } from '../expenses/standard-field-labels';
import { LEDGER_FIELD_LABELS } from '../sales/ledger-field-labels';
import { SALES_FIELD_LABELS } from '../sales/field-labels';
import { VISIT_FIELD_LABELS } from '../visits/field-labels';
import type { Bilingual } from './messages';

/** How a field is called on screen, so that error messages name it the way the form does. */
export const FIELD_LABELS: Record<string, Bilingual> = {
  orgCode: { zh: '企业代码', en: 'Organisation code' },
  username: { zh: '用户名', en: 'User name' },
  password: { zh: '密码', en: 'Password' },
  currentPassword: { zh: '当前密码', en: 'Current password' },
  newPassword: { zh: '新密码', en: 'New password' },
  displayName: { zh: '姓名', en: 'Name' },
  role: { zh: '角色', en: 'Role' },
  officeId: { zh: '办事处', en: 'Office' },
  phone: { zh: '手机号', en: 'Mobile' },
  email: { zh: '邮箱', en: 'Email' },
  name: { zh: '名称', en: 'Name' },
  regionCode: { zh: '所在地区代码', en: 'Region code' },
  address: { zh: '地址', en: 'Address' },
  version: { zh: '版本号', en: 'Version' },
  id: { zh: '编号', en: 'ID' },
  limit: { zh: '每页条数', en: 'Page size' },
  cursor: { zh: '分页位置', en: 'Page cursor' },
  action: { zh: '操作类型', en: 'Action' },
  from: { zh: '开始日期', en: 'From' },
  to: { zh: '结束日期', en: 'To' },
};

const ALL_LABELS: Record<string, Bilingual> = {
  ...EXPENSE_FIELD_LABELS,
  ...LEDGER_FIELD_LABELS,
  ...FIELD_LABELS,
  ...CUSTOMER_FIELD_LABELS,
  ...SALES_FIELD_LABELS,
  ...VISIT_FIELD_LABELS,
  ...EXPENSE_SETTINGS_FIELD_LABELS,
  ...CALENDAR_FIELD_LABELS,
  ...STANDARD_FIELD_LABELS,
};

export function fieldLabel(path: string): Bilingual {
  // 'phones/1' is labelled as 'phones': array indexes are not field names.
  const last = path.split(/[/.]/).filter((seg) => seg && !/^\d+$/.test(seg)).pop() ?? path;
  return ALL_LABELS[last] ?? { zh: last, en: last };
}
