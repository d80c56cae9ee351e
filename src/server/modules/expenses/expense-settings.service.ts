import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DEFAULT_EXPENSE_SETTINGS, EXPENSE_USAGES, expenseSettingsSchema, type ExpenseSettings } from '../../../domain/expenses/settings';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { orgSettings } from '../../db/schema';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';

/** The organisation's 客情费 rules, kept under one key of org_settings. */
export const EXPENSE_SETTINGS_KEY = 'expenses';

/** Version 0 means the defaults, never saved. */
export const expenseSettingsView = z.object({
  settings: z.object({
    usages: z.array(z.enum(EXPENSE_USAGES)),
    payOnlyAfterCollection: z.boolean(),
    payoutFollowsCollectionRate: z.boolean(),
    borrowingLimitFen: z.number(),
    spotCheckSampleSize: z.number(),
    submitByWorkingDay: z.number(),
    reviewByWorkingDay: z.number(),
    payoutFromWorkingDay: z.number(),
  }),
  version: z.number().int(),
  isDefault: z.boolean(),
});
export type ExpenseSettingsView = z.infer<typeof expenseSettingsView>;

export const updateExpenseSettingsBody = z.object({ version: z.number().int().min(0), settings: expenseSettingsSchema });

/** The stored settings, or the defaults when none are stored (or what is stored no longer passes the schema). */
export async function loadExpenseSettings(db: Db, orgId: string): Promise<ExpenseSettingsView> {
  const [row] = await db
    .select({ value: orgSettings.value, version: orgSettings.version })
    .from(orgSettings)
    .where(and(eq(orgSettings.orgId, orgId), eq(orgSettings.key, EXPENSE_SETTINGS_KEY)));
  const stored = row ? expenseSettingsSchema.safeParse(row.value) : null;
  if (!row || !stored?.success) return { settings: structuredClone(DEFAULT_EXPENSE_SETTINGS), version: row?.version ?? 0, isDefault: true };
  return { settings: stored.data, version: row.version, isDefault: false };
}

/** Saves new rules if nobody changed them since `version` was read; audited in the same transaction. */
export async function updateExpenseSettings(db: Db, actor: Actor, input: { version: number; settings: ExpenseSettings }, meta: RequestMeta): Promise<ExpenseSettingsView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    await t.execute(sql`select 1 from ${orgSettings} where ${orgSettings.orgId} = ${actor.orgId} and ${orgSettings.key} = ${EXPENSE_SETTINGS_KEY} for update`);
    const before = await loadExpenseSettings(t, actor.orgId);
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
    if (before.version === 0) {
      const made = await t
        .insert(orgSettings)
        .values({ orgId: actor.orgId, key: EXPENSE_SETTINGS_KEY, value: input.settings, version: 1, updatedAt: meta.now })
        .onConflictDoNothing()
        .returning({ version: orgSettings.version });
      if (made.length === 0) throw new AppError('VERSION_CONFLICT');
    } else {
      await t
        .update(orgSettings)
        .set({ value: input.settings, version: before.version + 1, updatedAt: meta.now })
        .where(and(eq(orgSettings.orgId, actor.orgId), eq(orgSettings.key, EXPENSE_SETTINGS_KEY)));
    }
    await recordAudit(
      t,
      { orgId: actor.orgId, actorId: actor.userId, action: 'expense.settings.update', targetType: 'org_settings', targetId: EXPENSE_SETTINGS_KEY, before: before.settings, after: input.settings, ip: meta.ip },
      meta.now,
    );
  });
  return loadExpenseSettings(db, actor.orgId);
}
