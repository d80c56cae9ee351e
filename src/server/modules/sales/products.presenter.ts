import { z } from 'zod';

/** A product as it leaves the server; money in integer fen. */
export const productView = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    spec: z.string().nullable(),
    category: z.string(),
    unit: z.string(),
    listPriceFen: z.number().int(),
    costFen: z.number().int(),
    /** 客情费 standard per unit sold. */
    expenseStandardFen: z.number().int(),
    active: z.boolean(),
    version: z.number().int(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Product' });
export type ProductView = z.infer<typeof productView>;
