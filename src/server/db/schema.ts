import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';

/*
 * Every business table carries org_id in its primary key and in every foreign and unique key, so that
 * the schema can be distributed by org_id (Citus) when one server is outgrown.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

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

export const schema = { orgs, offices, users, sessions, auditLog };
