import { sql } from 'drizzle-orm';
import { bigint, boolean, check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { customers, offices, orgs, users } from '../schema';

/*
 * The 客情费 cycle (DOMAIN.md §6): monthly statements with one row per customer, the review trail, new-customer
 * special expense applications, cash draws against approved statements, and the sales manager's spot checks.
 * Keys follow the house rule: org_id first in every primary, foreign and unique key. Money is bigint fen.
 * The pure rules that fill these tables are in src/domain/expenses; /tmp/briefs/expenses-schema.md (and the
 * comments here) say what each column holds.
 */

const fen = (name: string) => bigint(name, { mode: 'number' });
const at = (name: string) => timestamp(name, { withTimezone: true });
const day = (name: string) => date(name, { mode: 'string' });

const REVIEW_STATUS_VALUES = ['draft', 'submitted', 'returned', 'clerk_approved', 'manager_approved', 'finance_approved'] as const;
const REVIEWER_ROLE_VALUES = ['clerk', 'sales_manager', 'finance'] as const;
const USAGE_VALUES = ['purchaser', 'purchasing_head', 'executive', 'new_customer', 'events'] as const;

/**
 * 《月客户采购及客情费统计表》: one per rep and statement month. `status` is the stored review status; "void" is never
 * stored: a statement not finance_approved is void once today (Asia/Shanghai) is after review_by (domain statusAt).
 * Totals are kept equal to the sums of its rows by the code that writes rows (same transaction).
 */
export const expenseStatements = pgTable(
  'expense_statements',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    repId: uuid('rep_id').notNull(),
    /** The rep's office when the statement was (re)generated; its manager may read it. */
    officeId: uuid('office_id').notNull(),
    /** First day of the statement month M (the month of the purchases). */
    month: day('month').notNull(),
    status: text('status', { enum: REVIEW_STATUS_VALUES }).notNull().default('draft'),
    /** The payout rules used for the rows: { payOnlyAfterCollection, payoutFollowsCollectionRate }. */
    rules: jsonb('rules').notNull(),
    /** Deadlines in M+1 from the working-day calendar and the settings at generation (3rd / 8th / 9th working day). */
    submitBy: day('submit_by').notNull(),
    reviewBy: day('review_by').notNull(),
    payoutFrom: day('payout_from').notNull(),
    /** The latest submission (a returned statement is submitted again). Late when submitted_on > submit_by. */
    submittedOn: day('submitted_on'),
    submittedAt: at('submitted_at'),
    /** Signatures of the current review round (cleared by a return), each: who, the day (Shanghai) and the instant. */
    clerkBy: uuid('clerk_by'),
    clerkOn: day('clerk_on'),
    clerkAt: at('clerk_at'),
    managerBy: uuid('manager_by'),
    managerOn: day('manager_on'),
    managerAt: at('manager_at'),
    financeBy: uuid('finance_by'),
    financeOn: day('finance_on'),
    financeAt: at('finance_at'),
    /** The latest return, kept after resubmission so the rep's answer can be read against it. */
    lastReturnBy: uuid('last_return_by'),
    lastReturnRole: text('last_return_role', { enum: REVIEWER_ROLE_VALUES }),
    lastReturnOn: day('last_return_on'),
    lastReturnAt: at('last_return_at'),
    lastReturnComment: text('last_return_comment'),
    /** Totals of the rows (domain statementTotals); the collection rate is derived from purchases and collected. */
    customerCount: integer('customer_count').notNull().default(0),
    purchasesFen: fen('purchases_fen').notNull().default(0),
    collectedFen: fen('collected_fen').notNull().default(0),
    standardFen: fen('standard_fen').notNull().default(0),
    payableFen: fen('payable_fen').notNull().default(0),
    finalFen: fen('final_fen').notNull().default(0),
    adjustedRows: integer('adjusted_rows').notNull().default(0),
    /**
     * Cash drawn against this statement so far (payout, H2): raised by a conditional update in the draw's
     * transaction. The check keeps Σ draws ≤ final amount at the database level, so a statement cannot be paid twice.
     */
    drawnFen: fen('drawn_fen').notNull().default(0),
    generatedAt: at('generated_at').notNull(),
    generatedBy: uuid('generated_by'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('expense_statements_rep_month_uq').on(t.orgId, t.repId, t.month),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [users.orgId, users.id], name: 'expense_statements_rep_fk' }),
    foreignKey({ columns: [t.orgId, t.officeId], foreignColumns: [offices.orgId, offices.id], name: 'expense_statements_office_fk' }),
    index('expense_statements_org_month_office_idx').on(t.orgId, t.month, t.officeId),
    index('expense_statements_org_status_month_idx').on(t.orgId, t.status, t.month),
    check('expense_statements_drawn_ck', sql`${t.drawnFen} >= 0 and ${t.drawnFen} <= ${t.finalFen}`),
    check('expense_statements_amounts_ck', sql`${t.collectedFen} >= 0 and ${t.payableFen} >= 0 and ${t.finalFen} >= 0`),
  ],
);

