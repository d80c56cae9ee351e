import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ExistingCustomer } from '../../../../domain/customers/import-matching';
import type { ImportedRow } from '../../../../domain/customers/import-rows';
import { phoneWithoutExtension } from '../../../../domain/customers/phones';
import { customerNameKey } from '../../../../domain/customers/search-text';
import type { Db } from '../../../db/client';
import { customers } from '../../../db/schema';
import type { StoredInputFields } from '../customer-input';

const distinct = (values: (string | null | undefined)[]) => [...new Set(values.filter((v): v is string => !!v))];

/**
 * A text array built from one JSON parameter, so that a whole chunk of keys is one bind parameter on both drivers.
 * `column = any(array(...))` lets the planner use the column's index (an `in (select ...)` does not).
 */
const textArray = (values: string[]) => sql`array(select jsonb_array_elements_text(${JSON.stringify(values)}::jsonb))`;

/**
 * Customers of the organisation (live, deleted and merged ones alike) that imported rows may be: by system ID,
 * external code, credit code, normalised name or phone. A superset: the duplicate rules decide in memory. One
 * query per key, each on its own index: a single query with OR picks a full scan when the statistics predate a
 * large import.
 */
export async function candidatesFor(db: Db, orgId: string, rows: readonly ImportedRow[]): Promise<ExistingCustomer[]> {
  const ids = distinct(rows.map((r) => r.id));
  const codes = distinct(rows.map((r) => r.externalCode));
  const credits = distinct(rows.map((r) => r.value.creditCode));
  const names = distinct(rows.map((r) => (r.value.regionCode ? customerNameKey(r.value.name) : null)));
  const phones = distinct(rows.flatMap((r) => r.value.phones.flatMap((p) => [p, phoneWithoutExtension(p)])));
  const conditions: SQL[] = [
    ...(ids.length ? [sql`${customers.id} = any(${textArray(ids)}::uuid[])`] : []),
    ...(codes.length ? [sql`${customers.externalCode} = any(${textArray(codes)})`] : []),
    ...(credits.length ? [sql`${customers.creditCode} = any(${textArray(credits)})`] : []),
    ...(names.length ? [sql`${customers.nameKey} = any(${textArray(names)})`] : []),
    ...(phones.length ? [sql`${customers.phones} && ${textArray(phones)}`] : []),
  ];
  const found = new Map<string, ExistingCustomer>();
  for (const condition of conditions) {
    const rowsFound = await db
      .select({
        id: customers.id,
        externalCode: customers.externalCode,
        name: customers.name,
        creditCode: customers.creditCode,
        regionCode: customers.regionCode,
        phones: customers.phones,
        officeId: customers.officeId,
        ownerId: customers.ownerId,
        gone: sql<boolean>`${customers.deletedAt} is not null`,
      })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), condition));
    for (const c of rowsFound) found.set(c.id, c);
  }
  return [...found.values()];
}

/** A stored customer an import updates: its fields as an input, where it sits, and its version. */
export type StoredCustomer = StoredInputFields & { id: string; officeId: string; externalCode: string | null; version: number };

const CHUNK = 1000;

/** The stored customers with these ids, locked for the import's transaction when `lock` is set. */
export async function storedCustomers(db: Db, orgId: string, ids: readonly string[], lock: boolean): Promise<Map<string, StoredCustomer>> {
  const found = new Map<string, StoredCustomer>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const query = db
      .select({
        id: customers.id,
        name: customers.name,
        typeCode: customers.typeCode,
        regionCode: customers.regionCode,
        address: customers.address,
        lng: customers.lng,
        lat: customers.lat,
        datum: customers.datum,
        officeId: customers.officeId,
        ownerId: customers.ownerId,
        status: customers.status,
        source: customers.source,
        sourceNote: customers.sourceNote,
        tags: customers.tags,
        creditCode: customers.creditCode,
        phones: customers.phones,
        profile: customers.profile,
        preferences: customers.preferences,
        importantDates: customers.importantDates,
        custom: customers.custom,
        externalCode: customers.externalCode,
        version: customers.version,
      })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), inArray(customers.id, ids.slice(i, i + CHUNK))));
    for (const { lng, lat, datum, ...row } of await (lock ? query.for('update') : query)) {
      found.set(row.id, {
        ...row,
        location: lng !== null && lat !== null ? { lng, lat, datum: datum ?? 'GCJ-02' } : null,
        profile: row.profile as Record<string, string>,
        importantDates: row.importantDates as { label: string; date: string }[],
        custom: row.custom as Record<string, unknown>,
      });
    }
  }
  return found;
}
