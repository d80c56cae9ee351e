import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { calendarDateSchema } from '../../../domain/customers/calendar-dates';
import type { Actor } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import { both } from '../../../domain/shared/bilingual-issue';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { dailyLogs } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { presentDailyLog, type DailyLogView } from './daily-log.presenter';
import { dailyLogOfDay, findDailyLog, lockDailyLog, lockDailyLogOfDay } from './daily-log.queries';
import { loadDay } from './visit-record-day';

const text = (max: number, missing: { zh: string; en: string }) =>
  z
    .string({ message: both(missing.zh, missing.en) })
    .trim()
    .min(1, both(missing.zh, missing.en))
    .max(max, both(`最多 ${max} 个字符`, `at most ${max} characters`));

/** The rep's summary of a day; version 0 writes the first one. */
export const writeDailyLogBody = z.object({
  date: calendarDateSchema,
  summary: text(4000, { zh: '请填写当日小结', en: 'write a summary of the day' }),
  version: z.number().int().min(0),
});
export const commentDailyLogBody = z.object({
  version: z.number().int().min(1),
  comment: text(2000, { zh: '请填写点评', en: 'write a comment' }),
});
export const dailyLogDayQuery = z.object({ date: calendarDateSchema.optional(), repId: idSchema.optional() });

export async function dailyLogOrNotFound(db: Db, actor: Actor, id: string): Promise<DailyLogView> {
  const row = await findDailyLog(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return presentDailyLog(row);
}

/**
 * A rep's day for the log (成功手册): the plan's contacts and the visits made (the rep's day as 今日拜访 shows it),
 * with the log if written. Another rep outside the actor's scope is 404 (the day view checks it).
 */
export async function loadDailyLogDay(db: Db, actor: Actor, query: z.infer<typeof dailyLogDayQuery>, now: Date) {
  const day = await loadDay(db, actor, query, now);
  const row = await dailyLogOfDay(db, actor.orgId, day.repId, day.date);
  return { day, log: row ? presentDailyLog(row) : null };
}

/**
 * The rep writes or rewrites their summary of a day (today or before, never a day to come) at the version read.
 * Once the office manager has commented the summary is closed: the comment answers what was written, so the text
 * it answers must stay as it was (DAILY_LOG_COMMENTED).
 */
export async function writeDailyLog(db: Db, actor: Actor, input: z.infer<typeof writeDailyLogBody>, meta: RequestMeta): Promise<DailyLogView> {
  if (input.date > shanghaiDate(meta.now)) throw new AppError('DAILY_LOG_FUTURE_DAY');
  if (!actor.officeId) throw new AppError('OFFICE_REQUIRED');
  try {
    await db.transaction(async (tx) => {
      const t = tx as Db;
      const log = await lockDailyLogOfDay(t, actor.orgId, actor.userId, input.date);
      if ((log?.version ?? 0) !== input.version) throw new AppError('VERSION_CONFLICT');
      if (log?.commentedAt) throw new AppError('DAILY_LOG_COMMENTED');
      let id: string;
      if (!log) {
        const [made] = await t
          .insert(dailyLogs)
          .values({ orgId: actor.orgId, repId: actor.userId, officeId: actor.officeId!, date: input.date, summary: input.summary, summaryAt: meta.now, createdAt: meta.now, updatedAt: meta.now })
          .returning({ id: dailyLogs.id });
        id = made!.id;
      } else {
        id = log.id;
        await t
          .update(dailyLogs)
          .set({ summary: input.summary, summaryAt: meta.now, version: log.version + 1, updatedAt: meta.now })
          .where(and(eq(dailyLogs.orgId, actor.orgId), eq(dailyLogs.id, id)));
      }
      await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'daily_log.write', targetType: 'daily_log', targetId: id, before: log ? { summary: log.summary } : null, after: { date: input.date, summary: input.summary }, ip: meta.ip }, meta.now);
    });
  } catch (err) {
    // Two first writes at once: the loser read no row, as version 0 did; the winner's row is newer than it.
    if (isUniqueViolation(err)) throw new AppError('VERSION_CONFLICT');
    throw err;
  }
  const row = await dailyLogOfDay(db, actor.orgId, actor.userId, input.date);
  return presentDailyLog(row!);
}

/** The office manager of the log's rep comments on it (or revises the comment) at the version read. */
export async function commentDailyLog(db: Db, actor: Actor, id: string, input: z.infer<typeof commentDailyLogBody>, meta: RequestMeta): Promise<DailyLogView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const log = await lockDailyLog(t, actor, id);
    if (!log) throw new AppError('NOT_FOUND');
    if (log.version !== input.version) throw new AppError('VERSION_CONFLICT');
    await t
      .update(dailyLogs)
      .set({ managerComment: input.comment, commentedBy: actor.userId, commentedAt: meta.now, version: log.version + 1, updatedAt: meta.now })
      .where(and(eq(dailyLogs.orgId, actor.orgId), eq(dailyLogs.id, id)));
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'daily_log.comment', targetType: 'daily_log', targetId: id, before: { comment: log.managerComment }, after: { comment: input.comment }, ip: meta.ip }, meta.now);
  });
  return dailyLogOrNotFound(db, actor, id);
}
