import { z } from 'zod';
import { customerInputSchema } from '../../../domain/customers/customer-schemas';
import { both } from '../../../domain/shared/bilingual-issue';
import { idSchema } from '../../../domain/identity/schemas';
import type { CustomerView } from './customers.presenter';

/** The full input with any type code; the organisation's own type list is checked by the service. */
export const customerFields = customerInputSchema({ typeCodes: [] }).extend({
  typeCode: z.string().trim().min(1, both('请选择客户类型', 'choose a customer type')).max(40),
});

export const createCustomerBody = customerFields.extend({
  officeId: idSchema.nullish(),
  /** Set after the user has seen the suspected duplicates and still wants a new customer. */
  confirmNotDuplicate: z.boolean().default(false),
});

/** A change: any subset of the fields, without defaults (a missing field stays as it is). */
export const updateCustomerBody = z.object(
  Object.fromEntries(
    Object.entries({ ...customerFields.shape, officeId: idSchema.nullish() }).map(([k, v]) => [k, (v instanceof z.ZodDefault ? v.unwrap() : v).optional()]),
  ) as unknown as { [K in keyof typeof customerFields.shape | 'officeId']: z.ZodOptional<z.ZodType> },
).extend({ version: z.number().int().min(1) });

/** The stored customer as an input, so that a change can be merged onto it and checked whole. */
export function asInput(c: CustomerView): Record<string, unknown> {
  return {
    name: c.name,
    typeCode: c.typeCode,
    regionCode: c.regionCode,
    address: c.address,
    location: c.location,
    ownerId: c.ownerId,
    status: c.status,
    source: c.source,
    sourceNote: c.sourceNote,
    tags: c.tags,
    creditCode: c.creditCode,
    phones: c.phones,
    profile: c.profile,
    preferences: c.preferences,
    importantDates: c.importantDates,
  };
}
