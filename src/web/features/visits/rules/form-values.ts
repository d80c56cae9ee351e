import { RULE_GRADES, type GradeRule, type RuleGrade, type TypeRules } from '../../../../domain/visits/rules';
import type { VisitSettings, VisitSettingsBody } from './api';

/** A type's exception for one grade as the form holds it: empty and 'grade' mean "as the grade rule says". */
export interface TypeGradeValues {
  visitsPerMonth: number | null;
  phone: 'grade' | 'yes' | 'no';
}
export interface TypeRowValues {
  code: string;
  grades: Record<RuleGrade, TypeGradeValues>;
}
export interface VisitRulesValues {
  byGrade: Record<RuleGrade, GradeRule>;
  types: TypeRowValues[];
  dailyCapacity: number | null;
  checkInToleranceMetres: number | null;
}

const phoneChoice = (allowed: boolean | undefined): TypeGradeValues['phone'] => (allowed === undefined ? 'grade' : allowed ? 'yes' : 'no');

export function emptyTypeRow(code: string): TypeRowValues {
  const grades = Object.fromEntries(RULE_GRADES.map((g) => [g, { visitsPerMonth: null, phone: 'grade' }])) as TypeRowValues['grades'];
  return { code, grades };
}

function typeRow(code: string, rules: TypeRules): TypeRowValues {
  const row = emptyTypeRow(code);
  for (const g of RULE_GRADES) row.grades[g] = { visitsPerMonth: rules[g]?.visitsPerMonth ?? null, phone: phoneChoice(rules[g]?.phoneAllowed) };
  return row;
}

export function toValues(s: VisitSettings): VisitRulesValues {
  return {
    byGrade: s.rules.byGrade,
    types: Object.entries(s.rules.byCustomerType).map(([code, rules]) => typeRow(code, rules)),
    dailyCapacity: s.plan.dailyCapacity,
    checkInToleranceMetres: s.plan.checkInToleranceMetres,
  };
}

/** Keeps only what differs from the grade rule: a grade with nothing set is left out, a type with nothing set too. */
function typeRules(row: TypeRowValues): TypeRules {
  const rules: TypeRules = {};
  for (const g of RULE_GRADES) {
    const v = row.grades[g];
    const rule: Partial<GradeRule> = {};
    if (v.visitsPerMonth !== null && v.visitsPerMonth !== undefined) rule.visitsPerMonth = v.visitsPerMonth;
    if (v.phone !== 'grade') rule.phoneAllowed = v.phone === 'yes';
    if (Object.keys(rule).length > 0) rules[g] = rule;
  }
  return rules;
}

/** The PUT body; empty numbers are sent as null so the server names the field that is missing. */
export function toBody(v: VisitRulesValues, version: number): VisitSettingsBody {
  const byCustomerType: Record<string, TypeRules> = {};
  for (const row of v.types) {
    const rules = typeRules(row);
    if (Object.keys(rules).length > 0) byCustomerType[row.code] = rules;
  }
  return {
    version,
    rules: { byGrade: v.byGrade, byCustomerType },
    plan: { dailyCapacity: v.dailyCapacity as number, checkInToleranceMetres: v.checkInToleranceMetres as number },
  };
}

/** The form item of an API field ("rules.byCustomerType.distributor.B.visitsPerMonth" → ['types', 0, 'grades', 'B', 'visitsPerMonth']). */
export function formNameOf(field: string, v: VisitRulesValues): (string | number)[] | null {
  const parts = field.split('.');
  if (parts[0] === 'plan' && parts.length === 2) return [parts[1]!];
  if (parts[0] !== 'rules') return null;
  if (parts[1] === 'byGrade' && parts.length === 4) return ['byGrade', parts[2]!, parts[3]!];
  if (parts[1] === 'byCustomerType' && parts.length >= 3) {
    const index = v.types.findIndex((t) => t.code === parts[2]);
    if (index < 0) return null;
    if (parts.length === 5) return ['types', index, 'grades', parts[3]!, parts[4] === 'phoneAllowed' ? 'phone' : parts[4]!];
    return ['types', index, 'code'];
  }
  return null;
}
