import type { Bilingual } from '../shared/messages';
import type { RuleGrade } from './rules';

export const CONTACT_KINDS = ['visit', 'phone'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const CONTACT_KIND_LABELS: Record<ContactKind, Bilingual> = {
  visit: { zh: '拜访', en: 'Visit' },
  phone: { zh: '电话', en: 'Phone call' },
};

/**
 * A short default objective for a planned contact (月度巡访计划表: 工作目标), from the grade and the kind; the rep
 * or the office manager may rewrite it. The texts follow DOMAIN §3: A customers are looked after (stock,
 * competitors), B grown, C kept in touch; a customer never visited, or ungraded, first has its profile filled in
 * (the questionnaire of §1).
 */
const VISIT_OBJECTIVES: Record<RuleGrade, Bilingual> = {
  A: { zh: '巩固关系、了解库存与竞品', en: 'Strengthen the relationship; check stock and competitors' },
  B: { zh: '跟进补货与订单、介绍产品', en: 'Follow up replenishment and orders; present products' },
  C: { zh: '了解需求、提升进货量', en: 'Learn their needs; grow their orders' },
  none: { zh: '建档回访、了解经营情况', en: 'Fill in the profile; learn how they do business' },
};

const PHONE_OBJECTIVE: Bilingual = { zh: '电话问候、了解补货需求', en: 'Call to keep in touch and ask about replenishment' };
const FIRST_VISIT_OBJECTIVE: Bilingual = { zh: '首次拜访：建档、介绍公司与产品', en: 'First visit: build the profile; introduce the company and products' };

export function defaultObjective(grade: RuleGrade, kind: ContactKind, neverVisited = false): Bilingual {
  if (kind === 'phone') return PHONE_OBJECTIVE;
  if (neverVisited) return FIRST_VISIT_OBJECTIVE;
  return VISIT_OBJECTIVES[grade];
}
