import { and, eq, inArray } from 'drizzle-orm';
import type { Datum } from '../../../../domain/customers/coordinates';
import type { CustomerSource } from '../../../../domain/customers/customer-options';
import type { ExportedCustomer } from '../../../../domain/customers/customer-export';
import type { Actor } from '../../../../domain/identity/policies';
import type { Db } from '../../../db/client';
import { customers } from '../../../db/schema';
import { listCustomers, type CustomerListQuery } from '../customers.queries';

/** Customers per page while exporting: one list query and one detail query each. */
const PAGE = 1000;

export type ExportFilters = Omit<CustomerListQuery, 'limit' | 'cursor' | 'deleted'>;

/**
 * The customers the list shows for these filters (same scope, same order), a page at a time with everything an
 * export writes; owners come as ids for the caller to name.
 */
export async function* exportPages(db: Db, actor: Actor, filters: ExportFilters): AsyncGenerator<(Omit<ExportedCustomer, 'owner'> & { ownerId: string | null; custom: Record<string, unknown> })[]> {
  let cursor: string | undefined;
  do {
    const page = await listCustomers(db, actor, { ...filters, limit: PAGE, cursor });
    cursor = page.nextCursor ?? undefined;
    if (page.items.length === 0) continue;
    const details = await db
      .select({
        id: customers.id,
        creditCode: customers.creditCode,
        source: customers.source,
        sourceNote: customers.sourceNote,
        externalCode: customers.externalCode,
        lng: customers.lng,
        lat: customers.lat,
        datum: customers.datum,
        profile: customers.profile,
        preferences: customers.preferences,
        custom: customers.custom,
      })
      .from(customers)
      .where(and(eq(customers.orgId, actor.orgId), inArray(customers.id, page.items.map((c) => c.id))));
    const byId = new Map(details.map((d) => [d.id, d]));
    yield page.items.map((c) => {
      const d = byId.get(c.id)!;
      return {
        ...c,
        ...d,
        source: d.source as CustomerSource | null,
        datum: d.datum as Datum | null,
        profile: d.profile as ExportedCustomer['profile'],
        custom: d.custom as Record<string, unknown>,
      };
    });
  } while (cursor);
}
