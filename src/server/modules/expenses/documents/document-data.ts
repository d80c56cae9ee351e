import { eq } from 'drizzle-orm';
import { ROLE_LABELS } from '../../../../domain/identity/roles';
import type { Db } from '../../../db/client';
import { orgs } from '../../../db/schema';
import type { LedgerView } from '../ledger.service';
import type { ApplicationSummaryView } from '../special-application.presenter';
import type { StatementView } from '../statement-view';
import type { LedgerDocument } from './ledger-xlsx';
import type { SpecialApplicationsDocument } from './special-applications-xlsx';
import type { Reviewer, StatementDocument } from './statement-document';

/** The plain data of the printed forms, from what the API already shows (so the forms and the screens agree). */

export async function orgName(db: Db, orgId: string): Promise<string> {
  const [row] = await db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, orgId));
  return row?.name ?? '';
}

/** "YYYY-MM-DD HH:mm" in Beijing time. */
export function printedAt(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

export function reviewersOf(s: StatementView): Reviewer[] {
  const { clerk, salesManager, finance } = s.signatures;
  return [
    { roleLabel: ROLE_LABELS.clerk.zh, name: clerk?.name ?? null, on: clerk?.on ?? null },
    { roleLabel: ROLE_LABELS.sales_manager.zh, name: salesManager?.name ?? null, on: salesManager?.on ?? null },
    { roleLabel: ROLE_LABELS.finance.zh, name: finance?.name ?? null, on: finance?.on ?? null },
  ];
}

export function statementDocument(s: StatementView, org: string, now: Date): StatementDocument {
  return {
    orgName: org,
    month: s.month,
    repName: s.repName,
    officeName: s.officeName,
    statusLabel: s.statusLabel,
    submittedOn: s.submittedOn,
    rows: s.rows.map((r) => ({
      customerName: r.customerName,
      purchasesFen: r.purchasesFen,
      collectedFen: r.collectedFen,
      collectionRateBp: r.collectionRateBp,
      standardFen: r.standardFen,
      payableFen: r.payableFen,
      adjustedFen: r.adjustedFen,
      adjustmentReason: r.adjustmentReason,
      finalFen: r.finalFen,
    })),
    totals: {
      purchasesFen: s.totals.purchasesFen,
      collectedFen: s.totals.collectedFen,
      collectionRateBp: s.totals.collectionRateBp,
      standardFen: s.totals.standardFen,
      payableFen: s.totals.payableFen,
      finalFen: s.totals.finalFen,
    },
    reviewers: reviewersOf(s),
    printedAt: printedAt(now),
  };
}

const STATUS_ZH = { pending: '待审批', approved: '已批准', refused: '未批准' } as const;

export function specialApplicationsDocument(summary: ApplicationSummaryView, org: string, scopeLabel: string, now: Date, reviewers?: Reviewer[]): SpecialApplicationsDocument {
  return {
    orgName: org,
    month: summary.month,
    scopeLabel,
    lines: summary.items.map((a) => ({
      customerName: a.customerName,
      repName: a.repName,
      officeName: a.officeName,
      usageLabel: a.usageLabel,
      amountFen: a.amountFen,
      reason: a.reason,
      filedOn: a.filedOn,
      statusLabel: STATUS_ZH[a.status],
      approved: a.status === 'approved',
      decidedByName: a.decidedByName,
      decidedOn: a.decidedOn,
    })),
    reviewers,
    printedAt: printedAt(now),
  };
}

export function ledgerDocument(l: LedgerView, org: string, scopeLabel: string, now: Date): LedgerDocument {
  const none = { period: null, officeName: null, repName: null, account: null };
  return {
    orgName: org,
    from: l.from,
    to: l.to,
    scopeLabel,
    byAccount: l.byAccount.map((a) => ({ ...none, account: a.account, accruedFen: a.accruedFen, paidFen: a.paidFen, balanceFen: a.balanceFen })),
    byOffice: l.byOffice.map((o) => ({ ...none, officeName: o.officeName, accruedFen: o.accruedFen, paidFen: o.paidFen, balanceFen: o.balanceFen })),
    byRep: l.byRep.map((r) => ({ ...none, repName: r.repName, officeName: r.officeName, accruedFen: r.accruedFen, paidFen: r.paidFen, balanceFen: r.balanceFen })),
    byPeriod: l.byPeriod,
    detail: l.detail.map((d) => ({ period: d.period, officeName: d.officeName, repName: d.repName, account: d.account, accruedFen: d.accruedFen, paidFen: d.paidFen, balanceFen: d.balanceFen })),
    total: { ...none, ...l.total },
    printedAt: printedAt(now),
  };
}
