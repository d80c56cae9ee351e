import { z } from 'zod';
import { CUSTOMER_STATUSES } from '../../../domain/customers/customer-options';

/** The fields of a customer that leave the server in lists. */
export const customerSummaryView = z
  .object({
    id: z.string(),
    name: z.string(),
    typeCode: z.string(),
    status: z.enum(CUSTOMER_STATUSES),
    regionCode: z.string().nullable(),
    address: z.string().nullable(),
    officeId: z.string(),
    officeName: z.string().nullable(),
    ownerId: z.string().nullable(),
    ownerName: z.string().nullable(),
    tags: z.array(z.string()),
    phones: z.array(z.string()),
    updatedAt: z.date(),
  })
  .meta({ id: 'CustomerSummary' });
export type CustomerSummary = z.infer<typeof customerSummaryView>;

export const contactView = z
  .object({
    id: z.string(),
    name: z.string(),
    roles: z.array(z.string()),
    title: z.string().nullable(),
    phones: z.array(z.string()),
    wechat: z.string().nullable(),
    birthday: z.string().nullable(),
    birthdayLunar: z.boolean(),
    preferences: z.string().nullable(),
    left: z.boolean(),
    leftOn: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: 'Contact' });
export type ContactView = z.infer<typeof contactView>;

export const customerView = customerSummaryView
  .extend({
    externalCode: z.string().nullable(),
    location: z.object({ lng: z.number(), lat: z.number(), datum: z.string() }).nullable(),
    source: z.string().nullable(),
    sourceNote: z.string().nullable(),
    creditCode: z.string().nullable(),
    profile: z.record(z.string(), z.string()),
    preferences: z.string().nullable(),
    importantDates: z.array(z.object({ label: z.string(), date: z.string() })),
    /** Custom field values by field key (GET /api/customer-fields names them). */
    custom: z.record(z.string(), z.unknown()),
    version: z.number(),
    createdAt: z.date(),
    deletedAt: z.date().nullable(),
    contacts: z.array(contactView),
  })
  .meta({ id: 'Customer' });
export type CustomerView = z.infer<typeof customerView>;

export const historyView = z
  .object({
    id: z.string(),
    at: z.date(),
    actorName: z.string().nullable(),
    entity: z.enum(['customer', 'contact']),
    entityId: z.string(),
    entityName: z.string().nullable(),
    /** For an entry that came over from a customer merged into this one: that customer's name. */
    fromCustomerName: z.string().nullable(),
    action: z.string(),
    changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  })
  .meta({ id: 'CustomerHistoryEntry' });

export const duplicateView = z.object({
  rule: z.enum(['credit_code', 'name_in_county', 'phone']),
  visible: z.boolean(),
  id: z.string().optional(),
  name: z.string().optional(),
  ownerName: z.string().nullable().optional(),
  officeName: z.string().nullable().optional(),
  askName: z.string().nullable().optional(),
});
export type DuplicateView = z.infer<typeof duplicateView>;

/** Kept here for the import module, which reads them from this file; the lists live in the domain. */
export { CONTACT_HISTORY_FIELDS, CUSTOMER_HISTORY_FIELDS } from '../../../domain/customers/history-fields';
