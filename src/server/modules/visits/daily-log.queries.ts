import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { rowScope } from '../../db/row-scope';
import { dailyLogs, users, visitPlanItems, visitPlans, visits } from '../../db/schema';

/** The logs the actor may see: a rep their own, an office manager their office's, organisation-wide roles all. */
export function dailyLogScope(actor: Actor): SQL {
  return rowScope(actor, { orgId: dailyLogs.orgId, officeId: dailyLogs.officeId, ownerId: dailyLogs.repId });
}

const logColumns = {
  id: dailyLogs.id,
  repId: dailyLogs.repId,
  repName: users.displayName,
  officeId: dailyLogs.officeId,
  date: dailyLogs.date,
  summary: dailyLogs.summary,
  summaryAt: dailyLogs.summaryAt,
  managerComment: dailyLogs.managerComment,
  commentedBy: dailyLogs.commentedBy,
  commentedByName: sql<string | null>`(select c.display_name from users c where c.org_id = ${dailyLogs.orgId} and c.id = ${dailyLogs.commentedBy})`,
  commentedAt: dailyLogs.commentedAt,
  version: dailyLogs.version,
  /** Contacts on the rep's plan that day, and contacts recorded (and flagged) that day. */
  plannedContacts: sql<number>`(select count(*)::int from ${visitPlanItems} join ${visitPlans} on ${visitPlans.orgId} = ${visitPlanItems.orgId} and ${visitPlans.id} = ${visitPlanItems.planId} where ${visitPlans.orgId} = ${dailyLogs.orgId} and ${visitPlans.repId} = ${dailyLogs.repId} and ${visitPlanItems.date} = ${dailyLogs.date})`,
  doneContacts: sql<number>`(select count(*)::int from ${visits} where ${visits.orgId} = ${dailyLogs.orgId} and ${visits.repId} = ${dailyLogs.repId} and ${visits.date} = ${dailyLogs.date})`,
  flaggedContacts: sql<number>`(select count(*)::int from ${visits} where ${visits.orgId} = ${dailyLogs.orgId} and ${visits.repId} = ${dailyLogs.repId} and ${visits.date} = ${dailyLogs.date} and ${visits.flagged})`,
};
export type DailyLogRow = NonNullable<Awaited<ReturnType<typeof findDailyLog>>>;

function fromLogs(db: Db) {
  return db
    .select(logColumns)
    .from(dailyLogs)
    .innerJoin(users, and(eq(users.orgId, dailyLogs.orgId), eq(users.id, dailyLogs.repId)));
}

export async function findDailyLog(db: Db, actor: Actor, id: string) {
  const [row] = await fromLogs(db).where(and(dailyLogScope(actor), eq(dailyLogs.id, id)));
  return row;
}

/** The rep's log of a day, if written (the caller has checked the rep is in scope). */
export async function dailyLogOfDay(db: Db, orgId: string, repId: string, date: string) {
  const [row] = await fromLogs(db).where(and(eq(dailyLogs.orgId, orgId), eq(dailyLogs.repId, repId), eq(dailyLogs.date, date)));
  return row;
}

const lockColumns = { id: dailyLogs.id, repId: dailyLogs.repId, summary: dailyLogs.summary, managerComment: dailyLogs.managerComment, commentedAt: dailyLogs.commentedAt, version: dailyLogs.version };

/** Locks the rep's log of a day for the rest of the transaction. */
export async function lockDailyLogOfDay(db: Db, orgId: string, repId: string, date: string) {
  const [row] = await db.select(lockColumns).from(dailyLogs).where(and(eq(dailyLogs.orgId, orgId), eq(dailyLogs.repId, repId), eq(dailyLogs.date, date))).for('update');
  return row;
}

/** Locks a log in the actor's scope for the rest of the transaction. */
export async function lockDailyLog(db: Db, actor: Actor, id: string) {
  const [row] = await db.select(lockColumns).from(dailyLogs).where(and(dailyLogScope(actor), eq(dailyLogs.id, id))).for('update');
  return row;
}

/** The logs in scope between two days, newest day first, then by rep; optionally one rep's, or only those not commented on. */
export async function listDailyLogs(db: Db, actor: Actor, q: { from: string; to: string; repId?: string; uncommented?: boolean }) {
  return fromLogs(db)
    .where(and(dailyLogScope(actor), gte(dailyLogs.date, q.from), lte(dailyLogs.date, q.to), q.repId ? eq(dailyLogs.repId, q.repId) : undefined, q.uncommented ? sql`${dailyLogs.commentedAt} is null` : undefined))
    .orderBy(desc(dailyLogs.date), users.displayName, dailyLogs.id)
    .limit(500);
}
