import { z } from 'zod';
import type { DailyLogRow } from './daily-log.queries';
import { dayView } from './visit-record-day';

export const dailyLogView = z.object({
  id: z.string(),
  repId: z.string(),
  repName: z.string(),
  officeId: z.string(),
  date: z.string(),
  summary: z.string(),
  summaryAt: z.string(),
  /** The office manager's comment; null until there is one. */
  comment: z.object({ text: z.string(), byId: z.string(), byName: z.string(), at: z.string() }).nullable(),
  /** The rep may still change the summary (nobody has commented yet). */
  editable: z.boolean(),
  plannedContacts: z.number(),
  doneContacts: z.number(),
  flaggedContacts: z.number(),
  version: z.number(),
});
export type DailyLogView = z.infer<typeof dailyLogView>;

/** A day as the log page shows it: the plan and the visits of the day (the 今日拜访 view), and the log if written. */
export const dailyLogDayView = z.object({ day: dayView, log: dailyLogView.nullable() });

export function presentDailyLog(row: DailyLogRow): DailyLogView {
  const commented = row.commentedAt !== null && row.managerComment !== null && row.commentedBy !== null;
  return {
    id: row.id,
    repId: row.repId,
    repName: row.repName,
    officeId: row.officeId,
    date: row.date,
    summary: row.summary,
    summaryAt: row.summaryAt.toISOString(),
    comment: commented ? { text: row.managerComment!, byId: row.commentedBy!, byName: row.commentedByName ?? '', at: row.commentedAt!.toISOString() } : null,
    editable: !commented,
    plannedContacts: row.plannedContacts,
    doneContacts: row.doneContacts,
    flaggedContacts: row.flaggedContacts,
    version: row.version,
  };
}