/**
 * One customer of a statement (domain StatementRow). final_fen = adjusted_fen when adjusted, else payable_fen.
 * `products` is the per-product split the ledger accounts use: [{ productId, quantity, standardFen }] ordered by product id.
 */
export const expenseStatementRows = pgTable(
  'expense_statement_rows',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    statementId: uuid('statement_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    purchasesFen: fen('purchases_fen').notNull(),
    collectedFen: fen('collected_fen').notNull(),
    /** Basis points, rounded down, at most 10,000; null when net purchases are not positive. */
    collectionRateBp: integer('collection_rate_bp'),
    standardFen: fen('standard_fen').notNull(),
    payableFen: fen('payable_fen').notNull(),
    /** Why payable is what it is: no-standard, no-net-purchases, collection-rate, fully-collected, not-fully-collected, unconditional. */
    basis: text('basis').notNull(),
    adjustedFen: fen('adjusted_fen'),
    adjustmentReason: text('adjustment_reason'),
    adjustedBy: uuid('adjusted_by'),
    adjustedAt: at('adjusted_at'),
    finalFen: fen('final_fen').notNull(),
    products: jsonb('products').notNull().default([]),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.statementId, t.customerId] }),
    foreignKey({ columns: [t.orgId, t.statementId], foreignColumns: [expenseStatements.orgId, expenseStatements.id], name: 'expense_statement_rows_statement_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'expense_statement_rows_customer_fk' }),
    index('expense_statement_rows_org_customer_idx').on(t.orgId, t.customerId),
    check('expense_statement_rows_amounts_ck', sql`${t.collectedFen} >= 0 and ${t.payableFen} >= 0 and ${t.finalFen} >= 0 and (${t.adjustedFen} is null or ${t.adjustedFen} >= 0)`),
  ],
);

/** The statement's trail: every generation, adjustment, submission, approval and return, in order (seq). */
export const expenseReviewEvents = pgTable(
  'expense_review_events',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    /** Orders events written in the same millisecond. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    statementId: uuid('statement_id').notNull(),
    at: at('at').notNull(),
    /** The day in Asia/Shanghai the deadlines are compared with. */
    on: day('on').notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    action: text('action', { enum: ['generate', 'regenerate', 'adjust', 'submit', 'approve', 'return'] }).notNull(),
    statusBefore: text('status_before'),
    statusAfter: text('status_after').notNull(),
    /** For an adjustment: the customer whose row changed. */
    customerId: uuid('customer_id'),
    /** Adjustment: the row's final amount before and after; other actions: the statement's final total. */
    amountBeforeFen: fen('amount_before_fen'),
    amountAfterFen: fen('amount_after_fen'),
    /** Return comment or adjustment reason. */
    comment: text('comment'),
    /** A submission after submit_by (allowed, marked). Signatures after review_by cannot happen: the statement is void then. */
    late: boolean('late').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.statementId], foreignColumns: [expenseStatements.orgId, expenseStatements.id], name: 'expense_review_events_statement_fk' }).onDelete('cascade'),
    index('expense_review_events_org_statement_idx').on(t.orgId, t.statementId, t.seq),
  ],
);

/** 《新客户特殊费用申请表》: filed by the rep for their own customer before its first order; decided by the sales manager. */
export const expenseSpecialApplications = pgTable(
  'expense_special_applications',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    customerId: uuid('customer_id').notNull(),
    repId: uuid('rep_id').notNull(),
    /** The rep's office when filed. */
    officeId: uuid('office_id').notNull(),
    usage: text('usage', { enum: USAGE_VALUES }).notNull(),
    amountFen: fen('amount_fen').notNull(),
    reason: text('reason').notNull(),
    /** Day filed (Asia/Shanghai); its month is the month of the 《月新客户特殊费用申请汇总表》 it is listed on. */
    filedOn: day('filed_on').notNull(),
    filedAt: at('filed_at').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'refused'] }).notNull().default('pending'),
    decidedBy: uuid('decided_by'),
    decidedOn: day('decided_on'),
    decidedAt: at('decided_at'),
    decisionComment: text('decision_comment'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'expense_special_applications_customer_fk' }),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [users.orgId, users.id], name: 'expense_special_applications_rep_fk' }),
    foreignKey({ columns: [t.orgId, t.officeId], foreignColumns: [offices.orgId, offices.id], name: 'expense_special_applications_office_fk' }),
    index('expense_special_applications_org_filed_idx').on(t.orgId, t.filedOn),
    index('expense_special_applications_org_rep_filed_idx').on(t.orgId, t.repId, t.filedOn),
    index('expense_special_applications_org_customer_idx').on(t.orgId, t.customerId),
    check('expense_special_applications_amount_ck', sql`${t.amountFen} > 0`),
  ],
);

