import { z } from 'zod';
import { MERGE_CHOICE_FIELDS, MERGE_CHOICES, type MergeChoiceField } from '../../../domain/customers/merge';
import { idSchema } from '../../../domain/identity/schemas';
import { both } from '../../../domain/shared/bilingual-issue';

const choice = z.enum(MERGE_CHOICES, both('只能是 this（保留当前客户的值）或 other（采用另一个客户的值）', "must be 'this' (keep this customer's value) or 'other' (take the other customer's)"));

/** Per field, whose value the survivor keeps; a field left out keeps the survivor's value unless it has none. */
export const mergeKeepSchema = z
  .object(Object.fromEntries(MERGE_CHOICE_FIELDS.map((f) => [f, choice.optional()])) as Record<MergeChoiceField, z.ZodOptional<typeof choice>>)
  .strict();

export const mergeBody = z.object({
  otherId: idSchema,
  version: z.number().int().min(1),
  otherVersion: z.number().int().min(1),
  keep: mergeKeepSchema.default({}),
});
