import { z } from 'zod';
import type { IsoDate } from '../../../domain/calendar/dates';
import { statementCollectionRateBp } from '../../../domain/expenses/collection-rate';
import { doneLate, isLate } from '../../../domain/expenses/deadlines';
import { REVIEW_STATUSES, STATEMENT_STATUS_LABELS, type StatementStatus } from '../../../domain/expenses/review';
import { reviewStateOf, statementStatusOn, type StatementRecord, type StatementRowRecord } from './statement-store';
import type { reviewEventsOf } from './statement.queries';

export const STATEMENT_STATUS_VALUES = [...REVIEW_STATUSES, 'void'] as const;
const statusView = z.enum(STATEMENT_STATUS_VALUES);
const reviewerRole = z.enum(['clerk', 'sales_manager', 'finance']);
const signatureView = z.object({ userId: z.string(), name: z.string(), on: z.string() }).nullable();

export const statementTotalsView = z.object({
  customers: z.number(),
  purchasesFen: z.number(),
  collectedFen: z.number(),
  collectionRateBp: z.number().nullable(),
  standardFen: z.number(),
  payableFen: z.number(),
  finalFen: z.number(),
  adjustedRows: z.number(),
});

export const statementSummaryView = z.object({
  id: z.string(),
  repId: z.string(),
  repName: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  /** YYYY-MM, the month of the purchases. */
  month: z.string(),
  /** The status today, void included. */
  status: statusView,
  statusLabel: z.string(),
  statusLabel_en: z.string(),
  submitBy: z.string(),
  reviewBy: z.string(),
  payoutFrom: z.string(),
  submittedOn: z.string().nullable(),
  /** Submitted after the submission deadline (allowed, marked). */
  submittedLate: z.boolean(),
  /** Still a draft (or returned) after the submission deadline. */
  overdue: z.boolean(),
  totals: statementTotalsView,
  drawnFen: z.number(),
  signatures: z.object({ clerk: signatureView, salesManager: signatureView, finance: signatureView }),
  lastReturn: z.object({ role: reviewerRole, userId: z.string(), name: z.string(), on: z.string(), comment: z.string() }).nullable(),
  version: z.number(),
  generatedAt: z.date(),
});
export type StatementSummaryView = z.infer<typeof statementSummaryView>;

export const statementRowView = z.object({
  customerId: z.string(),
  customerName: z.string(),
  purchasesFen: z.number(),
  collectedFen: z.number(),
  collectionRateBp: z.number().nullable(),
  standardFen: z.number(),
  payableFen: z.number(),
  basis: z.string(),
  adjustedFen: z.number().nullable(),
  adjustmentReason: z.string().nullable(),
  finalFen: z.number(),
  products: z.array(z.object({ productId: z.string(), productName: z.string(), quantity: z.number(), standardFen: z.number() })),
  version: z.number(),
});

export const reviewEventView = z.object({
  at: z.date(),
  on: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string(),
  actorRole: z.string(),
  action: z.enum(['generate', 'regenerate', 'adjust', 'submit', 'approve', 'return']),
  statusBefore: z.string().nullable(),
  statusAfter: z.string(),
  customerId: z.string().nullable(),
  amountBeforeFen: z.number().nullable(),
  amountAfterFen: z.number().nullable(),
  comment: z.string().nullable(),
  late: z.boolean(),
});

export interface SummaryInput {
  statement: StatementRecord;
  repName: string;
  officeName: string;
}

/** Ids of the users a statement names (signatures and the latest return), for one name lookup. */
export function signerIds(s: StatementRecord): string[] {
  return [s.clerkBy, s.managerBy, s.financeBy, s.lastReturnBy].filter((x): x is string => x !== null);
}

export function presentStatementSummary(row: SummaryInput, names: Map<string, string>, today: IsoDate): StatementSummaryView {
  const s = row.statement;
  const status: StatementStatus = statementStatusOn(s, today);
  const state = reviewStateOf(s);
  const sig = (role: string) => {
    const found = state.signatures.find((x) => x.role === role);
    return found ? { userId: found.userId, name: names.get(found.userId) ?? '', on: found.on } : null;
  };
  const r = state.lastReturn;
  return {
    id: s.id,
    repId: s.repId,
    repName: row.repName,
    officeId: s.officeId,
    officeName: row.officeName,
    month: s.month.slice(0, 7),
    status,
    statusLabel: STATEMENT_STATUS_LABELS[status].zh,
    statusLabel_en: STATEMENT_STATUS_LABELS[status].en,
    submitBy: s.submitBy,
    reviewBy: s.reviewBy,
    payoutFrom: s.payoutFrom,
    submittedOn: s.submittedOn,
    submittedLate: s.submittedOn !== null && doneLate(s.submitBy, s.submittedOn),
    overdue: (status === 'draft' || status === 'returned') && isLate(s.submitBy, today, null),
    totals: {
      customers: s.customerCount,
      purchasesFen: s.purchasesFen,
      collectedFen: s.collectedFen,
      collectionRateBp: statementCollectionRateBp(s.purchasesFen, s.collectedFen),
      standardFen: s.standardFen,
      payableFen: s.payableFen,
      finalFen: s.finalFen,
      adjustedRows: s.adjustedRows,
    },
    drawnFen: s.drawnFen,
    signatures: { clerk: sig('clerk'), salesManager: sig('sales_manager'), finance: sig('finance') },
    lastReturn: r ? { role: r.role as z.infer<typeof reviewerRole>, userId: r.userId, name: names.get(r.userId) ?? '', on: r.on, comment: r.comment } : null,
    version: s.version,
    generatedAt: s.generatedAt,
  };
}

export function presentStatementRow(r: { row: StatementRowRecord; customerName: string }, productNames: Map<string, string>) {
  const parts = r.row.products as { productId: string; quantity: number; standardFen: number }[];
  return {
    customerId: r.row.customerId,
    customerName: r.customerName,
    purchasesFen: r.row.purchasesFen,
    collectedFen: r.row.collectedFen,
    collectionRateBp: r.row.collectionRateBp,
    standardFen: r.row.standardFen,
    payableFen: r.row.payableFen,
    basis: r.row.basis,
    adjustedFen: r.row.adjustedFen,
    adjustmentReason: r.row.adjustmentReason,
    finalFen: r.row.finalFen,
    products: parts.map((p) => ({ productId: p.productId, productName: productNames.get(p.productId) ?? '', quantity: p.quantity, standardFen: p.standardFen })),
    version: r.row.version,
  };
}

export function presentReviewEvent(e: Awaited<ReturnType<typeof reviewEventsOf>>[number], names: Map<string, string>): z.infer<typeof reviewEventView> {
  return {
    at: e.at,
    on: e.on,
    actorId: e.actorId,
    actorName: e.actorId ? (names.get(e.actorId) ?? '') : '',
    actorRole: e.actorRole,
    action: e.action,
    statusBefore: e.statusBefore,
    statusAfter: e.statusAfter,
    customerId: e.customerId,
    amountBeforeFen: e.amountBeforeFen,
    amountAfterFen: e.amountAfterFen,
    comment: e.comment,
    late: e.late,
  };
}