/**
 * Cash a rep draws against an approved statement (payout, H2), recorded by finance, and its settlement: receipts for
 * money paid to customers plus cash handed back. Outstanding for the borrowing limit = Σ amount − Σ (receipts + returned).
 */
export const expensePayoutDraws = pgTable(
  'expense_payout_draws',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    statementId: uuid('statement_id').notNull(),
    repId: uuid('rep_id').notNull(),
    amountFen: fen('amount_fen').notNull(),
    drawnOn: day('drawn_on').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: at('recorded_at').notNull(),
    /** Settlement: paid to customers (backed by receipts) and cash handed back to finance. */
    receiptsFen: fen('receipts_fen').notNull().default(0),
    returnedFen: fen('returned_fen').notNull().default(0),
    settledOn: day('settled_on'),
    settledBy: uuid('settled_by'),
    settledAt: at('settled_at'),
    note: text('note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.statementId], foreignColumns: [expenseStatements.orgId, expenseStatements.id], name: 'expense_payout_draws_statement_fk' }),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [users.orgId, users.id], name: 'expense_payout_draws_rep_fk' }),
    foreignKey({ columns: [t.orgId, t.recordedBy], foreignColumns: [users.orgId, users.id], name: 'expense_payout_draws_recorded_by_fk' }),
    index('expense_payout_draws_org_rep_idx').on(t.orgId, t.repId, t.drawnOn),
    index('expense_payout_draws_org_statement_idx').on(t.orgId, t.statementId),
    check(
      'expense_payout_draws_amounts_ck',
      sql`${t.amountFen} > 0 and ${t.receiptsFen} >= 0 and ${t.returnedFen} >= 0 and ${t.receiptsFen} + ${t.returnedFen} <= ${t.amountFen}`,
    ),
  ],
);

/** The sales manager's spot check of an approved statement (H2): one per statement, so a draw cannot be repeated until it suits. */
export const expenseSpotChecks = pgTable(
  'expense_spot_checks',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    statementId: uuid('statement_id').notNull(),
    /** The recorded seed (0 … 2³² − 1): drawSpotCheck(statement customers, sample_size, seed) replays the draw. */
    seed: bigint('seed', { mode: 'number' }).notNull(),
    sampleSize: integer('sample_size').notNull(),
    drawnBy: uuid('drawn_by').notNull(),
    drawnAt: at('drawn_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('expense_spot_checks_statement_uq').on(t.orgId, t.statementId),
    foreignKey({ columns: [t.orgId, t.statementId], foreignColumns: [expenseStatements.orgId, expenseStatements.id], name: 'expense_spot_checks_statement_fk' }),
    check('expense_spot_checks_seed_ck', sql`${t.seed} >= 0 and ${t.seed} <= 4294967295 and ${t.sampleSize} > 0`),
  ],
);

/** A customer drawn for a spot check (seq: order drawn) and its confirmation. */
export const expenseSpotCheckItems = pgTable(
  'expense_spot_check_items',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    spotCheckId: uuid('spot_check_id').notNull(),
    statementId: uuid('statement_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    seq: integer('seq').notNull(),
    /** null until checked: confirmed (the customer received it) or discrepancy. */
    result: text('result', { enum: ['confirmed', 'discrepancy'] }),
    note: text('note'),
    confirmedBy: uuid('confirmed_by'),
    confirmedAt: at('confirmed_at'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.spotCheckId, t.customerId] }),
    foreignKey({ columns: [t.orgId, t.spotCheckId], foreignColumns: [expenseSpotChecks.orgId, expenseSpotChecks.id], name: 'expense_spot_check_items_check_fk' }).onDelete('cascade'),
    foreignKey({
      columns: [t.orgId, t.statementId, t.customerId],
      foreignColumns: [expenseStatementRows.orgId, expenseStatementRows.statementId, expenseStatementRows.customerId],
      name: 'expense_spot_check_items_row_fk',
    }),
  ],
);
