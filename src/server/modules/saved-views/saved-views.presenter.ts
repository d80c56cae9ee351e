import { z } from 'zod';

/** A user's named customer-list filters, as they leave the server. */
export const savedView = z
  .object({
    id: z.string(),
    name: z.string(),
    /** The list's query parameters (filters and sort), ready for /customers?… */
    query: z.record(z.string(), z.string()),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'SavedView' });
export type SavedView = z.infer<typeof savedView>;
