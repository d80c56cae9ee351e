import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ADJUSTMENT_REASON_MAX, adjustRow, clearAdjustment } from '../../../domain/expenses/adjustment';
import { isEditable } from '../../../domain/expenses/review';
import { optionalText } from '../../../domain/customers/text-fields';
import type { Actor } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import { fenSchema } from '../../../domain/sales/ledger-schemas';
import { fieldLabel } from '../../../domain/shared/field-labels';
import type { Db } from '../../db/client';
import { expenseStatementRows, expenseStatements } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { lockStatement, lockStatementRow } from './statement.queries';
import { loadStatementRows, recordReviewEvent, rowColumns, statementStatusOn, toStatementRow, totalColumns } from './statement-store';

/** The customer's row; adjustedFen null puts it back to its computed amount. `version` is the row's. */
export const adjustRowBody = z.object({ customerId: idSchema, version: z.number().int().min(1), adjustedFen: fenSchema.nullable(), reason: optionalText(ADJUSTMENT_REASON_MAX) });

/**
 * The rep changes what is paid out for one customer of their draft or returned statement (domain adjustRow: more than
 * the computed payable amount needs a reason). The row's version is checked; the totals follow in the same
 * transaction; the trail and the audit log keep the amount before and after.
 */
export async function adjustStatementRow(db: Db, actor: Actor, statementId: string, input: z.infer<typeof adjustRowBody>, meta: RequestMeta): Promise<void> {
  const { customerId } = input;
  const today = shanghaiDate(meta.now);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const statement = await lockStatement(t, actor, statementId);
    if (!statement) throw new AppError('NOT_FOUND');
    const status = statementStatusOn(statement, today);
    if (status === 'void') throw new AppError('EXPENSE_STATEMENT_VOID');
    if (!isEditable(status)) throw new AppError('EXPENSE_STATEMENT_LOCKED');
    const record = await lockStatementRow(t, actor.orgId, statementId, customerId);
    if (!record) throw new AppError('NOT_FOUND');
    if (record.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const before = toStatementRow(record);
    let after = clearAdjustment(before);
    if (input.adjustedFen !== null) {
      const adjusted = adjustRow(before, { adjustedFen: input.adjustedFen, reason: input.reason });
      if (!adjusted.ok) {
        const label = fieldLabel(adjusted.field);
        throw new AppError('VALIDATION_FAILED', [{ field: adjusted.field, message: `${label.zh}：${adjusted.error.zh}`, message_en: `${label.en}: ${adjusted.error.en}` }]);
      }
      after = adjusted.row;
    }
    await t
      .update(expenseStatementRows)
      .set({ ...rowColumns(after), adjustedBy: after.adjustedFen === null ? null : actor.userId, adjustedAt: after.adjustedFen === null ? null : meta.now, version: record.version + 1 })
      .where(and(eq(expenseStatementRows.orgId, actor.orgId), eq(expenseStatementRows.statementId, statementId), eq(expenseStatementRows.customerId, customerId)));
    const totals = totalColumns(await loadStatementRows(t, actor.orgId, statementId));
    await t
      .update(expenseStatements)
      .set({ ...totals, version: statement.version + 1, updatedAt: meta.now })
      .where(and(eq(expenseStatements.orgId, actor.orgId), eq(expenseStatements.id, statementId)));
    await recordReviewEvent(t, actor, today, meta.now, {
      statementId,
      action: 'adjust',
      statusBefore: statement.status,
      statusAfter: statement.status,
      customerId,
      amountBeforeFen: before.finalFen,
      amountAfterFen: after.finalFen,
      comment: after.adjustmentReason,
    });
    const audited = (r: typeof before) => ({ customerId, adjustedFen: r.adjustedFen, adjustmentReason: r.adjustmentReason, finalFen: r.finalFen });
    await recordAudit(
      t,
      { orgId: actor.orgId, actorId: actor.userId, action: 'expense_statement.adjust', targetType: 'expense_statement', targetId: statementId, before: { ...audited(before), statementFinalFen: statement.finalFen }, after: { ...audited(after), statementFinalFen: totals.finalFen }, ip: meta.ip },
      meta.now,
    );
  });
}
