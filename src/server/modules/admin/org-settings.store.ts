import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { orgSettings } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { RequestMeta } from '../identity/auth.service';
import { recordAudit } from './audit';

/** One kind of an organisation's settings, kept as one JSON value under its key of org_settings. */
export interface OrgSettingsKind<S> {
  key: string;
  /** What a stored value must pass; one that no longer does (an older shape) reads as the defaults. */
  schema: z.ZodType<S>;
  defaults: S;
  /** The audit action of a change, e.g. abc.settings.update. */
  auditAction: string;
}

/** The stored value with the version an edit must name; version 0 means the defaults, never saved. */
export interface StoredSettings<S> {
  value: S;
  version: number;
  isDefault: boolean;
}

export async function readOrgSettings<S>(db: Db, orgId: string, kind: OrgSettingsKind<S>): Promise<StoredSettings<S>> {
  const [row] = await db
    .select({ value: orgSettings.value, version: orgSettings.version })
    .from(orgSettings)
    .where(and(eq(orgSettings.orgId, orgId), eq(orgSettings.key, kind.key)));
  const stored = row ? kind.schema.safeParse(row.value) : null;
  if (!row || !stored?.success) return { value: structuredClone(kind.defaults), version: row?.version ?? 0, isDefault: true };
  return { value: stored.data, version: row.version, isDefault: false };
}

/**
 * Saves a new value if nobody changed it since `version` was read (409 otherwise, also when two first saves race);
 * the row is locked for the change and the audit row, with the value before and after, is written in the same
 * transaction.
 */
export async function writeOrgSettings<S>(db: Db, actor: Actor, kind: OrgSettingsKind<S>, version: number, value: S, meta: RequestMeta): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    await t.execute(sql`select 1 from ${orgSettings} where ${orgSettings.orgId} = ${actor.orgId} and ${orgSettings.key} = ${kind.key} for update`);
    const before = await readOrgSettings(t, actor.orgId, kind);
    if (before.version !== version) throw new AppError('VERSION_CONFLICT');
    if (before.version === 0) {
      const made = await t
        .insert(orgSettings)
        .values({ orgId: actor.orgId, key: kind.key, value, version: 1, updatedAt: meta.now })
        .onConflictDoNothing()
        .returning({ version: orgSettings.version });
      if (made.length === 0) throw new AppError('VERSION_CONFLICT');
    } else {
      await t
        .update(orgSettings)
        .set({ value, version: before.version + 1, updatedAt: meta.now })
        .where(and(eq(orgSettings.orgId, actor.orgId), eq(orgSettings.key, kind.key)));
    }
    await recordAudit(
      t,
      { orgId: actor.orgId, actorId: actor.userId, action: kind.auditAction, targetType: 'org_settings', targetId: kind.key, before: before.value, after: value, ip: meta.ip },
      meta.now,
    );
  });
}
