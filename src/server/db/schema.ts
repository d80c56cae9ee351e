import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { calendarOverrides } from './schema/calendar';
import { visitPhotos, visits } from './schema/visit-records';
import { dailyLogs } from './schema/daily-logs';
import { productExpenseStandards } from './schema/product-standards';
import { visitPlanRevisions } from './schema/visit-plan-revisions';
import { expensePayoutDraws, expenseReviewEvents, expenseSpecialApplications, expenseSpotCheckItems, expenseSpotChecks, expenseStatementRows, expenseStatements } from './schema/expenses';

export * from './schema/calendar';
export * from './schema/expenses';
export * from './schema/visit-records';
export * from './schema/daily-logs';
export * from './schema/product-standards';
export * from './schema/visit-plan-revisions';

/*
 * Every business table carries org_id in its primary key and in every foreign and unique key, so that
 * the schema can be distributed by org_id (Citus) when one server is outgrown.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Version for optimistic edits, timestamps, and a soft-delete mark that an undo clears. */
const softDeletableRecord = () => ({
  version: integer('version').notNull().default(1),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
});

export const orgs = pgTable('orgs', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  timezone: text('timezone').notNull().default('Asia/Shanghai'),
  createdAt: createdAt(),
});

export const offices = pgTable(
  'offices',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    regionCode: text('region_code'),
    address: text('address'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), unique('offices_org_name_uq').on(t.orgId, t.name)],
);

export const users = pgTable(
  'users',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role', { enum: ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'] }).notNull(),
    officeId: uuid('office_id'),
    phone: text('phone'),
    email: text('email'),
    passwordHash: text('password_hash').notNull(),
    mustChangePassword: boolean('must_change_password').notNull().default(false),
    active: boolean('active').notNull().default(true),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('users_org_username_uq').on(t.orgId, t.username),
    foreignKey({ columns: [t.orgId, t.officeId], foreignColumns: [offices.orgId, offices.id], name: 'users_office_fk' }),
    index('users_org_office_idx').on(t.orgId, t.officeId),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    /** sha256 of the secret in the cookie; the secret itself is never stored. */
    id: text('id').notNull(),
    userId: uuid('user_id').notNull(),
    createdAt: createdAt(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id], name: 'sessions_user_fk' }).onDelete('cascade'),
    index('sessions_org_user_idx').on(t.orgId, t.userId),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    ip: text('ip'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    index('audit_org_at_idx').on(t.orgId, sql`${t.at} desc`, t.id),
  ],
);

/** The organisation's list of customer types (seeded with DOMAIN.md's defaults; administrators change it). */
export const customerTypes = pgTable(
  'customer_types',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    code: text('code').notNull(),
    zh: text('zh').notNull(),
    en: text('en').notNull(),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.code] })],
);

export const customers = pgTable(
  'customers',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    /** An outside system's code (ERP, import file), unique within the organisation when present. */
    externalCode: text('external_code'),
    name: text('name').notNull(),
    /** normaliseName(name), for the duplicate rule "same name in the same county". */
    nameKey: text('name_key').notNull(),
    /** Lower-case ASCII: pinyin keys of the name, phones and credit code, for trigram search. */
    searchText: text('search_text').notNull(),
    typeCode: text('type_code').notNull(),
    regionCode: text('region_code'),
    address: text('address'),
    lng: doublePrecision('lng'),
    lat: doublePrecision('lat'),
    datum: text('datum'),
    /** The office the customer belongs to; with no owner the customer is in that office's unassigned pool. */
    officeId: uuid('office_id').notNull(),
    ownerId: uuid('owner_id'),
    status: text('status', { enum: ['prospect', 'active', 'lost'] }).notNull(),
    source: text('source'),
    sourceNote: text('source_note'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    creditCode: text('credit_code'),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    profile: jsonb('profile').notNull().default({}),
    preferences: text('preferences'),
    importantDates: jsonb('important_dates').notNull().default([]),
    /** Values of the administrator-defined fields (customer_fields), by field key. */
    custom: jsonb('custom').notNull().default({}),
    /** Set when this customer was merged into another; the row is then soft-deleted and its history moved over. */
    mergedInto: uuid('merged_into'),
    /** The grade of the latest monthly ABC grading (null: not graded yet). */
    grade: text('grade', { enum: ['A', 'B', 'C', 'none'] }),
    ...softDeletableRecord(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.officeId], foreignColumns: [offices.orgId, offices.id], name: 'customers_office_fk' }),
    foreignKey({ columns: [t.orgId, t.mergedInto], foreignColumns: [t.orgId, t.id], name: 'customers_merged_into_fk' }),
    index('customers_custom_idx').using('gin', sql`${t.custom} jsonb_path_ops`),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [users.orgId, users.id], name: 'customers_owner_fk' }),
    foreignKey({ columns: [t.orgId, t.typeCode], foreignColumns: [customerTypes.orgId, customerTypes.code], name: 'customers_type_fk' }),
    uniqueIndex('customers_external_code_uq').on(t.orgId, t.externalCode).where(sql`${t.externalCode} is not null`),
    // The list walks a scope in its order (list-pages.queries.ts): the organisation, an office, an owner; by last update.
    index('customers_org_name_idx').on(t.orgId, t.name, t.id),
    index('customers_org_owner_name_idx').on(t.orgId, t.ownerId, t.name, t.id),
    index('customers_org_office_name_idx').on(t.orgId, t.officeId, t.name, t.id),
    index('customers_org_updated_idx').on(t.orgId, t.updatedAt, t.id),
    // A region prefix with type and status (the list's usual filters) checked in the index, not in the table; with the
    // list's keys and the deleted mark, so that the sorted keys of a filtered page come from the index alone.
    index('customers_org_region_type_keys_idx').on(t.orgId, t.regionCode, t.typeCode, t.status, t.name, t.id, t.deletedAt),
    index('customers_org_credit_idx').on(t.orgId, t.creditCode),
    index('customers_org_name_key_idx').on(t.orgId, t.nameKey),
    index('customers_phones_idx').using('gin', t.phones),
    index('customers_search_idx').using('gin', sql`${t.searchText} gin_trgm_ops`),
  ],
);

