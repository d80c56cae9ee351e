import type { Bilingual } from '../shared/messages';

/** Labels of the visit rule and plan fields, merged into src/domain/shared/field-labels.ts for error messages. */
export const VISIT_FIELD_LABELS: Record<string, Bilingual> = {
  byGrade: { zh: '按等级', en: 'By grade' },
  byCustomerType: { zh: '按客户类型', en: 'By customer type' },
  visitsPerMonth: { zh: '每月拜访次数', en: 'Visits a month' },
  phoneAllowed: { zh: '允许电话代替拜访', en: 'Phone may replace a visit' },
  dailyCapacity: { zh: '每天拜访上限', en: 'Visits a day' },
  checkInToleranceMetres: { zh: '签到允许距离（米）', en: 'Check-in distance (m)' },
};
