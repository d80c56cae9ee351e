import { describe, expect, it } from 'vitest';
import { fieldLabel } from '../shared/field-labels';
import { gradeRuleSchema, visitPlanSettingsSchema, visitRulesSchema } from './rule-schemas';

describe('visit field labels', () => {
  it('name every field of the visit rules and plan settings through the shared lookup', () => {
    const fields = [
      ...Object.keys(visitRulesSchema.shape),
      ...Object.keys(gradeRuleSchema.shape),
      ...Object.keys(visitPlanSettingsSchema.shape),
    ];
    expect(fields.filter((f) => fieldLabel(f).zh === f)).toEqual([]);
    expect(fieldLabel('byGrade/A/visitsPerMonth')).toEqual({ zh: '每月拜访次数', en: 'Visits a month' });
  });
});
