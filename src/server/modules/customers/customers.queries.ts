import { and, asc, desc, eq, ilike, isNotNull, isNull, lt, gt, or, sql, type SQL } from 'drizzle-orm';
import { descendantsPrefix } from '../../../domain/customers/regions';
import { searchPattern } from '../../../domain/customers/search-text';
import { scopeFilter, type Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { customerContacts, customers, offices, users } from '../../db/schema';
import type { ContactView, CustomerSummary, CustomerView } from './customers.presenter';

/** The customers the actor may see (deleted ones included; callers filter on deleted_at). */
export function customerScope(actor: Actor): SQL {
  const scope = scopeFilter(actor);
  const org = eq(customers.orgId, scope.orgId);
  if (scope.kind === 'org') return org;
  if (scope.kind === 'office') return and(org, scope.officeId ? eq(customers.officeId, scope.officeId) : sql`false`)!;
  return and(org, eq(customers.ownerId, scope.userId))!;
}

const summaryColumns = {
  id: customers.id,
  name: customers.name,
  typeCode: customers.typeCode,
  status: customers.status,
  regionCode: customers.regionCode,
  address: customers.address,
  officeId: customers.officeId,
  officeName: offices.name,
  ownerId: customers.ownerId,
  ownerName: users.displayName,
  tags: customers.tags,
  phones: customers.phones,
  updatedAt: customers.updatedAt,
};

function fromCustomers<T extends Record<string, unknown>>(db: Db, columns: T) {
  return db
    .select(columns as never)
    .from(customers)
    .leftJoin(offices, and(eq(offices.orgId, customers.orgId), eq(offices.id, customers.officeId)))
    .leftJoin(users, and(eq(users.orgId, customers.orgId), eq(users.id, customers.ownerId)));
}

export interface CustomerListQuery {
  q?: string;
  typeCode?: string;
  status?: 'prospect' | 'active' | 'lost';
  officeId?: string;
  ownerId?: string;
  unassigned?: boolean;
  regionCode?: string;
  tag?: string;
  deleted?: boolean;
  sort: 'name' | 'updated';
  limit: number;
  cursor?: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function decodeCursor(cursor: string | undefined): [string, string] | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    return Array.isArray(parsed) && parsed.length === 2 && parsed.every((x) => typeof x === 'string') ? (parsed as [string, string]) : null;
  } catch {
    return null;
  }
}
const encodeCursor = (a: string, b: string) => Buffer.from(JSON.stringify([a, b])).toString('base64url');

/** Customers in scope matching the filters, by name or by last update, a page at a time (keyset). */
export async function listCustomers(db: Db, actor: Actor, q: CustomerListQuery) {
  const pattern = q.q ? searchPattern(q.q) : '';
  const after = decodeCursor(q.cursor);
  const keyset =
    after && q.sort === 'name'
      ? or(gt(customers.name, after[0]), and(eq(customers.name, after[0]), gt(customers.id, after[1])))
      : after
        ? or(lt(customers.updatedAt, new Date(after[0])), and(eq(customers.updatedAt, new Date(after[0])), lt(customers.id, after[1])))
        : undefined;
  const prefix = q.regionCode ? descendantsPrefix(q.regionCode) : null;
  const rows = (await fromCustomers(db, summaryColumns)
    .where(
      and(
        customerScope(actor),
        q.deleted ? isNotNull(customers.deletedAt) : isNull(customers.deletedAt),
        pattern ? ilike(customers.searchText, `%${escapeLike(pattern)}%`) : undefined,
        q.typeCode ? eq(customers.typeCode, q.typeCode) : undefined,
        q.status ? eq(customers.status, q.status) : undefined,
        q.officeId ? eq(customers.officeId, q.officeId) : undefined,
        q.ownerId ? eq(customers.ownerId, q.ownerId) : undefined,
        q.unassigned ? isNull(customers.ownerId) : undefined,
        prefix !== null ? sql`${customers.regionCode} like ${`${prefix}%`}` : undefined,
        q.tag ? sql`${customers.tags} @> array[${q.tag}]::text[]` : undefined,
        keyset,
      ),
    )
    .orderBy(...(q.sort === 'name' ? [asc(customers.name), asc(customers.id)] : [desc(customers.updatedAt), desc(customers.id)]))
    .limit(q.limit + 1)) as CustomerSummary[];
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  const nextCursor =
    rows.length > q.limit && last ? encodeCursor(q.sort === 'name' ? last.name : last.updatedAt.toISOString(), last.id) : null;
  return { items, nextCursor };
}

const contactColumns = {
  id: customerContacts.id,
  name: customerContacts.name,
  roles: customerContacts.roles,
  title: customerContacts.title,
  phones: customerContacts.phones,
  wechat: customerContacts.wechat,
  birthday: customerContacts.birthday,
  birthdayLunar: customerContacts.birthdayLunar,
  preferences: customerContacts.preferences,
  left: customerContacts.left,
  leftOn: customerContacts.leftOn,
  version: customerContacts.version,
};

export async function contactsOf(db: Db, orgId: string, customerId: string): Promise<ContactView[]> {
  return db
    .select(contactColumns)
    .from(customerContacts)
    .where(and(eq(customerContacts.orgId, orgId), eq(customerContacts.customerId, customerId), isNull(customerContacts.deletedAt)))
    .orderBy(asc(customerContacts.left), asc(customerContacts.createdAt));
}

/** One customer with its key people, if the actor may see it. */
export async function findCustomer(db: Db, actor: Actor, id: string): Promise<CustomerView | undefined> {
  const [row] = (await fromCustomers(db, {
    ...summaryColumns,
    externalCode: customers.externalCode,
    lng: customers.lng,
    lat: customers.lat,
    datum: customers.datum,
    source: customers.source,
    sourceNote: customers.sourceNote,
    creditCode: customers.creditCode,
    profile: customers.profile,
    preferences: customers.preferences,
    importantDates: customers.importantDates,
    version: customers.version,
    createdAt: customers.createdAt,
    deletedAt: customers.deletedAt,
  }).where(and(customerScope(actor), eq(customers.id, id)))) as (CustomerView & { lng: number | null; lat: number | null; datum: string | null })[];
  if (!row) return undefined;
  const { lng, lat, datum, ...rest } = row;
  return {
    ...rest,
    location: lng !== null && lat !== null ? { lng, lat, datum: datum ?? 'GCJ-02' } : null,
    contacts: await contactsOf(db, actor.orgId, id),
  };
}
