import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { addMonths, dayNumber, type IsoDate } from '../../../domain/calendar/dates';
import { adjustRow } from '../../../domain/expenses/adjustment';
import { monthKey, statementDeadlines, type StatementMonth } from '../../../domain/expenses/deadlines';
import { isEditable, STATEMENT_STATUS_LABELS } from '../../../domain/expenses/review';
import { computeStatementAtStandards } from '../../../domain/expenses/standard-history';
import type { StatementRow } from '../../../domain/expenses/statement';
import type { Actor } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import { both } from '../../../domain/shared/bilingual-issue';
import type { Db } from '../../db/client';
import { expenseStatementRows, expenseStatements } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { expenseCalendar } from './expense-calendar';
import { loadExpenseSettings } from './expense-settings.service';
import { collectionsOf, lockStatementOfMonth, productStandards, purchasesOf, statementReps, statementsWhere } from './statement.queries';
import { loadStatementRows, recordReviewEvent, rowColumns, statementStatusOn, totalColumns, type StatementRecord } from './statement-store';
import { presentSummaries } from './statement-view';
import { standardHistories } from '../sales/products.standards';

export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, both('月份格式应为 YYYY-MM，如 2025-09', 'must be a month as YYYY-MM, e.g. 2025-09'));

export const generateStatementsBody = z.object({ month: monthSchema.optional(), repId: idSchema.optional() });

interface Rep {
  id: string;
  name: string;
  officeId: string;
}

/**
 * Whose statements a generation makes: a rep their own; the clerk and the sales manager one named rep, or every
 * active rep of the organisation. A named user outside the actor's scope is 404; one who is not an active rep with
 * an office cannot have a statement.
 */
async function repsToGenerate(db: Db, actor: Actor, repId: string | undefined): Promise<Rep[]> {
  const named = actor.role === 'rep' ? (repId ?? actor.userId) : repId;
  const found = await statementReps(db, actor, named);
  if (named) {
    const [rep] = found;
    if (!rep) throw new AppError('NOT_FOUND');
    if (rep.role !== 'rep' || !rep.active || !rep.officeId) throw new AppError('EXPENSE_NOT_A_REP');
  }
  return found.filter((r) => r.officeId !== null).map((r) => ({ id: r.id, name: r.name, officeId: r.officeId! }));
}

/** The statement month: the one asked for, or the month before today's; it must be over. */
function statementMonthOf(month: string | undefined, today: IsoDate): { month: StatementMonth; from: IsoDate; to: IsoDate } {
  const thisMonth = `${today.slice(0, 7)}-01`;
  const from = month ? `${month}-01` : addMonths(thisMonth, -1);
  if (dayNumber(from) >= dayNumber(thisMonth)) {
    throw new AppError('VALIDATION_FAILED', [{ field: 'month', message: '月份：只能生成已经结束的月份的统计表', message_en: 'Month: statements are made only for months that are over' }]);
  }
  return { month: { year: Number(from.slice(0, 4)), month: Number(from.slice(5, 7)) }, from, to: addMonths(from, 1) };
}

export interface DroppedAdjustment {
  statementId: string;
  customerId: string;
  adjustedFen: number;
  message: string;
  message_en: string;
}

/**
 * Keeps the rep's adjustments on a refreshed statement where the customer is still on it and the adjustment still
 * passes the domain rule (an amount above the new payable one needs its reason); the others are dropped and reported.
 */
function carryAdjustments(statementId: string, fresh: StatementRow[], old: StatementRow[], dropped: DroppedAdjustment[]): StatementRow[] {
  const before = new Map(old.map((r) => [r.customerId, r]));
  return fresh.map((row) => {
    const prev = before.get(row.customerId);
    if (prev?.adjustedFen === null || prev === undefined) return row;
    const kept = adjustRow(row, { adjustedFen: prev.adjustedFen, reason: prev.adjustmentReason });
    if (kept.ok) return kept.row;
    dropped.push({ statementId, customerId: row.customerId, adjustedFen: prev.adjustedFen, message: kept.error.zh, message_en: kept.error.en });
    return row;
  });
}

function byRep<T extends { repId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.repId);
    if (list) list.push(item);
    else map.set(item.repId, [item]);
  }
  return map;
}

async function writeRows(db: Db, orgId: string, statementId: string, rows: readonly StatementRow[], adjustedBy: Map<string, { by: string | null; at: Date | null }>) {
  await db.delete(expenseStatementRows).where(and(eq(expenseStatementRows.orgId, orgId), eq(expenseStatementRows.statementId, statementId)));
  const values = rows.map((row) => {
    const who = row.adjustedFen === null ? undefined : adjustedBy.get(row.customerId);
    return { orgId, statementId, customerId: row.customerId, ...rowColumns(row), adjustedBy: who?.by ?? null, adjustedAt: who?.at ?? null };
  });
  for (let i = 0; i < values.length; i += 500) await db.insert(expenseStatementRows).values(values.slice(i, i + 500));
}

/**
 * Generates the statements of a month (the previous month by default) from the orders, returns and collections of
 * each rep's customers: one grouped query for all reps, the rows by the domain's computeStatement with each purchase
 * at the 客情费 standard in force on its order's date (the short history loaded once), the deadlines from
 * the working-day calendar. A draft or returned statement is refreshed (keeping adjustments, see carryAdjustments);
 * a submitted, approved or void one is never touched and is reported as skipped. All or nothing, in one transaction.
 */
