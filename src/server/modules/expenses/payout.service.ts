import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { IsoDate } from '../../../domain/calendar/dates';
import { checkDraw, payoutPosition, type PayoutInput } from '../../../domain/expenses/payout';
import { inScope, type Actor } from '../../../domain/identity/policies';
import { fenSchema } from '../../../domain/sales/ledger-schemas';
import { sumFen } from '../../../domain/sales/fen';
import { both } from '../../../domain/shared/bilingual-issue';
import type { Db } from '../../db/client';
import { expensePayoutDraws, users } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { loadExpenseSettings } from './expense-settings.service';
import { addToDrawn, drawsOfRep, findDraw, lockDraw, lockRep, payableStatementsOfRep } from './payout.queries';
import { presentDraw, presentPosition, type DrawView, type PayoutPositionView } from './payout.presenter';
import { statementStatusOn, type StatementRecord } from './statement-store';
import { findStatementInScope } from './statement-store';

export const drawBody = z.object({ amountFen: fenSchema.refine((v) => v > 0, both('借支金额须大于 0', 'must be more than zero')) });
export const settleBody = z.object({
  version: z.number().int().min(1),
  receiptsFen: fenSchema.refine((v) => v >= 0, both('不能为负数', 'cannot be negative')),
  returnedFen: fenSchema.refine((v) => v >= 0, both('不能为负数', 'cannot be negative')),
  note: z.string().trim().max(200, both('最多 200 个字符', 'at most 200 characters')).optional(),
});

/** The domain's view of one rep's statements and draws (every month), as the payout rules need it. */
function payoutInput(today: IsoDate, limitFen: number, statements: readonly StatementRecord[], draws: readonly { draw: { statementId: string; amountFen: number; receiptsFen: number; returnedFen: number } }[]): PayoutInput {
  return {
    today,
    limitFen,
    statements: statements.map((s) => ({ statementId: s.id, approved: statementStatusOn(s, today) === 'finance_approved', payoutFrom: s.payoutFrom, finalFen: s.finalFen })),
    draws: draws.map((d) => ({ statementId: d.draw.statementId, amountFen: d.draw.amountFen })),
    settledFen: sumFen(draws.map((d) => d.draw.receiptsFen + d.draw.returnedFen)),
  };
}

const refused = (reason: string, zh: string, en: string) =>
  new AppError('EXPENSE_PAYOUT_REFUSED', [{ field: 'amountFen', message: zh, message_en: en }], undefined, { reason });

/**
 * Finance records the cash a rep draws against an approved statement (DOMAIN §6: from the 9th working day, within
 * the borrowing limit). The rep's row is locked first, so draws for one rep (across statements) run one at a time
 * and each sees the others; the statement's drawn amount is then raised by a conditional update that can never pass
 * its final amount. Two finance users paying the same statement at once: the second waits, sees it paid, and is
 * refused with 409. Audited with the amounts before and after.
 */
export async function recordDraw(db: Db, actor: Actor, statementId: string, input: z.infer<typeof drawBody>, meta: RequestMeta): Promise<DrawView> {
  const today = shanghaiDate(meta.now);
  const { statement } = await findStatementInScope(db, actor, statementId);
  const { settings } = await loadExpenseSettings(db, actor.orgId);
  const id = await db.transaction(async (tx) => {
    const t = tx as Db;
    await lockRep(t, actor.orgId, statement.repId);
    const statements = await payableStatementsOfRep(t, actor.orgId, statement.repId, statementId);
    const draws = await drawsOfRep(t, actor.orgId, statement.repId);
    const input0 = payoutInput(today, settings.borrowingLimitFen, statements, draws);
    const check = checkDraw(input0, { statementId, amountFen: input.amountFen });
    if (!check.ok) throw refused(check.reason, check.zh, check.en);
    const before = statements.find((s) => s.id === statementId)!;
    const drawnAfter = await addToDrawn(t, actor.orgId, statementId, input.amountFen, meta.now);
    if (drawnAfter === null) throw refused('paid', '这张统计表已全部兑付，不能重复兑付', 'This statement has been paid in full; it cannot be paid twice');
    const [made] = await t
      .insert(expensePayoutDraws)
      .values({ orgId: actor.orgId, statementId, repId: statement.repId, amountFen: input.amountFen, drawnOn: today, recordedBy: actor.userId, recordedAt: meta.now })
      .returning({ id: expensePayoutDraws.id });
    const position = payoutPosition(input0);
    await recordAudit(
      t,
      {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'expense_payout.draw',
        targetType: 'expense_statement',
        targetId: statementId,
        before: { drawnFen: before.drawnFen, outstandingFen: position.outstandingFen },
        after: { drawId: made!.id, amountFen: input.amountFen, drawnFen: drawnAfter, outstandingFen: position.outstandingFen + input.amountFen, repId: statement.repId },
        ip: meta.ip,
      },
      meta.now,
    );
    return made!.id;
  });
  return presentDraw((await findDraw(db, actor, id))!);
}

