import type { Bilingual } from '../shared/messages';

/** Labels of the visit rule and plan fields, merged into src/domain/shared/field-labels.ts for error messages. */
export const VISIT_FIELD_LABELS: Record<string, Bilingual> = {
  byGrade: { zh: '按等级', en: 'By grade' },
  byCustomerType: { zh: '按客户类型', en: 'By customer type' },
  visitsPerMonth: { zh: '每月拜访次数', en: 'Visits a month' },
  phoneAllowed: { zh: '允许电话代替拜访', en: 'Phone may replace a visit' },
  dailyCapacity: { zh: '每天拜访上限', en: 'Visits a day' },
  checkInToleranceMetres: { zh: '签到允许距离（米）', en: 'Check-in distance (m)' },
  startKind: { zh: '出发地类型', en: 'Start from' },
  start: { zh: '出发地点', en: 'Start point' },
  end: { zh: '收工地点', en: 'End point' },
  dayStart: { zh: '出发时间', en: 'Day starts' },
  mode: { zh: '交通方式', en: 'Transport' },
  answers: { zh: '拜访问卷', en: 'Questionnaire' },
  notes: { zh: '拜访备注', en: 'Notes' },
  nextSteps: { zh: '下一步', en: 'Next steps' },
  position: { zh: '当前位置', en: 'Position' },
  accuracy: { zh: '定位精度（米）', en: 'Accuracy (m)' },
  summary: { zh: '当日小结', en: 'Summary of the day' },
};
