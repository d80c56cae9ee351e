import type { StatementDocument, StatementDocumentRow } from './statement-document';

/**
 * A made-up statement of the demo territory around `rows`: the PDF warm-up renders one nobody sees, and the
 * renderers' tests build theirs on it.
 */
export function sampleStatement(rows: StatementDocumentRow[], orgName: string, statusLabel: string): StatementDocument {
  return {
    orgName,
    month: '2025-09',
    repName: '张伟',
    officeName: '郑州办事处',
    statusLabel,
    submittedOn: '2025-10-09',
    rows,
    totals: { purchasesFen: 9_999_999, collectedFen: 8_888_888, collectionRateBp: 8888, standardFen: 180_000, payableFen: 150_000, finalFen: 160_000 },
    reviewers: [
      { roleLabel: '销售文员', name: '刘燕', on: '2025-10-10' },
      { roleLabel: '销售部经理', name: '赵刚', on: '2025-10-11' },
      { roleLabel: '财务', name: null, on: null },
    ],
    printedAt: '2025-10-20 09:30',
  };
}

/** A row of `sampleStatement`: the `i`th customer, adjusted with `reason` when one is given. */
export function sampleRow(customerName: string, i: number, reason: string | null = null): StatementDocumentRow {
  return {
    customerName,
    purchasesFen: 1_234_567 + i,
    collectedFen: 1_000_000,
    collectionRateBp: 8100,
    standardFen: 30_000,
    payableFen: 24_300,
    adjustedFen: reason ? 30_000 : null,
    adjustmentReason: reason,
    finalFen: reason ? 30_000 : 24_300,
  };
}
