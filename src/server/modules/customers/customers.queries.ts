import { and, asc, eq, isNotNull, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import { descendantsPrefix } from '../../../domain/customers/regions';
import { searchHints, searchPattern } from '../../../domain/customers/search-text';
import { scopeFilter, type Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { rowScope } from '../../db/row-scope';
import { customerContacts, customers, offices, users } from '../../db/schema';
import type { ContactView, CustomerSummary, CustomerView } from './customers.presenter';
import { BY_NAME, BY_UPDATED, readPage, type ListKey, type PageLimits } from './list-pages.queries';
import { regionMergedIds, regionRange } from './list-region-merge.queries';

/** The customers the actor may see (deleted ones included; callers filter on deleted_at). */
export function customerScope(actor: Actor): SQL {
  return rowScope(actor, { orgId: customers.orgId, officeId: customers.officeId, ownerId: customers.ownerId });
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
  /** Custom values the customer must contain (jsonb @>, served by the GIN index on customers.custom). */
  custom?: Record<string, unknown>;
  sort: 'name' | 'updated';
  limit: number;
  cursor?: string;
}

export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A cursor the list handed out, or null for anything else (the first page): its id and time must reach SQL intact. */
function decodeCursor(cursor: string | undefined, sort: CustomerListQuery['sort']): ListKey | null {
  if (!cursor) return null;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(parsed) || parsed.length !== 2 || !parsed.every((x) => typeof x === 'string')) return null;
    const [value, id] = parsed as [string, string];
    return UUID.test(id) && (sort === 'name' || !Number.isNaN(Date.parse(value))) ? [value, id] : null;
  } catch {
    return null;
  }
}
const encodeCursor = (a: string, b: string) => Buffer.from(JSON.stringify([a, b])).toString('base64url');

/** The search: the pattern, and for Chinese one of its pinyin spellings, which the trigram index can always look up. */
function searchCondition(pattern: string): SQL {
  // Lower case on both sides (searchPattern, customerSearchText): LIKE, without ILIKE's lower() of every row it reads.
  const contains = (s: string) => like(customers.searchText, `%${escapeLike(s)}%`);
  const hints = searchHints(pattern);
  return and(contains(pattern), hints.length > 0 ? or(...hints.map(contains)) : undefined)!;
}

/** Region codes under a prefix. The range beside the LIKE lets the btree index serve it whatever the collation. */
function regionCondition(prefix: string): SQL {
  const { high } = regionRange(prefix);
  const below = high !== null ? sql` and ${customers.regionCode} < ${high}` : sql``;
  return sql`(${customers.regionCode} like ${`${prefix}%`} and ${customers.regionCode} >= ${prefix}${below})`;
}

/**
 * A region filter, with type and status or not, and nothing else, over the whole organisation by name: the page is a
 * merge of the region/type/status index's ordered runs (list-region-merge.queries.ts), not a sort of every match.
 */
function regionMergeFits(actor: Actor, q: CustomerListQuery): boolean {
  return (
    scopeFilter(actor).kind === 'org' &&
    q.sort === 'name' &&
    q.regionCode !== undefined &&
    !q.q && !q.officeId && !q.ownerId && !q.unassigned && !q.tag && !q.deleted && !q.custom
  );
}

/**
 * Customers in scope matching the filters, by name or by last update, a page at a time (keyset). How the page is read
 * (the ordered walk, then the filters' indexes) is in list-pages.queries.ts; `limits` are for tests.
 */
export async function listCustomers(db: Db, actor: Actor, q: CustomerListQuery, limits: PageLimits = {}) {
  const pattern = q.q ? searchPattern(q.q) : '';
  const order = q.sort === 'name' ? BY_NAME : BY_UPDATED;
  const prefix = q.regionCode ? descendantsPrefix(q.regionCode) : null;
  // A merged customer lives on in another one: it is in neither list.
  const deleted = q.deleted ? and(isNotNull(customers.deletedAt), isNull(customers.mergedInto)) : isNull(customers.deletedAt);
  const filters = [
    q.deleted ? deleted : undefined,
    pattern ? searchCondition(pattern) : undefined,
    q.typeCode ? eq(customers.typeCode, q.typeCode) : undefined,
    q.status ? eq(customers.status, q.status) : undefined,
    prefix !== null ? regionCondition(prefix) : undefined,
    q.tag ? sql`${customers.tags} @> array[${q.tag}]::text[]` : undefined,
    q.custom ? sql`${customers.custom} @> ${JSON.stringify(q.custom)}::jsonb` : undefined,
  ].filter((c): c is SQL => c !== undefined);
  const after = decodeCursor(q.cursor, q.sort);
  const select = (d: Db, where: SQL | undefined, limit: number) =>
    fromCustomers(d, summaryColumns).where(where).orderBy(...order.orderBy).limit(limit) as unknown as Promise<CustomerSummary[]>;
  if (prefix !== null && limits.path === undefined && regionMergeFits(actor, q)) {
    const ids = await regionMergedIds(db, { orgId: actor.orgId, prefix, typeCode: q.typeCode, status: q.status, after, limit: q.limit + 1 });
    const rows = ids.length === 0 ? [] : await select(db, and(customerScope(actor), sql`${customers.id} = any(${`{${ids.join(',')}}`}::uuid[])`), q.limit + 1);
    return pageOf(rows, q);
  }
  const rows = await readPage(
    db,
    {
      walk: and(
        customerScope(actor),
        q.officeId ? eq(customers.officeId, q.officeId) : undefined,
        q.ownerId ? eq(customers.ownerId, q.ownerId) : undefined,
        q.unassigned ? isNull(customers.ownerId) : undefined,
      ),
      always: q.deleted ? undefined : deleted,
      filters,
      order,
      after,
      limit: q.limit + 1,
      ...limits,
    },
    select,
  );
  return pageOf(rows, q);
}

/** A page's items and the cursor of the next page (there is one when a row beyond the page was read). */
function pageOf(rows: CustomerSummary[], q: CustomerListQuery) {
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
    custom: customers.custom,
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
