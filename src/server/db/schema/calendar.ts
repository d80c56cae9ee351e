import { date, foreignKey, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs, users } from '../schema';

/**
 * An administrator's override of the working-day calendar for one date (工作日历): a day off the official
 * arrangement does not have (公司年会), a working day on a weekend or holiday (展会值班), or a whole year's notice
 * typed in before chinese-days ships it (2027). At most one per organisation and date; overrides always win.
 */
export const calendarOverrides = pgTable(
  'calendar_overrides',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    date: date('date', { mode: 'string' }).notNull(),
    kind: text('kind', { enum: ['workday', 'holiday'] }).notNull(),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.date] }),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id], name: 'calendar_overrides_created_by_fk' }),
  ],
);
