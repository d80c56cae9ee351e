import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { repTravelSettings, users } from '../../db/schema';
import { userScope } from '../admin/users.queries';
import type { Actor } from '../../../domain/identity/policies';

/** The user whose travel settings are asked for, if the actor may see them. */
export async function travelUser(db: Db, actor: Actor, userId: string) {
  const [row] = await db
    .select({ id: users.id, displayName: users.displayName, role: users.role, active: users.active, officeId: users.officeId })
    .from(users)
    .where(and(userScope(actor), eq(users.id, userId)));
  return row;
}

/** The rep's stored settings, locked for the rest of the transaction. */
export async function lockTravelSettings(db: Db, orgId: string, userId: string) {
  const [row] = await db
    .select()
    .from(repTravelSettings)
    .where(and(eq(repTravelSettings.orgId, orgId), eq(repTravelSettings.userId, userId)))
    .for('update');
  return row;
}

export type TravelRow = typeof repTravelSettings.$inferSelect;
export type TravelValues = Pick<TravelRow, 'startKind' | 'startLng' | 'startLat' | 'startDatum' | 'endLng' | 'endLat' | 'endDatum' | 'dayStart' | 'mode' | 'dailyCapacity'>;

/** Stores the first settings of a rep; false when someone stored theirs in the meantime. */
export async function insertTravelSettings(db: Db, orgId: string, userId: string, values: TravelValues, at: Date): Promise<boolean> {
  const made = await db.insert(repTravelSettings).values({ orgId, userId, ...values, version: 1, updatedAt: at }).onConflictDoNothing().returning({ version: repTravelSettings.version });
  return made.length > 0;
}

export async function updateTravelSettings(db: Db, orgId: string, userId: string, values: TravelValues, version: number, at: Date): Promise<void> {
  await db
    .update(repTravelSettings)
    .set({ ...values, version, updatedAt: at })
    .where(and(eq(repTravelSettings.orgId, orgId), eq(repTravelSettings.userId, userId)));
}
