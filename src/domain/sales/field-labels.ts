import type { Bilingual } from '../shared/messages';

/** Labels of the ABC settings fields, for the lead to merge into src/domain/shared/field-labels.ts. */
export const SALES_FIELD_LABELS: Record<string, Bilingual> = {
  aPercent: { zh: 'A 类累计销售占比', en: 'Class A cumulative share of sales' },
  bPercent: { zh: 'A+B 类累计销售占比', en: 'Classes A+B cumulative share of sales' },
  idealAPercent: { zh: 'A 类客户理想占比', en: 'Ideal share of class A customers' },
  idealBPercent: { zh: 'B 类客户理想占比', en: 'Ideal share of class B customers' },
  idealCPercent: { zh: 'C 类客户理想占比', en: 'Ideal share of class C customers' },
};
