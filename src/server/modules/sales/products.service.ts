import { and, eq, sql } from 'drizzle-orm';
import type { ProductInput } from '../../../domain/sales/ledger-schemas';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { products } from '../../db/schema';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { FIRST_EFFECTIVE_DATE } from '../../../domain/expenses/standard-history';
import type { IsoDate } from '../../../domain/calendar/dates';
import type { ProductView } from './products.presenter';
import { findProduct } from './products.queries';
import { checkStandardDate, setStandardFrom } from './products.standards';

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

/** When a 客情费 standard takes effect (生效日期); a new product's first standard counts from FIRST_EFFECTIVE_DATE unless given. */
export interface StandardDate {
  standardEffectiveFrom?: IsoDate;
}

export function createProduct(db: Db, actor: Actor, body: ProductInput & StandardDate, meta: Meta): Promise<ProductView> {
  const { standardEffectiveFrom = FIRST_EFFECTIVE_DATE, ...input } = body;
  return uniqueCode(() =>
    db.transaction(async (tx) => {
      const t = tx as Db;
      await checkStandardDate(t, actor.orgId, null, standardEffectiveFrom, shanghaiDate(meta.now));
      const [row] = await t
        .insert(products)
        .values({ orgId: actor.orgId, ...input, spec: input.spec ?? null, createdAt: meta.now, updatedAt: meta.now })
        .returning({ id: products.id });
      const standard = { orgId: actor.orgId, productId: row!.id, effectiveFrom: standardEffectiveFrom, standardFen: input.expenseStandardFen, previousFen: null, createdBy: actor.userId, now: meta.now };
      await setStandardFrom(t, standard, shanghaiDate(meta.now));
      const created = (await findProduct(t, actor.orgId, row!.id))!;
      await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'product.create', targetType: 'product', targetId: created.id, after: { ...audited(created), standardEffectiveFrom }, ip: meta.ip }, meta.now);
      return created;
    }),
  );
}

/**
 * Locks the product, checks the version it was read at, applies the change and audits before and after. A new
 * 客情费 standard (or one given a 生效日期) goes into the history from that date (today by default) and the product
 * keeps the standard in force today.
 */
async function changeProduct(db: Db, actor: Actor, id: string, version: number, requested: Partial<typeof products.$inferInsert> & StandardDate, action: string, meta: Meta): Promise<ProductView> {
  const { standardEffectiveFrom, ...change } = requested;
  const today = shanghaiDate(meta.now);
  return uniqueCode(() =>
    db.transaction(async (tx) => {
      const t = tx as Db;
      await t.execute(sql`select 1 from ${products} where ${products.orgId} = ${actor.orgId} and ${products.id} = ${id} for update`);
      const before = await findProduct(t, actor.orgId, id);
      if (!before) throw new AppError('NOT_FOUND');
      if (before.version !== version) throw new AppError('VERSION_CONFLICT');
      const newStandard = change.expenseStandardFen ?? before.expenseStandardFen;
      const effectiveFrom = newStandard !== before.expenseStandardFen || standardEffectiveFrom !== undefined ? (standardEffectiveFrom ?? today) : null;
      if (effectiveFrom) {
        await checkStandardDate(t, actor.orgId, id, effectiveFrom, today);
        const standard = { orgId: actor.orgId, productId: id, effectiveFrom, standardFen: newStandard, previousFen: before.expenseStandardFen, createdBy: actor.userId, now: meta.now };
        change.expenseStandardFen = await setStandardFrom(t, standard, today);
      }
      await t
        .update(products)
        .set({ ...change, version: before.version + 1, updatedAt: meta.now })
        .where(and(eq(products.orgId, actor.orgId), eq(products.id, id)));
      const after = (await findProduct(t, actor.orgId, id))!;
      await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action, targetType: 'product', targetId: id, before: audited(before), after: effectiveFrom ? { ...audited(after), standardEffectiveFrom: effectiveFrom, standardSetFen: newStandard } : audited(after), ip: meta.ip }, meta.now);
      return after;
    }),
  );
}

/** Edits a product; orders already entered keep the prices and costs they were entered with. */
export function updateProduct(db: Db, actor: Actor, id: string, input: Partial<ProductInput> & StandardDate & { version: number }, meta: Meta): Promise<ProductView> {
  const { version, ...change } = input;
  return changeProduct(db, actor, id, version, change, 'product.update', meta);
}

/** A discontinued product stays on past orders and can still be returned, but no longer sold. */
export function setProductActive(db: Db, actor: Actor, id: string, version: number, active: boolean, meta: Meta): Promise<ProductView> {
  return changeProduct(db, actor, id, version, { active }, active ? 'product.activate' : 'product.deactivate', meta);
}