/**
 * Finance records what the rep accounts for on a draw: receipts for money paid to customers and cash handed back
 * (核销). The amounts are the totals so far (a later entry corrects or completes an earlier one); together never more
 * than the draw. Version-checked and audited.
 */
export async function settleDraw(db: Db, actor: Actor, drawId: string, input: z.infer<typeof settleBody>, meta: RequestMeta): Promise<DrawView> {
  const today = shanghaiDate(meta.now);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const d = await lockDraw(t, actor, drawId);
    if (!d) throw new AppError('NOT_FOUND');
    if (d.version !== input.version) throw new AppError('VERSION_CONFLICT');
    if (input.receiptsFen + input.returnedFen > d.amountFen) {
      throw new AppError('EXPENSE_SETTLEMENT_INVALID', [
        {
          field: 'receiptsFen',
          message: `票据与交回现金合计不能超过借支金额 ${(d.amountFen / 100).toFixed(2)} 元`,
          message_en: `Receipts and cash handed back together cannot exceed the ${(d.amountFen / 100).toFixed(2)} yuan drawn`,
        },
      ]);
    }
    const note = input.note ? input.note : d.note;
    await t
      .update(expensePayoutDraws)
      .set({ receiptsFen: input.receiptsFen, returnedFen: input.returnedFen, note, settledOn: today, settledBy: actor.userId, settledAt: meta.now, version: d.version + 1 })
      .where(and(eq(expensePayoutDraws.orgId, actor.orgId), eq(expensePayoutDraws.id, drawId)));
    await recordAudit(
      t,
      {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'expense_payout.settle',
        targetType: 'expense_payout_draw',
        targetId: drawId,
        before: { receiptsFen: d.receiptsFen, returnedFen: d.returnedFen, settledOn: d.settledOn, version: d.version },
        after: { receiptsFen: input.receiptsFen, returnedFen: input.returnedFen, settledOn: today, note, version: d.version + 1 },
        ip: meta.ip,
      },
      meta.now,
    );
  });
  return presentDraw((await findDraw(db, actor, drawId))!);
}

/** A rep's payout position today: limit, outstanding, headroom, and what each approved statement still allows. */
export async function payoutPositionOf(db: Db, actor: Actor, repId: string, today: IsoDate): Promise<PayoutPositionView> {
  const [rep] = await db.select({ id: users.id, name: users.displayName, orgId: users.orgId, officeId: users.officeId }).from(users).where(and(eq(users.orgId, actor.orgId), eq(users.id, repId)));
  if (!rep || !inScope(actor, { orgId: rep.orgId, officeId: rep.officeId, ownerId: rep.id })) throw new AppError('NOT_FOUND');
  const { settings } = await loadExpenseSettings(db, actor.orgId);
  const statements = await payableStatementsOfRep(db, actor.orgId, repId);
  const draws = await drawsOfRep(db, actor.orgId, repId);
  const position = payoutPosition(payoutInput(today, settings.borrowingLimitFen, statements, draws));
  return presentPosition(rep, settings.borrowingLimitFen, position, new Map(statements.map((s) => [s.id, s])), draws);
}
