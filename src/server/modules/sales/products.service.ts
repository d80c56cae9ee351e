import { and, eq, sql } from 'drizzle-orm';
import type { ProductInput } from '../../../domain/sales/ledger-schemas';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { products } from '../../db/schema';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import type { ProductView } from './products.presenter';
import { findProduct } from './products.queries';

interface Meta {
  ip: string | null;
  now: Date;
}

const codeTaken = () => new AppError('PRODUCT_CODE_TAKEN', [{ field: 'code', message: '编码：已有产品使用这个编码', message_en: 'Code: another product uses this code' }]);

async function uniqueCode<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw codeTaken();
    throw err;
  }
}

const audited = (p: ProductView) => ({ code: p.code, name: p.name, spec: p.spec, category: p.category, unit: p.unit, listPriceFen: p.listPriceFen, costFen: p.costFen, expenseStandardFen: p.expenseStandardFen, active: p.active });

export function createProduct(db: Db, actor: Actor, input: ProductInput, meta: Meta): Promise<ProductView> {
  return uniqueCode(() =>
    db.transaction(async (tx) => {
      const t = tx as Db;
      const [row] = await t
        .insert(products)
        .values({ orgId: actor.orgId, ...input, spec: input.spec ?? null, createdAt: meta.now, updatedAt: meta.now })
        .returning({ id: products.id });
      const created = (await findProduct(t, actor.orgId, row!.id))!;
      await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'product.create', targetType: 'product', targetId: created.id, after: audited(created), ip: meta.ip }, meta.now);
      return created;
    }),
  );
}

/** Locks the product, checks the version it was read at, applies the change and audits before and after. */
async function changeProduct(db: Db, actor: Actor, id: string, version: number, change: Partial<typeof products.$inferInsert>, action: string, meta: Meta): Promise<ProductView> {
  return uniqueCode(() =>
    db.transaction(async (tx) => {
      const t = tx as Db;
      await t.execute(sql`select 1 from ${products} where ${products.orgId} = ${actor.orgId} and ${products.id} = ${id} for update`);
      const before = await findProduct(t, actor.orgId, id);
      if (!before) throw new AppError('NOT_FOUND');
      if (before.version !== version) throw new AppError('VERSION_CONFLICT');
      await t
        .update(products)
        .set({ ...change, version: before.version + 1, updatedAt: meta.now })
        .where(and(eq(products.orgId, actor.orgId), eq(products.id, id)));
      const after = (await findProduct(t, actor.orgId, id))!;
      await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action, targetType: 'product', targetId: id, before: audited(before), after: audited(after), ip: meta.ip }, meta.now);
      return after;
    }),
  );
}

/** Edits a product; orders already entered keep the prices and costs they were entered with. */
export function updateProduct(db: Db, actor: Actor, id: string, input: Partial<ProductInput> & { version: number }, meta: Meta): Promise<ProductView> {
  const { version, ...change } = input;
  return changeProduct(db, actor, id, version, change, 'product.update', meta);
}

/** A discontinued product stays on past orders and can still be returned, but no longer sold. */
export function setProductActive(db: Db, actor: Actor, id: string, version: number, active: boolean, meta: Meta): Promise<ProductView> {
  return changeProduct(db, actor, id, version, { active }, active ? 'product.activate' : 'product.deactivate', meta);
}
