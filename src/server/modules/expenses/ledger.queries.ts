import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/dates';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { expensePayoutDraws, expenseStatementRows, expenseStatements, offices, products, users } from '../../db/schema';
import { statementScope } from './statement.queries';

export interface LedgerFilters {
  /** Last statement month included (first day). */
  to: IsoDate;
  officeId?: string;
  repId?: string;
}

function approvedUpTo(actor: Actor, f: LedgerFilters) {
  return and(
    statementScope(actor),
    eq(expenseStatements.status, 'finance_approved'),
    lte(expenseStatements.month, f.to),
    f.officeId ? eq(expenseStatements.officeId, f.officeId) : undefined,
    f.repId ? eq(expenseStatements.repId, f.repId) : undefined,
  );
}

/** The rows of approved statements up to `to` (in scope), with what the per-product split needs. */
export async function approvedRows(db: Db, actor: Actor, f: LedgerFilters) {
  return db
    .select({
      statementId: expenseStatements.id,
      month: expenseStatements.month,
      officeId: expenseStatements.officeId,
      repId: expenseStatements.repId,
      customerId: expenseStatementRows.customerId,
      finalFen: expenseStatementRows.finalFen,
      products: expenseStatementRows.products,
    })
    .from(expenseStatementRows)
    .innerJoin(expenseStatements, and(eq(expenseStatements.orgId, expenseStatementRows.orgId), eq(expenseStatements.id, expenseStatementRows.statementId)))
    .where(approvedUpTo(actor, f));
}

/** Σ receipts (money paid to customers) per approved statement up to `to`. */
export async function receiptsByStatement(db: Db, actor: Actor, f: LedgerFilters): Promise<Map<string, number>> {
  const rows = await db
    .select({ statementId: expensePayoutDraws.statementId, receiptsFen: sql<number>`coalesce(sum(${expensePayoutDraws.receiptsFen}), 0)::bigint` })
    .from(expensePayoutDraws)
    .innerJoin(expenseStatements, and(eq(expenseStatements.orgId, expensePayoutDraws.orgId), eq(expenseStatements.id, expensePayoutDraws.statementId)))
    .where(approvedUpTo(actor, f))
    .groupBy(expensePayoutDraws.statementId);
  return new Map(rows.map((r) => [r.statementId, Number(r.receiptsFen)]));
}

/** Names of offices, reps and products, for the accounts and groupings. */
export async function ledgerNames(db: Db, orgId: string, ids: { offices: string[]; users: string[]; products: string[] }) {
  const none = sql`false`;
  const [o, u, p] = [
    await db.select({ id: offices.id, name: offices.name }).from(offices).where(and(eq(offices.orgId, orgId), ids.offices.length ? inArray(offices.id, ids.offices) : none)),
    await db.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.orgId, orgId), ids.users.length ? inArray(users.id, ids.users) : none)),
    await db.select({ id: products.id, name: products.name }).from(products).where(and(eq(products.orgId, orgId), ids.products.length ? inArray(products.id, ids.products) : none)),
  ];
  return { offices: new Map(o.map((x) => [x.id, x.name])), users: new Map(u.map((x) => [x.id, x.name])), products: new Map(p.map((x) => [x.id, x.name])) };
}