export async function generateStatements(db: Db, actor: Actor, input: z.infer<typeof generateStatementsBody>, meta: RequestMeta) {
  const today = shanghaiDate(meta.now);
  const { month, from, to } = statementMonthOf(input.month, today);
  const reps = await repsToGenerate(db, actor, input.repId);
  const { settings } = await loadExpenseSettings(db, actor.orgId);
  const deadlines = statementDeadlines(await expenseCalendar(db, actor.orgId), month, settings);
  if (!deadlines.ok) throw new AppError('CALENDAR_YEAR_NOT_CONFIGURED', [{ field: 'month', message: `月份：${deadlines.error.zh}`, message_en: `Month: ${deadlines.error.en}` }]);
  const rules = { payOnlyAfterCollection: settings.payOnlyAfterCollection, payoutFollowsCollectionRate: settings.payoutFollowsCollectionRate };
  const { submitBy, reviewBy, payoutFrom } = deadlines.value;

  const skipped: { repId: string; repName: string; statementId: string; status: string; message: string; message_en: string }[] = [];
  const dropped: DroppedAdjustment[] = [];
  const made = await db.transaction(async (tx) => {
    const t = tx as Db;
    const repIds = reps.map((r) => r.id);
    const lines = await purchasesOf(t, actor.orgId, repIds, from, to);
    const collected = await collectionsOf(t, actor.orgId, repIds, from, to);
    const products = await productStandards(t, actor.orgId);
    const histories = await standardHistories(t, actor.orgId);
    const linesOf = byRep(lines);
    const collectedOf = byRep(collected);
    const ids: string[] = [];
    for (const rep of reps) {
      const fresh = computeStatementAtStandards({ lines: linesOf.get(rep.id) ?? [], collections: collectedOf.get(rep.id) ?? [], products, histories, rules });
      const content = { officeId: rep.officeId, rules, submitBy, reviewBy, payoutFrom, generatedAt: meta.now, generatedBy: actor.userId, updatedAt: meta.now };
      const existing: StatementRecord | undefined = await lockStatementOfMonth(t, actor.orgId, rep.id, from);
      let id: string;
      let rows = fresh;
      const adjustedBy = new Map<string, { by: string | null; at: Date | null }>();
      if (existing) {
        const status = statementStatusOn(existing, today);
        if (!isEditable(status)) {
          skipped.push({ repId: rep.id, repName: rep.name, statementId: existing.id, status, message: STATEMENT_STATUS_LABELS[status].zh, message_en: STATEMENT_STATUS_LABELS[status].en });
          continue;
        }
        id = existing.id;
        const old = await loadStatementRows(t, actor.orgId, id);
        const oldRecords = await t
          .select({ customerId: expenseStatementRows.customerId, by: expenseStatementRows.adjustedBy, at: expenseStatementRows.adjustedAt })
          .from(expenseStatementRows)
          .where(and(eq(expenseStatementRows.orgId, actor.orgId), eq(expenseStatementRows.statementId, id)));
        for (const r of oldRecords) adjustedBy.set(r.customerId, { by: r.by, at: r.at });
        rows = carryAdjustments(id, fresh, old, dropped);
        await t
          .update(expenseStatements)
          .set({ ...content, ...totalColumns(rows), version: existing.version + 1 })
          .where(and(eq(expenseStatements.orgId, actor.orgId), eq(expenseStatements.id, id)));
      } else {
        const [row] = await t
          .insert(expenseStatements)
          .values({ orgId: actor.orgId, repId: rep.id, month: from, ...content, ...totalColumns(rows), createdAt: meta.now })
          .onConflictDoNothing()
          .returning({ id: expenseStatements.id });
        // Another generation of the same rep and month committed first.
        if (!row) throw new AppError('VERSION_CONFLICT');
        id = row.id;
      }
      await writeRows(t, actor.orgId, id, rows, adjustedBy);
      const total = totalColumns(rows);
      await recordReviewEvent(t, actor, today, meta.now, {
        statementId: id,
        action: existing ? 'regenerate' : 'generate',
        statusBefore: existing?.status ?? null,
        statusAfter: existing?.status ?? 'draft',
        amountBeforeFen: existing?.finalFen ?? null,
        amountAfterFen: total.finalFen,
      });
      await recordAudit(
        t,
        {
          orgId: actor.orgId,
          actorId: actor.userId,
          action: existing ? 'expense_statement.regenerate' : 'expense_statement.generate',
          targetType: 'expense_statement',
          targetId: id,
          before: existing ? { finalFen: existing.finalFen, customers: existing.customerCount, version: existing.version } : null,
          after: { repId: rep.id, month: monthKey(month), ...total, submitBy, reviewBy, payoutFrom },
          ip: meta.ip,
        },
        meta.now,
      );
      ids.push(id);
    }
    return ids;
  });
  const rows = made.length ? await statementsWhere(db, actor, inArray(expenseStatements.id, made)) : [];
  return { month: monthKey(month), items: await presentSummaries(db, actor.orgId, rows, today), skipped, droppedAdjustments: dropped };
}