/** Key people (联系人) of a customer and their part in the purchase decision. */
export const customerContacts = pgTable(
  'customer_contacts',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    customerId: uuid('customer_id').notNull(),
    name: text('name').notNull(),
    roles: text('roles').array().notNull(),
    title: text('title'),
    phones: text('phones').array().notNull().default(sql`'{}'::text[]`),
    wechat: text('wechat'),
    birthday: text('birthday'),
    birthdayLunar: boolean('birthday_lunar').notNull().default(false),
    preferences: text('preferences'),
    left: boolean('left').notNull().default(false),
    leftOn: text('left_on'),
    ...softDeletableRecord(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'contacts_customer_fk' }),
    index('contacts_org_customer_idx').on(t.orgId, t.customerId),
  ],
);

/** Every change to a customer or one of its key people: who, when, and each field before and after. */
export const customerHistory = pgTable(
  'customer_history',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    /** Orders entries written in the same millisecond. */
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    customerId: uuid('customer_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    entity: text('entity', { enum: ['customer', 'contact'] }).notNull(),
    entityId: uuid('entity_id').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'history_customer_fk' }),
    index('history_org_customer_at_idx').on(t.orgId, t.customerId, sql`${t.at} desc`, sql`${t.seq} desc`),
  ],
);

/** Administrator-defined customer fields, for one customer type or (type_code null) for all. */
export const customerFields = pgTable(
  'customer_fields',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    /** The key under which customers.custom holds the value; never changes once created. */
    key: text('key').notNull(),
    typeCode: text('type_code'),
    labelZh: text('label_zh').notNull(),
    labelEn: text('label_en').notNull(),
    kind: text('kind', { enum: ['text', 'number', 'date', 'single', 'multi'] }).notNull(),
    /** For single and multiple choice: [{ value, zh, en }]. */
    options: jsonb('options').notNull().default([]),
    required: boolean('required').notNull().default(false),
    sort: integer('sort').notNull().default(0),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('customer_fields_org_key_uq').on(t.orgId, t.key),
    foreignKey({ columns: [t.orgId, t.typeCode], foreignColumns: [customerTypes.orgId, customerTypes.code], name: 'customer_fields_type_fk' }),
  ],
);

/** A user's named customer-list filters. */
export const savedViews = pgTable(
  'saved_views',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    name: text('name').notNull(),
    /** The list query (filters and sort) as the customer list API takes it. */
    query: jsonb('query').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('saved_views_user_name_uq').on(t.orgId, t.userId, t.name),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id], name: 'saved_views_user_fk' }).onDelete('cascade'),
  ],
);

