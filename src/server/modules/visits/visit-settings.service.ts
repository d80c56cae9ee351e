import { z } from 'zod';
import type { Actor } from '../../../domain/identity/policies';
import { visitPlanSettingsSchema, visitRulesSchema, visitRulesSchemaFor, type VisitPlanSettings } from '../../../domain/visits/rule-schemas';
import { DEFAULT_VISIT_RULES, type VisitRules } from '../../../domain/visits/rules';
import type { Db } from '../../db/client';
import { AppError, fieldProblem } from '../../http/errors';
import { readOrgSettings, writeOrgSettings, type OrgSettingsKind } from '../admin/org-settings.store';
import { listCustomerTypes } from '../customers/customer-types';
import type { RequestMeta } from '../identity/auth.service';

/** The organisation's visit rules and plan settings, kept under one key of org_settings. */
export const VISIT_SETTINGS_KEY = 'visits';

export interface VisitSettings {
  rules: VisitRules;
  plan: VisitPlanSettings;
}

const storedSchema = z.object({ rules: visitRulesSchema, plan: visitPlanSettingsSchema });
const DEFAULTS: VisitSettings = { rules: DEFAULT_VISIT_RULES, plan: visitPlanSettingsSchema.parse({}) };

const gradeRuleView = z.object({ visitsPerMonth: z.number(), phoneAllowed: z.boolean() });
const partialRuleView = z.object({ visitsPerMonth: z.number().optional(), phoneAllowed: z.boolean().optional() });
/** Version 0 means the defaults, never saved. */
export const visitSettingsView = z.object({
  rules: z.object({
    byGrade: z.object({ A: gradeRuleView, B: gradeRuleView, C: gradeRuleView, none: gradeRuleView }),
    byCustomerType: z.record(z.string(), z.object({ A: partialRuleView.optional(), B: partialRuleView.optional(), C: partialRuleView.optional(), none: partialRuleView.optional() })),
  }),
  plan: z.object({ dailyCapacity: z.number(), checkInToleranceMetres: z.number() }),
  version: z.number().int(),
  isDefault: z.boolean(),
});
export type VisitSettingsView = z.infer<typeof visitSettingsView>;

export const updateVisitSettingsBody = z.object({ version: z.number().int().min(0), rules: visitRulesSchema, plan: visitPlanSettingsSchema });
export type UpdateVisitSettings = z.infer<typeof updateVisitSettingsBody>;

const VISIT_SETTINGS: OrgSettingsKind<VisitSettings> = { key: VISIT_SETTINGS_KEY, schema: storedSchema as z.ZodType<VisitSettings>, defaults: DEFAULTS, auditAction: 'visit.settings.update' };

/** The stored settings, or the defaults when none are stored (or what is stored no longer passes the schema). */
export async function loadVisitSettings(db: Db, orgId: string): Promise<VisitSettingsView> {
  const { value, version, isDefault } = await readOrgSettings(db, orgId, VISIT_SETTINGS);
  return { ...value, version, isDefault };
}

/** Saves new rules if nobody changed them since `version` was read; customer types are checked against the organisation's list. */
export async function updateVisitSettings(db: Db, actor: Actor, input: UpdateVisitSettings, meta: RequestMeta): Promise<VisitSettingsView> {
  const typeCodes = (await listCustomerTypes(db, actor.orgId)).map((t) => t.code);
  const checked = visitRulesSchemaFor(typeCodes).safeParse(input.rules);
  if (!checked.success) {
    const problems = checked.error.issues.map((i) => ({ ...fieldProblem('/rules/byCustomerType', i), field: ['rules', ...i.path.map(String)].join('.') }));
    throw new AppError('VALIDATION_FAILED', problems);
  }
  const value: VisitSettings = { rules: checked.data, plan: input.plan };
  await writeOrgSettings(db, actor, VISIT_SETTINGS, input.version, value, meta);
  return loadVisitSettings(db, actor.orgId);
}
