import { and, eq, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { DuplicateRule } from '../../../domain/customers/duplicates';
import type { Db } from '../../db/client';
import { customers, offices, users } from '../../db/schema';

export interface DuplicateKeysQuery {
  nameKey: string;
  regionCode: string | null;
  creditCode: string | null;
  phones: readonly string[];
}

export interface DuplicateRow {
  rule: DuplicateRule;
  id: string;
  name: string;
  officeId: string;
  officeName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  managerName: string | null;
}

/**
 * Live customers of the organisation that share a duplicate key with the candidate (DOMAIN rules: same
 * credit code; same normalised name in the same county; a shared phone), whatever the actor's scope.
 */
export async function findDuplicateRows(db: Db, orgId: string, keys: DuplicateKeysQuery, exceptId?: string): Promise<DuplicateRow[]> {
  const byName = keys.regionCode ? and(eq(customers.nameKey, keys.nameKey), eq(customers.regionCode, keys.regionCode)) : undefined;
  const byCode = keys.creditCode ? eq(customers.creditCode, keys.creditCode) : undefined;
  const byPhone = keys.phones.length ? sql`${customers.phones} && ${sql.raw('array[')}${sql.join(keys.phones.map((p) => sql`${p}`), sql`, `)}${sql.raw(']::text[]')}` : undefined;
  const any = or(byName, byCode, byPhone);
  if (!any) return [];
  const rows = await db
    .select({
      id: customers.id,
      name: customers.name,
      nameKey: customers.nameKey,
      regionCode: customers.regionCode,
      creditCode: customers.creditCode,
      phones: customers.phones,
      officeId: customers.officeId,
      officeName: offices.name,
      ownerId: customers.ownerId,
      ownerName: users.displayName,
    })
    .from(customers)
    .leftJoin(offices, and(eq(offices.orgId, customers.orgId), eq(offices.id, customers.officeId)))
    .leftJoin(users, and(eq(users.orgId, customers.orgId), eq(users.id, customers.ownerId)))
    .where(and(eq(customers.orgId, orgId), isNull(customers.deletedAt), exceptId ? ne(customers.id, exceptId) : undefined, any))
    .limit(20);
  const managers = await managerNames(db, orgId, [...new Set(rows.map((r) => r.officeId))]);
  return rows.map((r) => ({
    rule: keys.creditCode && r.creditCode === keys.creditCode ? 'credit_code' : r.nameKey === keys.nameKey && r.regionCode === keys.regionCode ? 'name_in_county' : 'phone',
    id: r.id,
    name: r.name,
    officeId: r.officeId,
    officeName: r.officeName,
    ownerId: r.ownerId,
    ownerName: r.ownerName,
    managerName: managers.get(r.officeId) ?? null,
  }));
}

/** The office manager's name per office, to tell a user whom to ask about a customer they cannot see. */
async function managerNames(db: Db, orgId: string, officeIds: string[]): Promise<Map<string, string>> {
  if (officeIds.length === 0) return new Map();
  const rows = await db
    .select({ officeId: users.officeId, name: users.displayName })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.role, 'office_manager'), eq(users.active, true), inArray(users.officeId, officeIds)));
  return new Map(rows.map((r) => [r.officeId as string, r.name]));
}
