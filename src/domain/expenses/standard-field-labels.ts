import type { Bilingual } from '../shared/messages';

/** Labels of the 客情费 standard history fields, merged into src/domain/shared/field-labels.ts for error messages. */
export const STANDARD_FIELD_LABELS: Record<string, Bilingual> = {
  standardEffectiveFrom: { zh: '生效日期', en: 'Effective date' },
};
