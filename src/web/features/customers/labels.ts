import { CUSTOMER_FIELD_LABELS } from '../../../domain/customers/field-labels';
import {
  CUSTOMER_SOURCE_LABELS,
  CUSTOMER_STATUS_LABELS,
  KEY_PERSON_ROLE_LABELS,
  type CustomerSource,
  type CustomerStatus,
  type KeyPersonRole,
} from '../../../domain/customers/customer-options';
import { regionLabel } from '../../../domain/customers/regions';
import { FIELD_LABELS } from '../../../domain/shared/field-labels';
import { pick, type Bilingual, type Lang } from '../../../domain/shared/messages';
import type { CustomerType } from './types';

export const STATUS_COLORS: Record<CustomerStatus, string> = { prospect: 'blue', active: 'green', lost: 'default' };

export const statusLabel = (status: CustomerStatus, lang: Lang) => pick(CUSTOMER_STATUS_LABELS[status], lang);
export const sourceLabel = (source: CustomerSource, lang: Lang) => pick(CUSTOMER_SOURCE_LABELS[source], lang);
export const keyRoleLabel = (role: KeyPersonRole, lang: Lang) => (KEY_PERSON_ROLE_LABELS[role] ? pick(KEY_PERSON_ROLE_LABELS[role], lang) : role);

/** The type's name in the organisation's list, or its code when the administrator has retired it. */
export function typeLabel(types: readonly CustomerType[] | undefined, code: string, lang: Lang): string {
  const type = types?.find((t) => t.code === code);
  return type ? pick(type, lang) : code;
}

/** 河南省 郑州市 中原区, or the code if it is not in the list. */
export function regionText(code: string | null | undefined): string | null {
  if (!code) return null;
  return regionLabel(code) ?? code;
}

/** On these pages a region is chosen by name, so it is not called a code. */
const PAGE_LABELS: Record<string, Bilingual> = { regionCode: { zh: '所在地区', en: 'Region' } };

/** How a field is named on the customer pages: the customer labels first, then the shared ones. */
export function customerFieldLabel(field: string, lang: Lang): string {
  const key = field.split('.').filter((s) => !/^\d+$/.test(s)).pop() ?? field;
  const label: Bilingual | undefined = PAGE_LABELS[key] ?? CUSTOMER_FIELD_LABELS[key] ?? FIELD_LABELS[key];
  return label ? pick(label, lang) : field;
}
