import type { Bilingual } from '../shared/messages';

/**
 * Labels of the calendar fields, merged into src/domain/shared/field-labels.ts. `date` is labelled there already
 * (日期) and `note` as 备注; `kind` is taken by the custom-field form (字段类型), so the override's kind message names
 * its choices itself (请选择“上班”或“放假”).
 */
export const CALENDAR_FIELD_LABELS: Record<string, Bilingual> = {
  year: { zh: '年份', en: 'Year' },
};