/** An uploaded file of customers or order lines on its way through column mapping, dry run and import (the table keeps its first name). */
export const customerImports = pgTable(
  'customer_imports',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    userId: uuid('user_id').notNull(),
    /** What the file holds: customers, or order lines (rows with the same 订单号 form one order). */
    kind: text('kind', { enum: ['customers', 'orders'] }).notNull().default('customers'),
    fileName: text('file_name').notNull(),
    /** The header row as read from the file. */
    headers: jsonb('headers').notNull(),
    /** The data rows as text cells (array of arrays), kept until the import is done. */
    rows: jsonb('rows'),
    rowCount: integer('row_count').notNull(),
    /** Header → customer field (or custom field key, or null to ignore). */
    mapping: jsonb('mapping'),
    status: text('status', { enum: ['uploaded', 'checked', 'failed', 'imported'] }).notNull(),
    /** Problems of the last dry run: [{ row, column, message, message_en }]. */
    problems: jsonb('problems').notNull().default([]),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    /** Orders: orders of the file already imported with the same content (customers count theirs from the rows). */
    unchanged: integer('unchanged').notNull().default(0),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id], name: 'customer_imports_user_fk' }),
    index('customer_imports_org_user_idx').on(t.orgId, t.userId, t.kind, sql`${t.createdAt} desc`),
  ],
);

/** Settings an administrator changes per organisation (ABC thresholds, and later visit and expense rules), by key. */
export const orgSettings = pgTable(
  'org_settings',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    key: text('key').notNull(),
    value: jsonb('value').notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.key] })],
);

const fen = (name: string) => bigint(name, { mode: 'number' });

/** The product catalogue, with the 客情费 standard per unit that the expense cycle uses. */
export const products = pgTable(
  'products',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    spec: text('spec'),
    category: text('category').notNull(),
    unit: text('unit').notNull(),
    listPriceFen: fen('list_price_fen').notNull(),
    costFen: fen('cost_fen').notNull(),
    expenseStandardFen: fen('expense_standard_fen').notNull(),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), unique('products_org_code_uq').on(t.orgId, t.code)],
);

/** Sales and returns. Amounts are signed: a return's amount and cost are negative. */
export const orders = pgTable(
  'orders',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    customerId: uuid('customer_id').notNull(),
    kind: text('kind', { enum: ['sale', 'return'] }).notNull(),
    orderDate: date('order_date', { mode: 'string' }).notNull(),
    /** For a return: the sale it returns goods from. */
    returnOf: uuid('return_of'),
    /** The sending system's order number (ERP push, import): the same number twice is the same order. */
    externalRef: text('external_ref'),
    source: text('source', { enum: ['manual', 'import', 'erp'] }).notNull(),
    amountFen: fen('amount_fen').notNull(),
    /** Product cost of the lines at the time of the order, for gross margin. */
    costFen: fen('cost_fen').notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'orders_customer_fk' }),
    foreignKey({ columns: [t.orgId, t.returnOf], foreignColumns: [t.orgId, t.id], name: 'orders_return_of_fk' }),
    uniqueIndex('orders_external_ref_uq').on(t.orgId, t.externalRef).where(sql`${t.externalRef} is not null`),
    index('orders_org_customer_date_idx').on(t.orgId, t.customerId, t.orderDate),
    index('orders_org_date_idx').on(t.orgId, t.orderDate),
  ],
);

export const orderLines = pgTable(
  'order_lines',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    orderId: uuid('order_id').notNull(),
    lineNo: integer('line_no').notNull(),
    productId: uuid('product_id').notNull(),
    /** Signed like the order: negative on a return. */
    quantity: integer('quantity').notNull(),
    unitPriceFen: fen('unit_price_fen').notNull(),
    amountFen: fen('amount_fen').notNull(),
    costFen: fen('cost_fen').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.orderId, t.lineNo] }),
    foreignKey({ columns: [t.orgId, t.orderId], foreignColumns: [orders.orgId, orders.id], name: 'order_lines_order_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id], name: 'order_lines_product_fk' }),
    index('order_lines_org_product_idx').on(t.orgId, t.productId),
  ],
);

/** Money collected (回款) against an order. */
export const collections = pgTable(
  'collections',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    customerId: uuid('customer_id').notNull(),
    orderId: uuid('order_id').notNull(),
    collectedOn: date('collected_on', { mode: 'string' }).notNull(),
    amountFen: fen('amount_fen').notNull(),
    externalRef: text('external_ref'),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.orderId], foreignColumns: [orders.orgId, orders.id], name: 'collections_order_fk' }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'collections_customer_fk' }),
    uniqueIndex('collections_external_ref_uq').on(t.orgId, t.externalRef).where(sql`${t.externalRef} is not null`),
    index('collections_org_order_idx').on(t.orgId, t.orderId),
    index('collections_org_customer_date_idx').on(t.orgId, t.customerId, t.collectedOn),
  ],
);

