import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
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
    ...softDeletableRecord(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.officeId], foreignColumns: [offices.orgId, offices.id], name: 'customers_office_fk' }),
    foreignKey({ columns: [t.orgId, t.ownerId], foreignColumns: [users.orgId, users.id], name: 'customers_owner_fk' }),
    foreignKey({ columns: [t.orgId, t.typeCode], foreignColumns: [customerTypes.orgId, customerTypes.code], name: 'customers_type_fk' }),
    uniqueIndex('customers_external_code_uq').on(t.orgId, t.externalCode).where(sql`${t.externalCode} is not null`),
    index('customers_org_name_idx').on(t.orgId, t.name, t.id),
    index('customers_org_owner_idx').on(t.orgId, t.ownerId),
    index('customers_org_office_idx').on(t.orgId, t.officeId),
    index('customers_org_region_idx').on(t.orgId, t.regionCode),
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

export const schema = { orgs, offices, users, sessions, auditLog, customerTypes, customers, customerContacts, customerHistory };
