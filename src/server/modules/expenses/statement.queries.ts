import { and, asc, desc, eq, gte, inArray, isNull, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/dates';
import type { StatementStatus } from '../../../domain/expenses/review';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { rowScope } from '../../db/row-scope';
import { collections, customers, expenseReviewEvents, expenseStatementRows, expenseStatements, offices, orderLines, orders, products, users } from '../../db/schema';
import { userScope } from '../admin/users.queries';

/** The statements the actor may see: a rep their own, an office manager their office's, organisation-wide roles all. */
export function statementScope(actor: Actor): SQL {
  return rowScope(actor, { orgId: expenseStatements.orgId, officeId: expenseStatements.officeId, ownerId: expenseStatements.repId });
}

/** The SQL for "status on `today`": void is a review status not finished by review_by (domain statusAt). */
export function statusCondition(status: StatementStatus, today: IsoDate): SQL {
  if (status === 'void') return and(ne(expenseStatements.status, 'finance_approved'), lt(expenseStatements.reviewBy, today))!;
  if (status === 'finance_approved') return eq(expenseStatements.status, 'finance_approved');
  return and(eq(expenseStatements.status, status), gte(expenseStatements.reviewBy, today))!;
}

const listColumns = { statement: expenseStatements, repName: users.displayName, officeName: offices.name };

function fromStatements(db: Db) {
  return db
    .select(listColumns)
    .from(expenseStatements)
    .innerJoin(users, and(eq(users.orgId, expenseStatements.orgId), eq(users.id, expenseStatements.repId)))
    .innerJoin(offices, and(eq(offices.orgId, expenseStatements.orgId), eq(offices.id, expenseStatements.officeId)));
}
export type StatementListRow = Awaited<ReturnType<typeof findStatement>> & {};

export async function findStatement(db: Db, actor: Actor, id: string) {
  const [row] = await fromStatements(db).where(and(statementScope(actor), eq(expenseStatements.id, id)));
  return row;
}

/** Locks the statement for the rest of the transaction (in scope only). */
export async function lockStatement(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(expenseStatements)
    .where(and(statementScope(actor), eq(expenseStatements.id, id)))
    .for('update');
  return row;
}

/** The statement of a rep for a month, locked for the transaction. */
export async function lockStatementOfMonth(db: Db, orgId: string, repId: string, month: IsoDate) {
  const [row] = await db
    .select()
    .from(expenseStatements)
    .where(and(eq(expenseStatements.orgId, orgId), eq(expenseStatements.repId, repId), eq(expenseStatements.month, month)))
    .for('update');
  return row;
}

export interface StatementFilters {
  month?: IsoDate;
  officeId?: string;
  repId?: string;
  status?: StatementStatus;
}

export const STATEMENT_LIST_LIMIT = 500;

export async function listStatements(db: Db, actor: Actor, f: StatementFilters, today: IsoDate) {
  return fromStatements(db)
    .where(
      and(
        statementScope(actor),
        f.month ? eq(expenseStatements.month, f.month) : undefined,
        f.officeId ? eq(expenseStatements.officeId, f.officeId) : undefined,
        f.repId ? eq(expenseStatements.repId, f.repId) : undefined,
        f.status ? statusCondition(f.status, today) : undefined,
      ),
    )
    .orderBy(desc(expenseStatements.month), asc(offices.name), asc(users.displayName), asc(expenseStatements.id))
    .limit(STATEMENT_LIST_LIMIT);
}

/** Statements in scope, among `conditions`, ordered by due date (for "waiting for me"). */
export async function statementsWhere(db: Db, actor: Actor, conditions: SQL) {
  return fromStatements(db)
    .where(and(statementScope(actor), conditions))
    .orderBy(asc(expenseStatements.reviewBy), asc(offices.name), asc(users.displayName))
    .limit(STATEMENT_LIST_LIMIT);
}

/** The rows of a statement with the customer's name, by customer name. */
export async function statementRowsOf(db: Db, orgId: string, statementId: string) {
  return db
    .select({ row: expenseStatementRows, customerName: customers.name })
    .from(expenseStatementRows)
    .innerJoin(customers, and(eq(customers.orgId, expenseStatementRows.orgId), eq(customers.id, expenseStatementRows.customerId)))
    .where(and(eq(expenseStatementRows.orgId, orgId), eq(expenseStatementRows.statementId, statementId)))
    .orderBy(asc(customers.name), asc(expenseStatementRows.customerId));
}

export async function lockStatementRow(db: Db, orgId: string, statementId: string, customerId: string) {
  const [row] = await db
    .select()
    .from(expenseStatementRows)
    .where(and(eq(expenseStatementRows.orgId, orgId), eq(expenseStatementRows.statementId, statementId), eq(expenseStatementRows.customerId, customerId)))
    .for('update');
  return row;
}

export async function reviewEventsOf(db: Db, orgId: string, statementId: string) {
  return db
    .select()
    .from(expenseReviewEvents)
    .where(and(eq(expenseReviewEvents.orgId, orgId), eq(expenseReviewEvents.statementId, statementId)))
    .orderBy(asc(expenseReviewEvents.seq));
}

/** Display names of users (signatures, the trail), by id. */
export async function userNames(db: Db, orgId: string, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.displayName }).from(users).where(and(eq(users.orgId, orgId), inArray(users.id, unique)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Active reps with an office: one (in the actor's scope), or all of the organisation. */
export async function statementReps(db: Db, actor: Actor, repId: string | undefined) {
  return db
    .select({ id: users.id, name: users.displayName, role: users.role, active: users.active, officeId: users.officeId })
    .from(users)
    .where(repId ? and(userScope(actor), eq(users.id, repId)) : and(eq(users.orgId, actor.orgId), eq(users.role, 'rep'), eq(users.active, true)))
    .orderBy(asc(users.displayName), asc(users.id));
}

/**
 * What the reps' customers bought in [from, to): net quantity and amount per rep, customer, product and order date
 * (the 客情费 standard in force on that date applies), in one grouped query (returns are negative lines). The rep is
 * the customer's owner now; deleted customers are left out.
 */
export async function purchasesOf(db: Db, orgId: string, repIds: readonly string[], from: IsoDate, to: IsoDate) {
  if (repIds.length === 0) return [];
  const rows = await db
    .select({
      repId: customers.ownerId,
      customerId: orders.customerId,
      productId: orderLines.productId,
      orderDate: orders.orderDate,
      quantity: sql<string>`sum(${orderLines.quantity})::bigint`,
      amountFen: sql<string>`sum(${orderLines.amountFen})::bigint`,
    })
    .from(orders)
    .innerJoin(orderLines, and(eq(orderLines.orgId, orders.orgId), eq(orderLines.orderId, orders.id)))
    .innerJoin(customers, and(eq(customers.orgId, orders.orgId), eq(customers.id, orders.customerId)))
    .where(and(eq(orders.orgId, orgId), gte(orders.orderDate, from), lt(orders.orderDate, to), inArray(customers.ownerId, [...repIds]), isNull(customers.deletedAt)))
    .groupBy(customers.ownerId, orders.customerId, orderLines.productId, orders.orderDate);
  return rows.map((r) => ({ repId: r.repId!, customerId: r.customerId, productId: r.productId, orderDate: r.orderDate, quantity: Number(r.quantity), amountFen: Number(r.amountFen) }));
}

/** Money collected from the reps' customers in [from, to), per rep and customer. */
export async function collectionsOf(db: Db, orgId: string, repIds: readonly string[], from: IsoDate, to: IsoDate) {
  if (repIds.length === 0) return [];
  const rows = await db
    .select({ repId: customers.ownerId, customerId: collections.customerId, collectedFen: sql<string>`sum(${collections.amountFen})::bigint` })
    .from(collections)
    .innerJoin(customers, and(eq(customers.orgId, collections.orgId), eq(customers.id, collections.customerId)))
    .where(and(eq(collections.orgId, orgId), gte(collections.collectedOn, from), lt(collections.collectedOn, to), inArray(customers.ownerId, [...repIds]), isNull(customers.deletedAt)))
    .groupBy(customers.ownerId, collections.customerId);
  return rows.map((r) => ({ repId: r.repId!, customerId: r.customerId, collectedFen: Number(r.collectedFen) }));
}

/** Every product of the organisation with its current 客情费 standard per unit (the catalogue is short); the standards over time are in products.standards.ts. */
export async function productStandards(db: Db, orgId: string) {
  return db.select({ productId: products.id, name: products.name, expenseStandardFen: products.expenseStandardFen }).from(products).where(eq(products.orgId, orgId));
}