/**
 * Sales per customer, product and month, maintained in the same transaction as every order, return and
 * collection, so that ABC and the value analysis read at most a few rows per customer instead of every line.
 */
export const salesMonthly = pgTable(
  'sales_monthly',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    customerId: uuid('customer_id').notNull(),
    /** First day of the month (Asia/Shanghai calendar). */
    month: date('month', { mode: 'string' }).notNull(),
    productId: uuid('product_id').notNull(),
    quantity: integer('quantity').notNull().default(0),
    salesFen: fen('sales_fen').notNull().default(0),
    costFen: fen('cost_fen').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.customerId, t.month, t.productId] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'sales_monthly_customer_fk' }),
    foreignKey({ columns: [t.orgId, t.productId], foreignColumns: [products.orgId, products.id], name: 'sales_monthly_product_fk' }),
    index('sales_monthly_org_month_idx').on(t.orgId, t.month),
  ],
);

/**
 * A period of months whose per-customer sales are kept in sales_period_totals: built from sales_monthly the first
 * time an analysis asks for it, then kept exact by every order or return written into one of its months (same
 * transaction). The ABC analysis of a year then reads one row per customer instead of summing twelve months.
 */
export const salesPeriods = pgTable(
  'sales_periods',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    /** First days of the first and the last month. */
    firstMonth: date('first_month', { mode: 'string' }).notNull(),
    lastMonth: date('last_month', { mode: 'string' }).notNull(),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.firstMonth, t.lastMonth] })],
);

/** A customer's signed sales over one kept period (rows only for customers with sales_monthly rows in it). */
export const salesPeriodTotals = pgTable(
  'sales_period_totals',
  {
    orgId: uuid('org_id').notNull(),
    firstMonth: date('first_month', { mode: 'string' }).notNull(),
    lastMonth: date('last_month', { mode: 'string' }).notNull(),
    customerId: uuid('customer_id').notNull(),
    salesFen: fen('sales_fen').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.firstMonth, t.lastMonth, t.customerId] }),
    foreignKey({ columns: [t.orgId, t.firstMonth, t.lastMonth], foreignColumns: [salesPeriods.orgId, salesPeriods.firstMonth, salesPeriods.lastMonth], name: 'sales_period_totals_period_fk' }).onDelete('cascade'),
  ],
);

/** One ABC grading: a period, a scope, the thresholds used, and when and by whom it was computed. */
export const abcGradings = pgTable(
  'abc_gradings',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    /** monthly: the organisation-wide grading of the first working day, which sets customers' grades. */
    kind: text('kind', { enum: ['monthly', 'on_demand'] }).notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    scope: jsonb('scope').notNull().default({}),
    settings: jsonb('settings').notNull(),
    /** Counts and sales per class, the mix against the ideal. */
    summary: jsonb('summary').notNull(),
    computedAt: timestamp('computed_at', { withTimezone: true }).notNull(),
    computedBy: uuid('computed_by'),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.id] }), index('abc_gradings_org_kind_at_idx').on(t.orgId, t.kind, sql`${t.computedAt} desc`)],
);

export const abcGrades = pgTable(
  'abc_grades',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    gradingId: uuid('grading_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    grade: text('grade', { enum: ['A', 'B', 'C', 'none'] }).notNull(),
    salesFen: fen('sales_fen').notNull(),
    rank: integer('rank'),
    /** Cumulative share of sales up to and including this customer, in basis points. */
    cumulativeBp: integer('cumulative_bp'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.gradingId, t.customerId] }),
    foreignKey({ columns: [t.orgId, t.gradingId], foreignColumns: [abcGradings.orgId, abcGradings.id], name: 'abc_grades_grading_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'abc_grades_customer_fk' }),
    index('abc_grades_org_customer_idx').on(t.orgId, t.customerId),
  ],
);

/** One customer's own visit rule (either field null: the type's or the organisation's rule applies). */
export const customerVisitRules = pgTable(
  'customer_visit_rules',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    customerId: uuid('customer_id').notNull(),
    visitsPerMonth: integer('visits_per_month'),
    phoneAllowed: boolean('phone_allowed'),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.customerId] }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'customer_visit_rules_customer_fk' }),
  ],
);

