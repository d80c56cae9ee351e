import { sql } from 'drizzle-orm';
import { boolean, customType, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { customers, offices, orgs, users, visitPlans } from '../schema';

/** Raw bytes (bytea): a Buffer on both databases (PGlite answers a Uint8Array). */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * A visit or phone contact a rep made (拜访记录): checked in (position, distance from the customer and the verdict:
 * a check-in far away or without a position is recorded and flagged, never refused), what the visit learned
 * (the questionnaire answers that changed, each with its value before and after; the archive itself is updated
 * through the customer service, with history), notes, next steps, and the check-out. `plan_id` is the rep's plan
 * whose item (same date and customer) the visit fulfils; null for an unplanned visit. At most one contact a day
 * per rep and customer.
 */
export const visits = pgTable(
  'visits',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    repId: uuid('rep_id').notNull(),
    /** The rep's office at the time of the visit; its manager sees it. */
    officeId: uuid('office_id').notNull(),
    customerId: uuid('customer_id').notNull(),
    planId: uuid('plan_id'),
    kind: text('kind', { enum: ['visit', 'phone'] }).notNull(),
    /** The day in Asia/Shanghai. */
    date: date('date', { mode: 'string' }).notNull(),
    checkInAt: timestamp('check_in_at', { withTimezone: true }).notNull(),
    /** GCJ-02, as the customer archive stores coordinates; null without a position (and for calls). */
    checkInLng: doublePrecision('check_in_lng'),
    checkInLat: doublePrecision('check_in_lat'),
    /** The phone's stated accuracy, metres. */
    checkInAccuracy: doublePrecision('check_in_accuracy'),
    checkInDistance: integer('check_in_distance'),
    /** within / outside / no-position / customer-no-location (src/domain/visits/check-in.ts); null for a call. */
    checkInStatus: text('check_in_status', { enum: ['within', 'outside', 'no-position', 'customer-no-location'] }),
    /** The tolerance the verdict used, metres. */
    checkInTolerance: integer('check_in_tolerance'),
    flagged: boolean('flagged').notNull().default(false),
    checkOutAt: timestamp('check_out_at', { withTimezone: true }),
    checkOutLng: doublePrecision('check_out_lng'),
    checkOutLat: doublePrecision('check_out_lat'),
    checkOutAccuracy: doublePrecision('check_out_accuracy'),
    /** The questionnaire items this visit changed: { item: { before, after } }. */
    answers: jsonb('answers').notNull().default({}),
    notes: text('notes'),
    nextSteps: text('next_steps'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    unique('visits_rep_customer_date_uq').on(t.orgId, t.repId, t.customerId, t.date),
    foreignKey({ columns: [t.orgId, t.repId], foreignColumns: [users.orgId, users.id], name: 'visits_rep_fk' }),
    foreignKey({ columns: [t.orgId, t.officeId], foreignColumns: [offices.orgId, offices.id], name: 'visits_office_fk' }),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id], name: 'visits_customer_fk' }),
    foreignKey({ columns: [t.orgId, t.planId], foreignColumns: [visitPlans.orgId, visitPlans.id], name: 'visits_plan_fk' }),
    index('visits_org_customer_date_idx').on(t.orgId, t.customerId, sql`${t.date} desc`),
    index('visits_org_rep_date_idx').on(t.orgId, t.repId, t.date),
    index('visits_org_office_date_idx').on(t.orgId, t.officeId, t.date),
  ],
);

/** Photos taken at a visit (JPEG, PNG or WebP, at most 5 MB each), kept in the database with the visit. */
export const visitPhotos = pgTable(
  'visit_photos',
  {
    orgId: uuid('org_id').notNull().references(() => orgs.id),
    id: uuid('id').notNull().defaultRandom(),
    visitId: uuid('visit_id').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    data: bytea('data').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.visitId], foreignColumns: [visits.orgId, visits.id], name: 'visit_photos_visit_fk' }).onDelete('cascade'),
    index('visit_photos_org_visit_idx').on(t.orgId, t.visitId),
  ],
);
