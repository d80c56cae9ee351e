import { z } from 'zod';
import { abcSettingsSchema, DEFAULT_ABC_SETTINGS, type AbcSettings } from '../../../domain/sales/abc';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { readOrgSettings, writeOrgSettings, type OrgSettingsKind } from '../admin/org-settings.store';
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

const ABC_SETTINGS: OrgSettingsKind<AbcSettings> = { key: ABC_SETTINGS_KEY, schema: abcSettingsSchema, defaults: DEFAULT_ABC_SETTINGS, auditAction: 'abc.settings.update' };

export async function loadAbcSettings(db: Db, orgId: string): Promise<AbcSettingsView> {
  const { value, version, isDefault } = await readOrgSettings(db, orgId, ABC_SETTINGS);
  return { settings: value, version, isDefault };
}

/** Saves new thresholds if nobody changed them since `version` was read; audited in the same transaction. */
export async function updateAbcSettings(db: Db, actor: Actor, input: { version: number; settings: AbcSettings }, meta: RequestMeta): Promise<AbcSettingsView> {
  await writeOrgSettings(db, actor, ABC_SETTINGS, input.version, input.settings, meta);
  return loadAbcSettings(db, actor.orgId);
}
