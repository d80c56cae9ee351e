import { sql } from 'drizzle-orm';
import { bigint, check, date, foreignKey, pgTable, primaryKey, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgs, products, users } from '../schema';

/**
 * A product's 客情费 standard over time (DOMAIN.md §6): each row is in force from `effective_from` until the next
 * row's date. Statements price each purchase at the standard in force on the order's date
 * (src/domain/expenses/standard-history.ts); products.expense_standard_fen keeps the one in force today.
 * One row per product and date: a second change on the same date replaces the first.
 */
export const productExpenseStandards = pgTable(
  'product_expense_standards',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    productId: uuid('product_id').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** 客情费 per unit sold, in fen. */
    standardFen: bigint('standard_fen', { mode: 'number' }).notNull(),
    /** Null for the rows the migration wrote from the catalogue. */
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.productId, t.effectiveFrom] }),
    foreignKey({ columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id], name: 'product_expense_standards_product_fk' }),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id], name: 'product_expense_standards_created_by_fk' }),
    check('product_expense_standards_fen_ck', sql`${t.standardFen} >= 0`),
  ],
);
