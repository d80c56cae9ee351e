import { and, asc, desc, eq, lte, ne, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/dates';
import { checkEffectiveDate, FIRST_EFFECTIVE_DATE, type StandardEntry } from '../../../domain/expenses/standard-history';
import type { Db } from '../../db/client';
import { expenseStatementRows, expenseStatements, productExpenseStandards, users } from '../../db/schema';
import { AppError } from '../../http/errors';

/*
 * The 客情费 standard history of products (product_expense_standards): what the product form writes, what its
 * history popover reads and what statement generation prices purchases with.
 */

/** One product's history, newest first, with who set each standard. */
export async function standardHistoryOf(db: Db, orgId: string, productId: string) {
  return db
    .select({ effectiveFrom: productExpenseStandards.effectiveFrom, standardFen: productExpenseStandards.standardFen, createdAt: productExpenseStandards.createdAt, createdByName: users.displayName })
    .from(productExpenseStandards)
    .leftJoin(users, and(eq(users.orgId, productExpenseStandards.orgId), eq(users.id, productExpenseStandards.createdBy)))
    .where(and(eq(productExpenseStandards.orgId, orgId), eq(productExpenseStandards.productId, productId)))
    .orderBy(desc(productExpenseStandards.effectiveFrom));
}

/** Every product's history, sorted by date (the catalogue is short: one query per generation). */
export async function standardHistories(db: Db, orgId: string): Promise<Map<string, StandardEntry[]>> {
  const rows = await db
    .select({ productId: productExpenseStandards.productId, effectiveFrom: productExpenseStandards.effectiveFrom, standardFen: productExpenseStandards.standardFen })
    .from(productExpenseStandards)
    .where(eq(productExpenseStandards.orgId, orgId))
    .orderBy(asc(productExpenseStandards.productId), asc(productExpenseStandards.effectiveFrom));
  const map = new Map<string, StandardEntry[]>();
  for (const r of rows) {
    const list = map.get(r.productId);
    const entry = { effectiveFrom: r.effectiveFrom, standardFen: r.standardFen };
    if (list) list.push(entry);
    else map.set(r.productId, [entry]);
  }
  return map;
}

/** The first day of the latest month whose statement (left draft) has a row naming the product; null if none. */
async function lastClosedMonth(db: Db, orgId: string, productId: string): Promise<IsoDate | null> {
  const [row] = await db
    .select({ month: sql<string | null>`max(${expenseStatements.month})::text` })
    .from(expenseStatements)
    .innerJoin(expenseStatementRows, and(eq(expenseStatementRows.orgId, expenseStatements.orgId), eq(expenseStatementRows.statementId, expenseStatements.id)))
    .where(
      and(
        eq(expenseStatements.orgId, orgId),
        ne(expenseStatements.status, 'draft'),
        sql`${expenseStatementRows.products} @> ${JSON.stringify([{ productId }])}::jsonb`,
      ),
    );
  return row?.month ?? null;
}

/** Refuses an effective date the domain does not allow, as a 400 naming the 生效日期 field. */
export async function checkStandardDate(db: Db, orgId: string, productId: string | null, date: IsoDate, today: IsoDate): Promise<void> {
  const closed = productId ? await lastClosedMonth(db, orgId, productId) : null;
  const check = checkEffectiveDate(date, { today, lastClosedMonth: closed });
  if (!check.ok) throw new AppError('VALIDATION_FAILED', [{ field: 'standardEffectiveFrom', message: `生效日期：${check.zh}`, message_en: `Effective date: ${check.en}` }]);
}

/**
 * Sets the standard from a date (replacing one set for the same date) and returns the standard in force today.
 * A product without a history yet (made before it existed, or by the demo seed) first gets its previous standard
 * from FIRST_EFFECTIVE_DATE, so that purchases before the new date keep it.
 */
export async function setStandardFrom(
  db: Db,
  entry: { orgId: string; productId: string; effectiveFrom: IsoDate; standardFen: number; previousFen: number | null; createdBy: string; now: Date },
  today: IsoDate,
): Promise<number> {
  const { orgId, productId, effectiveFrom, standardFen, previousFen, createdBy, now } = entry;
  if (previousFen !== null && effectiveFrom > FIRST_EFFECTIVE_DATE) {
    const [any] = await db
      .select({ one: sql<number>`1` })
      .from(productExpenseStandards)
      .where(and(eq(productExpenseStandards.orgId, orgId), eq(productExpenseStandards.productId, productId)))
      .limit(1);
    if (!any) await db.insert(productExpenseStandards).values({ orgId, productId, effectiveFrom: FIRST_EFFECTIVE_DATE, standardFen: previousFen, createdBy: null, createdAt: now });
  }
  await db
    .insert(productExpenseStandards)
    .values({ orgId, productId, effectiveFrom, standardFen, createdBy, createdAt: now })
    .onConflictDoUpdate({ target: [productExpenseStandards.orgId, productExpenseStandards.productId, productExpenseStandards.effectiveFrom], set: { standardFen, createdBy, createdAt: now } });
  const [inForce] = await db
    .select({ standardFen: productExpenseStandards.standardFen })
    .from(productExpenseStandards)
    .where(and(eq(productExpenseStandards.orgId, orgId), eq(productExpenseStandards.productId, productId), lte(productExpenseStandards.effectiveFrom, today)))
    .orderBy(desc(productExpenseStandards.effectiveFrom))
    .limit(1);
  return inForce?.standardFen ?? standardFen;
}
