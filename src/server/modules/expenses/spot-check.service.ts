import { randomInt } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { drawSpotCheck, MAX_SEED } from '../../../domain/expenses/spot-check';
import type { Actor } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import { both } from '../../../domain/shared/bilingual-issue';
import type { Db } from '../../db/client';
import { expenseSpotCheckItems, expenseSpotChecks } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { loadExpenseSettings } from './expense-settings.service';
import { findSpotCheck, lockSpotCheckItem, spotCheckPool } from './spot-check.queries';
import { userNames } from './statement.queries';
import { findStatementInScope, statementStatusOn } from './statement-store';

export const confirmBody = z.object({
  customerId: idSchema,
  version: z.number().int().min(1),
  result: z.enum(['confirmed', 'discrepancy'], { message: both('请选择核实结果', 'choose the result') }),
  note: z.string().trim().max(500, both('最多 500 个字符', 'at most 500 characters')).optional(),
});

export const spotCheckView = z.object({
  id: z.string(),
  statementId: z.string(),
  seed: z.number(),
  sampleSize: z.number(),
  drawnBy: z.string(),
  drawnByName: z.string(),
  drawnAt: z.date(),
  /** drawSpotCheck(the statement's paid customers, sample size, seed) gives these customers in this order again. */
  reproducible: z.boolean(),
  items: z.array(
    z.object({
      customerId: z.string(),
      customerName: z.string(),
      finalFen: z.number(),
      seq: z.number(),
      result: z.enum(['confirmed', 'discrepancy']).nullable(),
      note: z.string().nullable(),
      confirmedByName: z.string().nullable(),
      confirmedAt: z.date().nullable(),
      version: z.number(),
    }),
  ),
});
export type SpotCheckView = z.infer<typeof spotCheckView>;

const refused = (reason: string, zh: string, en: string) => new AppError('EXPENSE_SPOT_CHECK_REFUSED', [{ field: 'statement', message: zh, message_en: en }], undefined, { reason });

/** The statement's spot check with the customers drawn and their confirmations; null when none was drawn yet. */
export async function loadSpotCheck(db: Db, actor: Actor, statementId: string): Promise<SpotCheckView | null> {
  await findStatementInScope(db, actor, statementId);
  const found = await findSpotCheck(db, actor.orgId, statementId);
  if (!found) return null;
  const { check, items } = found;
  const names = await userNames(db, actor.orgId, [check.drawnBy, ...items.flatMap((i) => (i.item.confirmedBy ? [i.item.confirmedBy] : []))]);
  const replay = drawSpotCheck(await spotCheckPool(db, actor.orgId, statementId), check.sampleSize, check.seed);
  return {
    id: check.id,
    statementId,
    seed: check.seed,
    sampleSize: check.sampleSize,
    drawnBy: check.drawnBy,
    drawnByName: names.get(check.drawnBy) ?? '',
    drawnAt: check.drawnAt,
    reproducible: JSON.stringify(replay.customerIds) === JSON.stringify(items.map((i) => i.item.customerId)),
    items: items.map((i) => ({
      customerId: i.item.customerId,
      customerName: i.customerName,
      finalFen: i.finalFen,
      seq: i.item.seq,
      result: i.item.result,
      note: i.item.note,
      confirmedByName: i.item.confirmedBy ? (names.get(i.item.confirmedBy) ?? '') : null,
      confirmedAt: i.item.confirmedAt,
      version: i.item.version,
    })),
  };
}

/**
 * The sales manager's spot check (DOMAIN §6: after payout, 抽查 3 家确认): N customers (the settings' sample size) of an
 * approved statement drawn with a fresh random seed, which is stored so anyone can replay the draw. One per
 * statement (a unique key): drawing again until the sample suits is impossible, also for two requests at once.
 */
