import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { doneLate } from '../../../domain/expenses/deadlines';
import { RETURN_COMMENT_MAX, transition, type ReviewAction, type TransitionResult } from '../../../domain/expenses/review';
import type { Actor } from '../../../domain/identity/policies';
import { both } from '../../../domain/shared/bilingual-issue';
import type { Db } from '../../db/client';
import { expenseStatements } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { lockStatement } from './statement.queries';
import { recordReviewEvent, reviewColumns, reviewStateOf } from './statement-store';

export const reviewStepBody = z.object({ version: z.number().int().min(1) });
export const returnStatementBody = z.object({
  version: z.number().int().min(1),
  comment: z.string({ message: both('退回时请写明原因', 'say why the statement is returned') }).max(RETURN_COMMENT_MAX, both(`最多 ${RETURN_COMMENT_MAX} 个字符`, `at most ${RETURN_COMMENT_MAX} characters`)),
});

export type ReviewStep = ReviewAction['type'];

/** The domain's refusal as an API error: its reason in the body, its sentence as the message of the field it concerns. */
function refusalError(result: Exclude<TransitionResult, { ok: true }>): AppError {
  switch (result.reason) {
    case 'wrong-role':
    case 'not-owner':
      return new AppError('FORBIDDEN');
    case 'void':
      return new AppError('EXPENSE_STATEMENT_VOID');
    case 'comment-required':
      return new AppError('VALIDATION_FAILED', [{ field: 'comment', message: `意见：${result.zh}`, message_en: `Comment: ${result.en}` }]);
    default:
      return new AppError('EXPENSE_REVIEW_REFUSED', [{ field: 'status', message: result.zh, message_en: result.en }], undefined, { reason: result.reason });
  }
}

/**
 * One step of the review (DOMAIN §6): the rep submits (late is allowed and marked), then clerk → sales manager →
 * finance approve in turn, or any of them returns it with a comment. The domain's transition decides; the
 * statement's version is checked; the trail and the audit log record the step in the same transaction.
 */
export async function reviewStatement(db: Db, actor: Actor, id: string, step: ReviewStep, input: { version: number; comment?: string }, meta: RequestMeta): Promise<void> {
  const today = shanghaiDate(meta.now);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const s = await lockStatement(t, actor, id);
    if (!s) throw new AppError('NOT_FOUND');
    if (s.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const action: ReviewAction = step === 'return' ? { type: 'return', on: today, comment: input.comment ?? '' } : { type: step, on: today };
    const result = transition(reviewStateOf(s), action, { userId: actor.userId, role: actor.role });
    if (!result.ok) throw refusalError(result);
    const columns = { ...reviewColumns(result.state, s, meta.now), ...(step === 'submit' ? { submittedAt: meta.now } : {}) };
    await t
      .update(expenseStatements)
      .set({ ...columns, version: s.version + 1, updatedAt: meta.now })
      .where(and(eq(expenseStatements.orgId, actor.orgId), eq(expenseStatements.id, id)));
    const late = step === 'submit' && doneLate(s.submitBy, today);
    const comment = step === 'return' ? (result.state.lastReturn?.comment ?? null) : null;
    await recordReviewEvent(t, actor, today, meta.now, { statementId: id, action: step, statusBefore: s.status, statusAfter: result.state.status, amountBeforeFen: s.finalFen, amountAfterFen: s.finalFen, comment, late });
    await recordAudit(
      t,
      { orgId: actor.orgId, actorId: actor.userId, action: `expense_statement.${step}`, targetType: 'expense_statement', targetId: id, before: { status: s.status, version: s.version }, after: { status: result.state.status, version: s.version + 1, comment, late, finalFen: s.finalFen }, ip: meta.ip },
      meta.now,
    );
  });
}
