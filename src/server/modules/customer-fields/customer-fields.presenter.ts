import { z } from 'zod';
import { CUSTOM_FIELD_KINDS } from '../../../domain/customers/custom-fields';

/** A custom field definition as it leaves the server. */
export const customFieldView = z
  .object({
    id: z.string(),
    key: z.string(),
    typeCode: z.string().nullable(),
    labelZh: z.string(),
    labelEn: z.string(),
    kind: z.enum(CUSTOM_FIELD_KINDS),
    options: z.array(z.object({ value: z.string(), zh: z.string(), en: z.string() })),
    required: z.boolean(),
    sort: z.number(),
    active: z.boolean(),
    version: z.number(),
    updatedAt: z.date(),
  })
  .meta({ id: 'CustomField' });
export type CustomFieldView = z.infer<typeof customFieldView>;

/** What the audit log keeps of a definition (everything a person can change, plus the key). */
export function auditedField(f: CustomFieldView) {
  return { key: f.key, typeCode: f.typeCode, labelZh: f.labelZh, labelEn: f.labelEn, kind: f.kind, options: f.options, required: f.required, sort: f.sort, active: f.active };
}