export async function runSpotCheck(db: Db, actor: Actor, statementId: string, meta: RequestMeta, seed: number = randomInt(0, MAX_SEED + 1)): Promise<SpotCheckView> {
  const { statement } = await findStatementInScope(db, actor, statementId);
  if (statementStatusOn(statement, shanghaiDate(meta.now)) !== 'finance_approved') {
    throw refused('not-approved', '只有三级审核完成的统计表才能抽查', 'Only a statement signed by all three reviewers can be spot-checked');
  }
  const { settings } = await loadExpenseSettings(db, actor.orgId);
  const pool = await spotCheckPool(db, actor.orgId, statementId);
  if (pool.length === 0) throw refused('nothing-paid', '这张统计表没有兑付客情费的客户，无需抽查', 'No customer on this statement is paid anything, so there is nothing to check');
  const draw = drawSpotCheck(pool, settings.spotCheckSampleSize, seed);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const [made] = await t
      .insert(expenseSpotChecks)
      .values({ orgId: actor.orgId, statementId, seed: draw.seed, sampleSize: draw.sampleSize, drawnBy: actor.userId, drawnAt: meta.now })
      .onConflictDoNothing()
      .returning({ id: expenseSpotChecks.id });
    if (!made) throw new AppError('EXPENSE_SPOT_CHECK_EXISTS');
    await t.insert(expenseSpotCheckItems).values(draw.customerIds.map((customerId, i) => ({ orgId: actor.orgId, spotCheckId: made.id, statementId, customerId, seq: i + 1 })));
    await recordAudit(
      t,
      { orgId: actor.orgId, actorId: actor.userId, action: 'expense_spot_check.draw', targetType: 'expense_statement', targetId: statementId, before: null, after: { spotCheckId: made.id, seed: draw.seed, sampleSize: draw.sampleSize, customerIds: draw.customerIds }, ip: meta.ip },
      meta.now,
    );
  });
  return (await loadSpotCheck(db, actor, statementId))!;
}

/** Records one drawn customer's confirmation (confirmed, or a discrepancy with a note); version-checked, audited. */
export async function confirmSpotCheckItem(db: Db, actor: Actor, statementId: string, input: z.infer<typeof confirmBody>, meta: RequestMeta): Promise<SpotCheckView> {
  const { customerId } = input;
  await findStatementInScope(db, actor, statementId);
  if (input.result === 'discrepancy' && !input.note) {
    throw new AppError('VALIDATION_FAILED', [{ field: 'note', message: '说明：核实不符时请写明情况', message_en: 'Note: say what did not match' }]);
  }
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const found = await findSpotCheck(t, actor.orgId, statementId);
    if (!found) throw refused('not-drawn', '这张统计表还没有抽查，请先抽取客户', 'No customers have been drawn for this statement yet');
    const item = await lockSpotCheckItem(t, actor.orgId, found.check.id, customerId);
    if (!item) throw new AppError('VALIDATION_FAILED', [{ field: 'customerId', message: '客户：不在本次抽查名单中', message_en: 'Customer: not among the customers drawn' }]);
    if (item.version !== input.version) throw new AppError('VERSION_CONFLICT');
    const after = { result: input.result, note: input.note ?? null, confirmedBy: actor.userId, confirmedAt: meta.now, version: item.version + 1 };
    await t
      .update(expenseSpotCheckItems)
      .set(after)
      .where(and(eq(expenseSpotCheckItems.orgId, actor.orgId), eq(expenseSpotCheckItems.spotCheckId, found.check.id), eq(expenseSpotCheckItems.customerId, customerId)));
    await recordAudit(
      t,
      {
        orgId: actor.orgId,
        actorId: actor.userId,
        action: 'expense_spot_check.confirm',
        targetType: 'expense_statement',
        targetId: statementId,
        before: { customerId, result: item.result, note: item.note, version: item.version },
        after: { customerId, result: after.result, note: after.note, version: after.version },
        ip: meta.ip,
      },
      meta.now,
    );
  });
  return (await loadSpotCheck(db, actor, statementId))!;
}
