import { and, asc, eq, gt, ilike, inArray, or } from 'drizzle-orm';
import { escapeLike } from '../customers/customers.queries';
import type { Db } from '../../db/client';
import { products } from '../../db/schema';
import type { ProductView } from './products.presenter';

export const productColumns = {
  id: products.id,
  code: products.code,
  name: products.name,
  spec: products.spec,
  category: products.category,
  unit: products.unit,
  listPriceFen: products.listPriceFen,
  costFen: products.costFen,
  expenseStandardFen: products.expenseStandardFen,
  active: products.active,
  version: products.version,
  updatedAt: products.updatedAt,
};

export interface ProductQuery {
  q?: string;
  category?: string;
  active?: boolean;
  limit: number;
  /** The code of the last product seen. */
  cursor?: string;
}

/** The catalogue by code, searched by code, name or category; keyset pages. */
export async function listProducts(db: Db, orgId: string, q: ProductQuery) {
  const pattern = q.q?.trim() ? `%${escapeLike(q.q.trim())}%` : null;
  const rows = await db
    .select(productColumns)
    .from(products)
    .where(
      and(
        eq(products.orgId, orgId),
        pattern ? or(ilike(products.code, pattern), ilike(products.name, pattern), ilike(products.category, pattern)) : undefined,
        q.category ? eq(products.category, q.category) : undefined,
        q.active !== undefined ? eq(products.active, q.active) : undefined,
        q.cursor ? gt(products.code, q.cursor) : undefined,
      ),
    )
    .orderBy(asc(products.code))
    .limit(q.limit + 1);
  const items = rows.slice(0, q.limit);
  return { items, nextCursor: rows.length > q.limit ? (items[items.length - 1]?.code ?? null) : null };
}

export async function findProduct(db: Db, orgId: string, id: string): Promise<ProductView | undefined> {
  const [row] = await db.select(productColumns).from(products).where(and(eq(products.orgId, orgId), eq(products.id, id)));
  return row;
}

/** Products of the organisation by id or by code (the ERP names them by code). */
export async function productsByIdOrCode(db: Db, orgId: string, ids: string[], codes: string[]): Promise<ProductView[]> {
  if (ids.length === 0 && codes.length === 0) return [];
  return db
    .select(productColumns)
    .from(products)
    .where(and(eq(products.orgId, orgId), or(ids.length ? inArray(products.id, ids) : undefined, codes.length ? inArray(products.code, codes) : undefined)));
}
