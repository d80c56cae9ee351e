import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { calendarOverrides, users } from '../../db/schema';

/** Every override of the organisation, as the calendar needs them. */
export async function overridesOf(db: Db, orgId: string) {
  return db
    .select({ date: calendarOverrides.date, kind: calendarOverrides.kind, note: calendarOverrides.note })
    .from(calendarOverrides)
    .where(eq(calendarOverrides.orgId, orgId))
    .orderBy(asc(calendarOverrides.date));
}

/** The overrides between two dates (inclusive), with who entered them and when. */
export async function overridesBetween(db: Db, orgId: string, from: string, to: string) {
  return db
    .select({ date: calendarOverrides.date, kind: calendarOverrides.kind, note: calendarOverrides.note, createdByName: users.displayName, createdAt: calendarOverrides.createdAt })
    .from(calendarOverrides)
    .innerJoin(users, and(eq(users.orgId, calendarOverrides.orgId), eq(users.id, calendarOverrides.createdBy)))
    .where(and(eq(calendarOverrides.orgId, orgId), gte(calendarOverrides.date, from), lte(calendarOverrides.date, to)))
    .orderBy(asc(calendarOverrides.date));
}

export type OverrideRow = Awaited<ReturnType<typeof overridesBetween>>[number];

/** Adds an override unless the date has one; answers whether it was added. */
export async function insertOverride(db: Db, row: typeof calendarOverrides.$inferInsert): Promise<boolean> {
  const made = await db.insert(calendarOverrides).values(row).onConflictDoNothing().returning({ date: calendarOverrides.date });
  return made.length > 0;
}

/** Removes the date's override; answers the removed row, or undefined when there was none. */
export async function deleteOverride(db: Db, orgId: string, date: string) {
  const [gone] = await db
    .delete(calendarOverrides)
    .where(and(eq(calendarOverrides.orgId, orgId), eq(calendarOverrides.date, date)))
    .returning({ date: calendarOverrides.date, kind: calendarOverrides.kind, note: calendarOverrides.note });
  return gone;
}
