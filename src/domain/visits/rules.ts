import type { GradeOrNone } from '../sales/abc';

/**
 * How often each customer must be contacted in a month (DOMAIN §3, source 000: A级客户每月拜访3次；B级2次；C级1次；
 * C级客户可运用电话以减少拜访次数).
 *
 * A rule says how many contacts a month a customer needs and whether a phone call may stand in for a visit. It is
 * decided for one customer by, most specific first:
 * 1. the customer's own override (a field of either kind may be left out and then comes from below);
 * 2. the organisation's rule for the customer's type and grade (e.g. distributors: B 4 a month);
 * 3. the organisation's rule for the grade.
 *
 * Ungraded customers (`none`: no or net negative sales in the grading period, e.g. a prospect or a new customer)
 * default to one visit a month in person, like C in count but without the phone: the relationship with a new
 * customer is built face to face (002: 客情关系建立必须去拜访; visits dense at first, 前密后疏) and the first visits
 * fill the questionnaire. An administrator can change it like any other grade.
 */
export const RULE_GRADES = ['A', 'B', 'C', 'none'] as const satisfies readonly GradeOrNone[];
export type RuleGrade = GradeOrNone;

export interface GradeRule {
  /** Contacts needed a month (0: none required). */
  visitsPerMonth: number;
  /** Whether a phone call may stand in for a visit. */
  phoneAllowed: boolean;
}

/** A customer type's exceptions: any grade, any field; what is left out comes from the organisation's grade rule. */
export type TypeRules = Partial<Record<RuleGrade, Partial<GradeRule>>>;

export interface VisitRules {
  byGrade: Record<RuleGrade, GradeRule>;
  /** Keyed by customer type code. */
  byCustomerType: Record<string, TypeRules>;
}

/** One customer's own exception (either field may be left out). */
export type CustomerRuleOverride = Partial<GradeRule>;

/** The most contacts a month a rule may ask for: more than 10 is a daily call, not a visit plan. */
export const MAX_VISITS_PER_MONTH = 10;

export const DEFAULT_VISIT_RULES: VisitRules = {
  byGrade: {
    A: { visitsPerMonth: 3, phoneAllowed: false },
    B: { visitsPerMonth: 2, phoneAllowed: false },
    C: { visitsPerMonth: 1, phoneAllowed: true },
    none: { visitsPerMonth: 1, phoneAllowed: false },
  },
  byCustomerType: {},
};

export type RuleSource = 'customer' | 'customer-type' | 'organisation';

export interface RequiredVisits {
  visitsPerMonth: number;
  phoneAllowed: boolean;
  /** Where each field came from, for the screen that explains the plan. */
  source: { visitsPerMonth: RuleSource; phoneAllowed: RuleSource };
}

export interface RuleSubject {
  grade: RuleGrade;
  /** The customer type code; null when the customer has none. */
  typeCode: string | null;
  override?: CustomerRuleOverride | null;
}

function pickField<K extends keyof GradeRule>(key: K, customer: CustomerRuleOverride | null | undefined, type: Partial<GradeRule> | undefined, grade: GradeRule): { value: GradeRule[K]; source: RuleSource } {
  if (customer?.[key] !== undefined) return { value: customer[key], source: 'customer' };
  if (type?.[key] !== undefined) return { value: type[key], source: 'customer-type' };
  return { value: grade[key], source: 'organisation' };
}

/** The contacts one customer needs a month, and whether a call may stand in for a visit. */
export function resolveRequiredVisits(subject: RuleSubject, rules: VisitRules = DEFAULT_VISIT_RULES): RequiredVisits {
  const grade = rules.byGrade[subject.grade];
  const type = subject.typeCode === null ? undefined : rules.byCustomerType[subject.typeCode]?.[subject.grade];
  const count = pickField('visitsPerMonth', subject.override, type, grade);
  const phone = pickField('phoneAllowed', subject.override, type, grade);
  return { visitsPerMonth: count.value, phoneAllowed: phone.value, source: { visitsPerMonth: count.source, phoneAllowed: phone.source } };
}
