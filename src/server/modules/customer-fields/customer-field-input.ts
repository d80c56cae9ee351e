import { z } from 'zod';
import { customFieldShape } from '../../../domain/customers/custom-fields';

/** A new definition with any type code; the organisation's own type list is checked by the service. */
export const createFieldBody = customFieldShape(z.string().trim().max(40).nullish());

/**
 * A change: any subset of the fields, without defaults (a missing field stays as it is). `options`, when given,
 * is the whole new list; existing options keep their `value`. The key and the kind cannot change.
 */
export const updateFieldBody = z
  .object(
    Object.fromEntries(Object.entries(createFieldBody.shape as Record<string, z.ZodType>).map(([k, v]) => [k, (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional()])) as unknown as {
      [K in keyof typeof createFieldBody.shape]: z.ZodOptional<z.ZodType>;
    },
  )
  .extend({ version: z.number().int().min(1) });

export const fieldListQuery = z.object({
  typeCode: z.string().max(40).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
