import { z } from 'zod';
import { customerInputSchema } from '../../../domain/customers/customer-schemas';
import { both } from '../../../domain/shared/bilingual-issue';
import { idSchema } from '../../../domain/identity/schemas';
import type { CustomerView } from './customers.presenter';

/** The full input with any type code; the organisation's own type list is checked by the service. */
export const customerFields = customerInputSchema({ typeCodes: [] }).extend({
  typeCode: z.string().trim().min(1, both('请选择客户类型', 'choose a customer type')).max(40),
  /**
   * Values of the administrator's custom fields by key, checked by the service against the fields of the customer's
   * type. In a change only the keys given change and null clears one; changing the type must clear the values that
   * no longer apply in the same change.
   */
  custom: z
    .record(z.string().max(40), z.unknown())
    .default({})
    .describe(
      '自定义字段的值（按字段代码）；修改时只改给出的键，null 清除；更改客户类型时须在同一次修改中把不再适用的值设为 null。Custom field values by key; a change sets only the keys given and null clears one; a change of type must clear the values that no longer apply.',
    ),
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

/** The stored fields an input is made of (a bulk query may give just these). */
export type StoredInputFields = Pick<
  CustomerView,
  'name' | 'typeCode' | 'regionCode' | 'address' | 'location' | 'ownerId' | 'status' | 'source' | 'sourceNote' | 'tags' | 'creditCode' | 'phones' | 'profile' | 'preferences' | 'importantDates' | 'custom'
>;

/** The stored customer as an input, so that a change can be merged onto it and checked whole. */
export function asInput(c: StoredInputFields): Record<string, unknown> {
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
    custom: c.custom,
  };
}
