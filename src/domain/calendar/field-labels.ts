import type { Bilingual } from '../shared/messages';

/**
 * Labels of the calendar override fields, for the lead to merge into src/domain/shared/field-labels.ts.
 * `date` is labelled there already (日期); `kind` is taken by the custom-field form (字段类型), so the
 * override's kind message names its choices itself (请选择“上班”或“放假”).
 */
export const CALENDAR_FIELD_LABELS: Record<string, Bilingual> = {
  note: { zh: '说明', en: 'Note' },
};
