import { and, asc, eq } from 'drizzle-orm';
import { DEFAULT_CUSTOMER_TYPES } from '../../../domain/customers/customer-options';
import type { Db } from '../../db/client';
import { customerTypes } from '../../db/schema';

/** Gives a new organisation DOMAIN.md's default customer types; administrators change the list later. */
export async function seedCustomerTypes(db: Db, orgId: string): Promise<void> {
  await db
    .insert(customerTypes)
    .values(DEFAULT_CUSTOMER_TYPES.map((t, i) => ({ orgId, code: t.code, zh: t.zh, en: t.en, sort: i })))
    .onConflictDoNothing();
}

export async function listCustomerTypes(db: Db, orgId: string) {
  return db
    .select({ code: customerTypes.code, zh: customerTypes.zh, en: customerTypes.en })
    .from(customerTypes)
    .where(and(eq(customerTypes.orgId, orgId), eq(customerTypes.active, true)))
    .orderBy(asc(customerTypes.sort));
}
