import { z } from 'zod';
import type { PayoutPosition } from '../../../domain/expenses/payout';
import type { DrawRow } from './payout.queries';

export const drawView = z.object({
  id: z.string(),
  statementId: z.string(),
  /** YYYY-MM, the statement month the cash pays for. */
  month: z.string(),
  repId: z.string(),
  repName: z.string(),
  officeName: z.string(),
  amountFen: z.number(),
  drawnOn: z.string(),
  recordedBy: z.string(),
  recordedByName: z.string(),
  recordedAt: z.date(),
  /** Settlement: paid to customers with receipts, and cash handed back. */
  receiptsFen: z.number(),
  returnedFen: z.number(),
  /** What the rep still has to account for: amount − receipts − returned. */
  outstandingFen: z.number(),
  settledOn: z.string().nullable(),
  settledByName: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number(),
});
export type DrawView = z.infer<typeof drawView>;

export function presentDraw(r: DrawRow): DrawView {
  const d = r.draw;
  return {
    id: d.id,
    statementId: d.statementId,
    month: r.month.slice(0, 7),
    repId: d.repId,
    repName: r.repName,
    officeName: r.officeName,
    amountFen: d.amountFen,
    drawnOn: d.drawnOn,
    recordedBy: d.recordedBy,
    recordedByName: r.recordedByName,
    recordedAt: d.recordedAt,
    receiptsFen: d.receiptsFen,
    returnedFen: d.returnedFen,
    outstandingFen: d.amountFen - d.receiptsFen - d.returnedFen,
    settledOn: d.settledOn,
    settledByName: r.settledByName ?? null,
    note: d.note,
    version: d.version,
  };
}

const statementPayoutView = z.object({
  statementId: z.string(),
  month: z.string(),
  payoutFrom: z.string(),
  finalFen: z.number(),
  drawnFen: z.number(),
  remainingFen: z.number(),
  /** not-approved | not-open-yet | nothing-payable | paid | open (domain payoutPosition). */
  state: z.enum(['not-approved', 'not-open-yet', 'nothing-payable', 'paid', 'open']),
  drawableFen: z.number(),
});

export const payoutPositionView = z.object({
  repId: z.string(),
  repName: z.string(),
  limitFen: z.number(),
  drawnFen: z.number(),
  settledFen: z.number(),
  outstandingFen: z.number(),
  headroomFen: z.number(),
  drawableNowFen: z.number(),
  statements: z.array(statementPayoutView),
  draws: z.array(drawView),
});
export type PayoutPositionView = z.infer<typeof payoutPositionView>;

export function presentPosition(
  rep: { id: string; name: string },
  limitFen: number,
  position: PayoutPosition,
  statements: Map<string, { month: string; payoutFrom: string }>,
  draws: DrawRow[],
): PayoutPositionView {
  return {
    repId: rep.id,
    repName: rep.name,
    limitFen,
    drawnFen: position.drawnFen,
    settledFen: position.settledFen,
    outstandingFen: position.outstandingFen,
    headroomFen: position.headroomFen,
    drawableNowFen: position.drawableNowFen,
    statements: position.statements.map((s) => ({ ...s, month: statements.get(s.statementId)!.month.slice(0, 7), payoutFrom: statements.get(s.statementId)!.payoutFrom })),
    draws: draws.map(presentDraw),
  };
}
