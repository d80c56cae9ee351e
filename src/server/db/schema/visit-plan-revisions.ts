import { foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs, visitPlans } from '../schema';

/**
 * The approved versions of a monthly visit plan (第 1 版, 第 2 版 …): each approval keeps what was approved — the
 * days with their contacts (customer name at the time, kind, objective) — so a plan the rep later reopens for
 * revision still shows what was agreed before. Reopening stamps the version it replaces with who, when and why.
 */
export const visitPlanRevisions = pgTable(
  'visit_plan_revisions',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    planId: uuid('plan_id').notNull(),
    revision: integer('revision').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }).notNull(),
    approvedBy: uuid('approved_by').notNull(),
    comment: text('comment'),
    /** [{ date, customerId, customerName, kind, objective }] in route order. */
    contacts: jsonb('contacts').notNull(),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    reopenedBy: uuid('reopened_by'),
    reopenReason: text('reopen_reason'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.planId, t.revision] }),
    foreignKey({ columns: [t.orgId, t.planId], foreignColumns: [visitPlans.orgId, visitPlans.id], name: 'visit_plan_revisions_plan_fk' }).onDelete('cascade'),
  ],
);
