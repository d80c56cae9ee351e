import type { Bilingual } from '../shared/messages';

/** Where a customer stands with us (DOMAIN.md §1). */
export const CUSTOMER_STATUSES = ['prospect', 'active', 'lost'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

export const CUSTOMER_STATUS_LABELS: Record<CustomerStatus, Bilingual> = {
  prospect: { zh: '潜在', en: 'Prospect' },
  active: { zh: '合作', en: 'Active' },
  lost: { zh: '流失', en: 'Lost' },
};

/** How we came to know the customer. */
export const CUSTOMER_SOURCES = ['order_meeting', 'distributor_list', 'peer', 'referral', 'other'] as const;
export type CustomerSource = (typeof CUSTOMER_SOURCES)[number];

export const CUSTOMER_SOURCE_LABELS: Record<CustomerSource, Bilingual> = {
  order_meeting: { zh: '订货会签到表', en: 'Order-meeting sign-in sheet' },
  distributor_list: { zh: '商业公司提供', en: 'List from a distributor' },
  peer: { zh: '同行', en: 'From peers' },
  referral: { zh: '转介绍', en: 'Referral' },
  other: { zh: '其他', en: 'Other' },
};

/** A customer type as the administrator keeps them: a stable code and its labels. */
export interface CustomerType extends Bilingual {
  code: string;
}

/**
 * The types a new organisation starts with: pharma "third-terminal" work, distribution and
 * project sales. Seed data only: the administrator may rename, add or retire types, so inputs
 * check a type code against the organisation's own list.
 */
export const DEFAULT_CUSTOMER_TYPES: readonly CustomerType[] = [
  { code: 'county_hospital', zh: '县级医院', en: 'County hospital' },
  { code: 'county_tcm_hospital', zh: '县中医院', en: 'County TCM hospital' },
  { code: 'township_health_centre', zh: '乡镇卫生院', en: 'Township health centre' },
  { code: 'village_clinic', zh: '村卫生室', en: 'Village clinic' },
  { code: 'private_clinic', zh: '个体诊所', en: 'Private clinic' },
  { code: 'village_pharmacy', zh: '村镇药店', en: 'Village or town pharmacy' },
  { code: 'distributor', zh: '经销商/商业公司', en: 'Distributor' },
  { code: 'supermarket_ka', zh: '商超/KA', en: 'Supermarket / key account' },
  { code: 'project_owner', zh: '甲方', en: 'Project owner' },
  { code: 'general_contractor', zh: '总包', en: 'General contractor' },
  { code: 'installer', zh: '安装公司', en: 'Installer' },
];

/** The part a key person plays in the purchase decision. */
export const KEY_PERSON_ROLES = ['purchaser', 'purchasing_head', 'executive', 'user'] as const;
export type KeyPersonRole = (typeof KEY_PERSON_ROLES)[number];

export const KEY_PERSON_ROLE_LABELS: Record<KeyPersonRole, Bilingual> = {
  purchaser: { zh: '采购员', en: 'Purchaser' },
  purchasing_head: { zh: '采购部领导', en: 'Head of purchasing' },
  executive: { zh: '主管领导', en: 'Executive in charge' },
  user: { zh: '使用者', en: 'User' },
};

/** The business profile the visit questionnaire fills (DOMAIN.md §1), competitors in the area last. */
export const PROFILE_ITEMS = [
  'businessNature',
  'annualVolume',
  'replenishmentCycle',
  'replenishmentChannel',
  'paymentMethod',
  'needs',
  'productOpinion',
  'competitors',
] as const;
export type ProfileItem = (typeof PROFILE_ITEMS)[number];
