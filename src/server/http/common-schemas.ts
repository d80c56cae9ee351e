import { z } from 'zod';
import { idSchema } from '../../domain/identity/schemas';

export const idParams = z.object({ id: idSchema });

export const errorResponse = z
  .object({
    code: z.string(),
    message: z.string(),
    message_en: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string(), message_en: z.string() })).optional(),
  })
  .meta({ id: 'Error' });

export const okResponse = z.object({ ok: z.literal(true) });

/** Page size for keyset-paginated lists. */
export const limitSchema = z.coerce.number().int().min(1).max(200).default(50);
