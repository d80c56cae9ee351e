import { and, asc, count, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { CustomFieldOption } from '../../../domain/customers/custom-fields';
import type { Db } from '../../db/client';
import { customerFields, customers } from '../../db/schema';
import type { CustomFieldView } from './customer-fields.presenter';

const columns = {
  id: customerFields.id,
  key: customerFields.key,
  typeCode: customerFields.typeCode,
  labelZh: customerFields.labelZh,
  labelEn: customerFields.labelEn,
  kind: customerFields.kind,
  options: customerFields.options,
  required: customerFields.required,
  sort: customerFields.sort,
  active: customerFields.active,
  version: customerFields.version,
  updatedAt: customerFields.updatedAt,
};

export interface FieldListQuery {
  /** Only the fields a customer of this type has: those for the type and those for all types. */
  typeCode?: string;
  active?: boolean;
}

/** The organisation's custom fields (deactivated ones included unless asked otherwise), in their order. */
export async function listFields(db: Db, orgId: string, q: FieldListQuery = {}): Promise<CustomFieldView[]> {
  const rows = await db
    .select(columns)
    .from(customerFields)
    .where(
      and(
        eq(customerFields.orgId, orgId),
        q.typeCode !== undefined ? or(isNull(customerFields.typeCode), eq(customerFields.typeCode, q.typeCode)) : undefined,
        q.active !== undefined ? eq(customerFields.active, q.active) : undefined,
      ),
    )
    .orderBy(asc(customerFields.sort), asc(customerFields.labelZh), asc(customerFields.key));
  return rows as CustomFieldView[];
}

export async function findField(db: Db, orgId: string, id: string): Promise<CustomFieldView | undefined> {
  const [row] = await db.select(columns).from(customerFields).where(and(eq(customerFields.orgId, orgId), eq(customerFields.id, id)));
  return row as CustomFieldView | undefined;
}

/** How many customers (deleted ones included: they can be restored) hold each of the options in a field. */
export async function optionUsage(db: Db, orgId: string, key: string, multi: boolean, options: readonly CustomFieldOption[]): Promise<Map<string, number>> {
  const usage = new Map<string, number>();
  for (const o of options) {
    const probe = JSON.stringify({ [key]: multi ? [o.value] : o.value });
    const [row] = await db
      .select({ n: count() })
      .from(customers)
      .where(and(eq(customers.orgId, orgId), sql`${customers.custom} @> ${probe}::jsonb`));
    usage.set(o.value, row?.n ?? 0);
  }
  return usage;
}

/** How many customers of types other than `typeCode` hold a value for the field. */
export async function valuesOutsideType(db: Db, orgId: string, key: string, typeCode: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), ne(customers.typeCode, typeCode), sql`(${customers.custom} -> ${key}) is not null`));
  return row?.n ?? 0;
}
