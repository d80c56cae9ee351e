import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { customers } from '../../db/schema';

export interface MergeTarget {
  id: string;
  name: string;
  officeId: string;
  ownerId: string | null;
}

/** Merges chain (A into B, later B into C); a chain longer than this is not followed. */
const MAX_HOPS = 20;

/**
 * Where a merged customer's archive lives now: the customer at the end of its merge chain.
 * Null when the customer was never merged (or does not exist).
 */
export async function mergedTargetOf(db: Db, orgId: string, id: string): Promise<MergeTarget | null> {
  let current = id;
  let found: MergeTarget | null = null;
  for (let hop = 0; hop <= MAX_HOPS; hop++) {
    const [row] = await db
      .select({ id: customers.id, name: customers.name, officeId: customers.officeId, ownerId: customers.ownerId, mergedInto: customers.mergedInto })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), eq(customers.id, current)));
    if (!row) return found;
    const { mergedInto, ...target } = row;
    if (hop > 0) found = target;
    if (!mergedInto) return found;
    current = mergedInto;
  }
  return found;
}
