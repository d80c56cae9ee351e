import { z } from 'zod';
import { optionalText } from '../customers/text-fields';
import { fenSchema } from '../sales/ledger-schemas';
import { formatYuan } from '../sales/money';
import { explainIssue, type IssueLike } from '../shared/bilingual-issue';
import type { Bilingual } from '../shared/messages';
import type { StatementRow } from './statement';

/**
 * A rep's adjustment of one statement row: another amount to pay out instead of the computed payable one.
 *
 * - Never negative (fenSchema): 客情费 is money paid to keep the relationship, not money owed back.
 * - Paying more than the computed payable amount needs a reason, always: above the standard, and also
 *   above what the collection rules allow (an unpaid customer's row is 0, and raising it without a word
 *   would bypass 回款后兑现). The reviewers read the reason.
 * - Paying less, or exactly the computed amount, needs none (a reason may still be given).
 * Reasons are trimmed; a blank reason is no reason.
 */
export const ADJUSTMENT_REASON_MAX = 200;

export const adjustmentInputSchema = z.object({
  adjustedFen: fenSchema,
  reason: optionalText(ADJUSTMENT_REASON_MAX),
});
export type AdjustmentInput = z.input<typeof adjustmentInputSchema>;

export type AdjustmentResult = { ok: true; row: StatementRow } | { ok: false; field: 'adjustedFen' | 'reason'; error: Bilingual };

export function adjustRow(row: StatementRow, input: AdjustmentInput): AdjustmentResult {
  const parsed = adjustmentInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, field: issue?.path[0] === 'reason' ? 'reason' : 'adjustedFen', error: explainIssue((issue ?? { code: 'custom' }) as IssueLike) };
  }
  const { adjustedFen, reason } = parsed.data;
  if (adjustedFen > row.payableFen && !reason) {
    const aboveStandard = adjustedFen > row.standardFen;
    return {
      ok: false,
      field: 'reason',
      error: aboveStandard
        ? {
            zh: `调整后金额高于客情费标准 ${formatYuan(row.standardFen)}，请填写原因`,
            en: `The adjusted amount is above the standard of ${formatYuan(row.standardFen)}; give a reason`,
          }
        : {
            zh: `调整后金额高于按回款计算的应付金额 ${formatYuan(row.payableFen)}，请填写原因`,
            en: `The adjusted amount is above the ${formatYuan(row.payableFen)} payable after collections; give a reason`,
          },
    };
  }
  return { ok: true, row: { ...row, adjustedFen, adjustmentReason: reason ?? null, finalFen: adjustedFen } };
}

/** The row as computed, without the rep's adjustment. */
export function clearAdjustment(row: StatementRow): StatementRow {
  return { ...row, adjustedFen: null, adjustmentReason: null, finalFen: row.payableFen };
}