/** Where a rep's visiting days start and end, how they travel and how many visits fit in their day (null: the organisation's). */
export const repTravelSettings = pgTable(
  'rep_travel_settings',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    userId: uuid('user_id').notNull(),
    startLng: doublePrecision('start_lng').notNull(),
    startLat: doublePrecision('start_lat').notNull(),
    startDatum: text('start_datum').notNull().default('GCJ-02'),
    mode: text('mode', { enum: ['motorbike', 'car', 'bus'] }).notNull().default('motorbike'),
    dailyCapacity: integer('daily_capacity'),
    /** What the start point is: the rep's home or the office. */
    startKind: text('start_kind', { enum: ['home', 'office'] }).notNull().default('office'),
    /** Where the day ends when not back at the start (all three null: back at the start). */
    endLng: doublePrecision('end_lng'),
    endLat: doublePrecision('end_lat'),
    endDatum: text('end_datum'),
    /** When the rep sets off, HH:mm on the day's clock (05:00–12:00). */
    dayStart: text('day_start').notNull().default('08:30'),
    version: integer('version').notNull().default(1),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.userId] }),
    foreignKey({ columns: [t.orgId, t.userId], foreignColumns: [users.orgId, users.id], name: 'rep_travel_settings_user_fk' }),
  ],
);

/** A rep's monthly visit plan (月度巡访计划表): one per rep and month; approved plans are never changed. */
export const visitPlans = pgTable(
  'visit_plans',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    repId: uuid('rep_id').notNull(),
    /** The rep's office when the plan was made; its manager reviews it. */
    officeId: uuid('office_id').notNull(),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'approved', 'returned'] }).notNull().default('draft'),
    dailyCapacity: integer('daily_capacity').notNull(),
    mode: text('mode', { enum: ['motorbike', 'car', 'bus'] }).notNull(),
    /** The start point used for the routes: { lng, lat, datum }. */
    start: jsonb('start').notNull(),
    /** Per working day: { date, week, totalMetres, totalTravelSeconds, finishSecond }. */
    days: jsonb('days').notNull().default([]),
    /** Contacts the generator could not place, with their reasons. */
    unplaced: jsonb('unplaced').notNull().default([]),
    comment: text('comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    /** The office manager's last adjustment of the submitted plan before reviewing it (each change is in audit_log). */
    adjustedAt: timestamp('adjusted_at', { withTimezone: true }),
    adjustedBy: uuid('adjusted_by'),
    generatedAt: timestamp('generated_at', { withTimezone: true }).notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('visit_plans_rep_month_uq').on(t.orgId, t.repId, t.month),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [users.orgId, users.id], name: 'visit_plans_rep_fk' }),
    foreignKey({ columns: [t.orgId, t.officeId], foreignColumns: [offices.orgId, offices.id], name: 'visit_plans_office_fk' }),
    index('visit_plans_org_office_month_idx').on(t.orgId, t.officeId, t.month),
  ],
);

/** The contacts of a plan, by day in route order (visits, then calls). */
export const visitPlanItems = pgTable(
  'visit_plan_items',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    planId: uuid('plan_id').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    seq: integer('seq').notNull(),
    customerId: uuid('customer_id').notNull(),
    kind: text('kind', { enum: ['visit', 'phone'] }).notNull(),
    objective: text('objective').notNull(),
    objectiveEn: text('objective_en'),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.planId, t.date, t.seq] }),
    unique('visit_plan_items_customer_day_uq').on(t.orgId, t.planId, t.date, t.customerId),
    foreignKey({ columns: [t.orgId, t.planId], foreignColumns: [visitPlans.orgId, visitPlans.id], name: 'visit_plan_items_plan_fk' }).onDelete('cascade'),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'visit_plan_items_customer_fk' }),
  ],
);

export const schema = {
  orgs,
  offices,
  users,
  sessions,
  auditLog,
  customerTypes,
  customers,
  customerContacts,
  customerHistory,
  customerFields,
  savedViews,
  customerImports,
  orgSettings,
  products,
  productExpenseStandards,
  visitPlanRevisions,
  orders,
  orderLines,
  collections,
  salesMonthly,
  salesPeriods,
  salesPeriodTotals,
  abcGradings,
  abcGrades,
  customerVisitRules,
  repTravelSettings,
  visitPlans,
  visitPlanItems,
  calendarOverrides,
  expenseStatements,
  expenseStatementRows,
  expenseReviewEvents,
  expenseSpecialApplications,
  expensePayoutDraws,
  expenseSpotChecks,
  expenseSpotCheckItems,
  visits,
  visitPhotos,
  dailyLogs,
};
