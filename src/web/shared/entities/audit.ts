import { CUSTOMER_FIELD_LABELS } from '../../../domain/customers/field-labels';
import { FIELD_LABELS } from '../../../domain/shared/field-labels';
import type { Bilingual, Lang } from '../../../domain/shared/messages';
import type { AuditEntry } from '../api/types';

/** Chinese and English names of the administrative actions the audit log records. */
export const AUDIT_ACTIONS: Record<string, Bilingual> = {
  'user.create': { zh: '新建人员', en: 'Created a user' },
  'user.update': { zh: '修改人员', en: 'Changed a user' },
  'user.activate': { zh: '启用人员', en: 'Enabled a user' },
  'user.deactivate': { zh: '停用人员', en: 'Disabled a user' },
  'user.reset_password': { zh: '重置密码', en: 'Reset a password' },
  'user.password_change': { zh: '修改本人密码', en: 'Changed own password' },
  'auth.logout_all': { zh: '退出所有设备', en: 'Signed out everywhere' },
  'office.create': { zh: '新建办事处', en: 'Created an office' },
  'office.update': { zh: '修改办事处', en: 'Changed an office' },
  'customerField.create': { zh: '新建自定义字段', en: 'Created a custom field' },
  'customerField.update': { zh: '修改自定义字段', en: 'Changed a custom field' },
  'customerField.deactivate': { zh: '停用自定义字段', en: 'Disabled a custom field' },
  'customerField.activate': { zh: '启用自定义字段', en: 'Enabled a custom field' },
};

const EXTRA_FIELDS: Record<string, Bilingual> = {
  active: { zh: '状态', en: 'Status' },
  sessionsEnded: { zh: '结束的登录会话数', en: 'Sessions ended' },
};

export function auditActionLabel(action: string, lang: Lang): string {
  const label = AUDIT_ACTIONS[action];
  return label ? label[lang] : action;
}

/** The order fields are listed in, as the forms show them; unknown fields follow. */
const FIELD_ORDER = ['username', 'displayName', 'name', 'role', 'officeId', 'phone', 'email', 'regionCode', 'address', 'active', 'sessionsEnded'];

export function byFieldOrder(a: string, b: string): number {
  const rank = (f: string) => (FIELD_ORDER.includes(f) ? FIELD_ORDER.indexOf(f) : FIELD_ORDER.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}

export function auditFieldLabel(field: string, lang: Lang): string {
  const label = EXTRA_FIELDS[field] ?? FIELD_LABELS[field] ?? CUSTOMER_FIELD_LABELS[field];
  return label ? label[lang] : field;
}

export type Snapshot = Record<string, unknown>;

export function asSnapshot(value: unknown): Snapshot | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Snapshot) : null;
}

/** Who or what an entry is about: the name it recorded, or the actor for changes to oneself. */
export function auditTargetName(entry: AuditEntry, lang: Lang): string {
  const snap = asSnapshot(entry.after) ?? asSnapshot(entry.before);
  const name = snap?.displayName ?? snap?.name ?? (lang === 'en' ? snap?.labelEn : snap?.labelZh);
  if (typeof name === 'string') {
    if (typeof snap?.username !== 'string') return name;
    return lang === 'en' ? `${name} (${snap.username})` : `${name}（${snap.username}）`;
  }
  if (entry.targetId && entry.targetId === entry.actorId && entry.actorName) return entry.actorName;
  return entry.targetId ? entry.targetId.slice(0, 8) : '—';
}
