import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { descendantsPrefix } from '../../../domain/customers/regions';
import { idSchema } from '../../../domain/identity/schemas';
import { scopeFilter, type Actor, type ScopeFilter } from '../../../domain/identity/policies';
import { customers } from '../../db/schema';
import { customerScope } from '../customers/customers.queries';

/** The scope pickers of the ABC and analysis pages; always narrowed further by the actor's data scope. */
export const scopeShape = {
  officeId: idSchema.optional(),
  ownerId: idSchema.optional(),
  typeCode: z.string().max(40).optional(),
  regionCode: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/).optional(),
};

export interface ScopePicks {
  officeId?: string | undefined;
  ownerId?: string | undefined;
  typeCode?: string | undefined;
  regionCode?: string | undefined;
}

/** The picks that were made, without the empty ones (stored with a grading). */
export function picksOf(q: ScopePicks): ScopePicks {
  return Object.fromEntries(Object.entries({ officeId: q.officeId, ownerId: q.ownerId, typeCode: q.typeCode, regionCode: q.regionCode }).filter(([, v]) => v)) as ScopePicks;
}

/** What a grading covered: the picks and the data scope of the person who asked. */
export function storedScope(actor: Actor, picks: ScopePicks): ScopePicks & { dataScope: ScopeFilter } {
  return { ...picksOf(picks), dataScope: scopeFilter(actor) };
}

/** Live customers in the actor's scope that match the picks: the population that is ranked. */
export function pickedCustomers(actor: Actor, picks: ScopePicks): SQL {
  const prefix = picks.regionCode ? descendantsPrefix(picks.regionCode) : null;
  return and(
    customerScope(actor),
    isNull(customers.deletedAt),
    picks.officeId ? eq(customers.officeId, picks.officeId) : undefined,
    picks.ownerId ? eq(customers.ownerId, picks.ownerId) : undefined,
    picks.typeCode ? eq(customers.typeCode, picks.typeCode) : undefined,
    prefix !== null ? sql`${customers.regionCode} like ${`${prefix}%`}` : undefined,
  )!;
}
