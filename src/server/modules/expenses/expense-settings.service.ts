import { z } from 'zod';
import { DEFAULT_EXPENSE_SETTINGS, EXPENSE_USAGES, expenseSettingsSchema, type ExpenseSettings } from '../../../domain/expenses/settings';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { readOrgSettings, writeOrgSettings, type OrgSettingsKind } from '../admin/org-settings.store';
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

const EXPENSE_SETTINGS: OrgSettingsKind<ExpenseSettings> = {
  key: EXPENSE_SETTINGS_KEY,
  schema: expenseSettingsSchema,
  defaults: DEFAULT_EXPENSE_SETTINGS,
  auditAction: 'expense.settings.update',
};

/** The stored settings, or the defaults when none are stored (or what is stored no longer passes the schema). */
export async function loadExpenseSettings(db: Db, orgId: string): Promise<ExpenseSettingsView> {
  const { value, version, isDefault } = await readOrgSettings(db, orgId, EXPENSE_SETTINGS);
  return { settings: value, version, isDefault };
}

/** Saves new rules if nobody changed them since `version` was read; audited in the same transaction. */
export async function updateExpenseSettings(db: Db, actor: Actor, input: { version: number; settings: ExpenseSettings }, meta: RequestMeta): Promise<ExpenseSettingsView> {
  await writeOrgSettings(db, actor, EXPENSE_SETTINGS, input.version, input.settings, meta);
  return loadExpenseSettings(db, actor.orgId);
}
