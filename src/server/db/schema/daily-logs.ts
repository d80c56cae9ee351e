import { date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { offices, orgs, users } from '../schema';

/**
 * A rep's daily log (成功手册, DOMAIN §3): the rep's summary of one working day, and the office manager's comment on it
 * (who and when). The day's plan and visits are not copied here: they are read from the plan and the visit records.
 * One per rep and day. The rep edits the summary (at the version read) until the manager has commented; the manager
 * may revise the comment, also at the version read.
 */
export const dailyLogs = pgTable(
  'daily_logs',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    repId: uuid('rep_id').notNull(),
    /** The rep's office when the log was written; its manager reads and comments. */
    officeId: uuid('office_id').notNull(),
    /** The day in Asia/Shanghai. */
    date: date('date', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    summaryAt: timestamp('summary_at', { withTimezone: true }).notNull(),
    managerComment: text('manager_comment'),
    commentedBy: uuid('commented_by'),
    commentedAt: timestamp('commented_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('daily_logs_rep_date_uq').on(t.orgId, t.repId, t.date),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [users.orgId, users.id], name: 'daily_logs_rep_fk' }),
    foreignKey({ columns: [t.orgId, t.officeId], foreignColumns: [offices.orgId, offices.id], name: 'daily_logs_office_fk' }),
    foreignKey({ columns: [t.orgId, t.commentedBy], foreignColumns: [users.orgId, users.id], name: 'daily_logs_commented_by_fk' }),
    index('daily_logs_org_office_date_idx').on(t.orgId, t.officeId, t.date),
  ],
);
