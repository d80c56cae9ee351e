import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { abcSettingsSchema, DEFAULT_ABC_SETTINGS, type AbcSettings } from '../../../domain/sales/abc';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { orgSettings } from '../../db/schema';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';

export const ABC_SETTINGS_KEY = 'abc';

/** The thresholds and ideal mix with the version an edit must name; version 0 means the defaults, never saved. */
export const abcSettingsView = z.object({
  settings: z.object({ aPercent: z.number(), bPercent: z.number(), idealAPercent: z.number(), idealBPercent: z.number(), idealCPercent: z.number() }),
  version: z.number().int(),
  isDefault: z.boolean(),
});
export type AbcSettingsView = z.infer<typeof abcSettingsView>;

export const updateAbcSettingsBody = z.object({ version: z.number().int().min(0), settings: abcSettingsSchema });

export async function loadAbcSettings(db: Db, orgId: string): Promise<AbcSettingsView> {
  const [row] = await db
    .select({ value: orgSettings.value, version: orgSettings.version })
    .from(orgSettings)
    .where(and(eq(orgSettings.orgId, orgId), eq(orgSettings.key, ABC_SETTINGS_KEY)));
  const stored = row ? abcSettingsSchema.safeParse(row.value) : null;
  if (!row || !stored?.success) return { settings: { ...DEFAULT_ABC_SETTINGS }, version: row?.version ?? 0, isDefault: true };
  return { settings: stored.data, version: row.version, isDefault: false };
}

/** Saves new thresholds if nobody changed them since `version` was read; audited in the same transaction. */
export async function updateAbcSettings(db: Db, actor: Actor, input: { version: number; settings: AbcSettings }, meta: RequestMeta): Promise<AbcSettingsView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    await t.execute(sql`select 1 from ${orgSettings} where ${orgSettings.orgId} = ${actor.orgId} and ${orgSettings.key} = ${ABC_SETTINGS_KEY} for update`);
    const before = await loadAbcSettings(t, actor.orgId);
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
    if (before.version === 0) {
      const made = await t
        .insert(orgSettings)
        .values({ orgId: actor.orgId, key: ABC_SETTINGS_KEY, value: input.settings, version: 1, updatedAt: meta.now })
        .onConflictDoNothing()
        .returning({ version: orgSettings.version });
      if (made.length === 0) throw new AppError('VERSION_CONFLICT');
    } else {
      await t
        .update(orgSettings)
        .set({ value: input.settings, version: before.version + 1, updatedAt: meta.now })
        .where(and(eq(orgSettings.orgId, actor.orgId), eq(orgSettings.key, ABC_SETTINGS_KEY)));
    }
    await recordAudit(
      t,
      { orgId: actor.orgId, actorId: actor.userId, action: 'abc.settings.update', targetType: 'org_settings', targetId: null, before: before.settings, after: input.settings, ip: meta.ip },
      meta.now,
    );
  });
  return loadAbcSettings(db, actor.orgId);
}
