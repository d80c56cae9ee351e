import { and, eq } from 'drizzle-orm';
import type { IsoDate } from '../../../domain/calendar/dates';
import { statusAt, type ReviewState, type Signature, type StatementStatus } from '../../../domain/expenses/review';
import { statementTotals, type PayableBasis, type ProductPart, type StatementRow } from '../../../domain/expenses/statement';
import type { Actor } from '../../../domain/identity/policies';
import type { Role } from '../../../domain/identity/roles';
import type { Db } from '../../db/client';
import { expenseReviewEvents, expenseStatementRows, type expenseStatements } from '../../db/schema';
import { AppError } from '../../http/errors';
import { findStatement } from './statement.queries';

/*
 * Between the stored statement (expense_statements, expense_statement_rows) and the domain's ReviewState and
 * StatementRow, so that every rule is the domain's. Other expense modules (payout, spot checks, ledger) use these too.
 */

export type StatementRecord = typeof expenseStatements.$inferSelect;
export type StatementRowRecord = typeof expenseStatementRows.$inferSelect;

const SIGNATURE_COLUMNS = [
  { role: 'clerk', by: 'clerkBy', on: 'clerkOn', at: 'clerkAt' },
  { role: 'sales_manager', by: 'managerBy', on: 'managerOn', at: 'managerAt' },
  { role: 'finance', by: 'financeBy', on: 'financeOn', at: 'financeAt' },
] as const satisfies readonly { role: Role; by: keyof StatementRecord; on: keyof StatementRecord; at: keyof StatementRecord }[];

/** The domain's review state of a stored statement. */
export function reviewStateOf(s: StatementRecord): ReviewState {
  const signatures: Signature[] = [];
  for (const c of SIGNATURE_COLUMNS) {
    const by = s[c.by];
    const on = s[c.on];
    if (by && on) signatures.push({ role: c.role, userId: by, on });
  }
  const lastReturn =
    s.lastReturnBy && s.lastReturnRole && s.lastReturnOn ? { role: s.lastReturnRole, userId: s.lastReturnBy, on: s.lastReturnOn, comment: s.lastReturnComment ?? '' } : null;
  return { status: s.status, repId: s.repId, reviewBy: s.reviewBy, submittedOn: s.submittedOn, signatures, lastReturn };
}

/** The status on a day (Asia/Shanghai), void included. */
export function statementStatusOn(s: StatementRecord, today: IsoDate): StatementStatus {
  return statusAt(reviewStateOf(s), today);
}

/**
 * The columns that store a review state; a signature already stored keeps its instant, a new one gets `now`.
 * submitted_at is the caller's (a statement returned and submitted again on the same day is a new submission).
 */
export function reviewColumns(state: ReviewState, before: StatementRecord, now: Date) {
  const columns: Partial<StatementRecord> = { status: state.status, submittedOn: state.submittedOn };
  for (const c of SIGNATURE_COLUMNS) {
    const sig = state.signatures.find((x) => x.role === c.role);
    const unchanged = sig && before[c.by] === sig.userId && before[c.on] === sig.on;
    Object.assign(columns, { [c.by]: sig?.userId ?? null, [c.on]: sig?.on ?? null, [c.at]: sig ? (unchanged ? before[c.at] : now) : null });
  }
  const ret = state.lastReturn;
  const sameReturn = ret && before.lastReturnBy === ret.userId && before.lastReturnOn === ret.on && before.lastReturnComment === ret.comment;
  Object.assign(columns, {
    lastReturnBy: ret?.userId ?? null,
    lastReturnRole: (ret?.role ?? null) as StatementRecord['lastReturnRole'],
    lastReturnOn: ret?.on ?? null,
    lastReturnAt: ret ? (sameReturn ? before.lastReturnAt : now) : null,
    lastReturnComment: ret?.comment ?? null,
  });
  return columns;
}

/** The domain's row of a stored one. */
export function toStatementRow(r: StatementRowRecord): StatementRow {
  return {
    customerId: r.customerId,
    purchasesFen: r.purchasesFen,
    collectedFen: r.collectedFen,
    collectionRateBp: r.collectionRateBp,
    standardFen: r.standardFen,
    payableFen: r.payableFen,
    basis: r.basis as PayableBasis,
    adjustedFen: r.adjustedFen,
    adjustmentReason: r.adjustmentReason,
    finalFen: r.finalFen,
    products: r.products as ProductPart[],
  };
}

/** The columns of a domain row, for insert or update. */
export function rowColumns(row: StatementRow) {
  return {
    purchasesFen: row.purchasesFen,
    collectedFen: row.collectedFen,
    collectionRateBp: row.collectionRateBp,
    standardFen: row.standardFen,
    payableFen: row.payableFen,
    basis: row.basis,
    adjustedFen: row.adjustedFen,
    adjustmentReason: row.adjustmentReason,
    finalFen: row.finalFen,
    products: row.products,
  };
}

/** The statement's total columns, from its rows (domain statementTotals). */
export function totalColumns(rows: readonly StatementRow[]) {
  const t = statementTotals(rows);
  return {
    customerCount: t.customers,
    purchasesFen: t.purchasesFen,
    collectedFen: t.collectedFen,
    standardFen: t.standardFen,
    payableFen: t.payableFen,
    finalFen: t.finalFen,
    adjustedRows: t.adjustedRows,
  };
}

/** Every row of a statement as the domain's rows, ordered by customer id. */
export async function loadStatementRows(db: Db, orgId: string, statementId: string): Promise<StatementRow[]> {
  const rows = await db
    .select()
    .from(expenseStatementRows)
    .where(and(eq(expenseStatementRows.orgId, orgId), eq(expenseStatementRows.statementId, statementId)))
    .orderBy(expenseStatementRows.customerId);
  return rows.map(toStatementRow);
}

/** A statement in the actor's scope, or 404. */
export async function findStatementInScope(db: Db, actor: Actor, id: string) {
  const row = await findStatement(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export type ReviewEventAction = (typeof expenseReviewEvents.$inferInsert)['action'];

export interface ReviewEventInput {
  statementId: string;
  action: ReviewEventAction;
  statusBefore: string | null;
  statusAfter: string;
  customerId?: string | null;
  amountBeforeFen?: number | null;
  amountAfterFen?: number | null;
  comment?: string | null;
  late?: boolean;
}

/** One entry of the statement's trail; call inside the change's transaction. */
export async function recordReviewEvent(db: Db, actor: Actor, on: IsoDate, now: Date, e: ReviewEventInput): Promise<void> {
  await db.insert(expenseReviewEvents).values({
    orgId: actor.orgId,
    statementId: e.statementId,
    at: now,
    on,
    actorId: actor.userId,
    actorRole: actor.role,
    action: e.action,
    statusBefore: e.statusBefore,
    statusAfter: e.statusAfter,
    customerId: e.customerId ?? null,
    amountBeforeFen: e.amountBeforeFen ?? null,
    amountAfterFen: e.amountAfterFen ?? null,
    comment: e.comment ?? null,
    late: e.late ?? false,
  });
}
