import { WORKING_WEEK_LENGTH } from '../calendar/calendar';
import type { IsoDate } from '../calendar/dates';
import type { Bilingual } from '../shared/messages';
import { dayProblem, visitCount, type EditContext, type PlanDraft } from './plan-editing';
import type { RuleGrade } from './rules';
import { compareCodeUnits } from '../shared/compare';

/**
 * The rule check of a whole plan, run when the rep submits it (and on the office manager's screen): errors block
 * the submission, warnings are shown. Errors: a contact on a day that is not a working day of the plan's month, a
 * customer twice on one day, a contact with a customer not in the rep's list, a call for a customer whose rule
 * wants visits, fewer contacts than a customer's rule asks for, an A customer without a visit in the first week.
 * Warning: a day with more visits than the daily capacity.
 */
export interface ValidationCustomer {
  customerId: string;
  grade: RuleGrade;
  visitsPerMonth: number;
  phoneAllowed: boolean;
}

export type BreachCode = 'not-in-month' | 'not-a-working-day' | 'year-not-configured' | 'same-day-twice' | 'unknown-customer' | 'phone-not-allowed' | 'missing-contacts' | 'a-not-first-week' | 'over-capacity';

export interface Breach extends Bilingual {
  code: BreachCode;
  severity: 'error' | 'warning';
  customerId: string | null;
  date: IsoDate | null;
}

export interface PlanValidation {
  /** No errors (warnings allowed). */
  ok: boolean;
  breaches: Breach[];
}

export function validatePlan(plan: PlanDraft, customers: readonly ValidationCustomer[], context: EditContext): PlanValidation {
  const breaches: Breach[] = [];
  const rules = new Map(customers.map((c) => [c.customerId, c]));
  const counted = new Map<string, Set<IsoDate>>();
  const firstWeekVisit = new Set<string>();
  const working = context.calendar.workingDaysOf(plan.year, plan.month);
  const firstWeek = new Set(working.ok ? working.value.slice(0, WORKING_WEEK_LENGTH) : []);

  for (const day of [...plan.days].sort((a, b) => compareCodeUnits(a.date, b.date))) {
    if (day.contacts.length === 0) continue;
    const problem = dayProblem(plan, day.date, context.calendar);
    if (problem) breaches.push({ code: problem.code as BreachCode, severity: 'error', customerId: null, date: day.date, zh: problem.zh, en: problem.en });
    const seen = new Set<string>();
    const twice = new Set<string>();
    for (const contact of day.contacts) {
      const rule = rules.get(contact.customerId);
      if (seen.has(contact.customerId)) {
        if (twice.has(contact.customerId)) continue;
        twice.add(contact.customerId);
        breaches.push(error('same-day-twice', contact.customerId, day.date, { zh: `同一客户在 ${day.date} 安排了两次`, en: `the customer is planned twice on ${day.date}` }));
        continue;
      }
      seen.add(contact.customerId);
      if (!rule) {
        breaches.push(error('unknown-customer', contact.customerId, day.date, { zh: '该客户不在本人的客户名单中', en: 'the customer is not one of the rep’s customers' }));
        continue;
      }
      if (contact.kind === 'phone' && !rule.phoneAllowed) {
        breaches.push(error('phone-not-allowed', contact.customerId, day.date, { zh: `该客户须上门拜访，不能以电话代替（${day.date}）`, en: `the customer must be visited; a call does not count (${day.date})` }));
        continue;
      }
      if (problem) continue;
      counted.set(contact.customerId, (counted.get(contact.customerId) ?? new Set()).add(day.date));
      if (contact.kind === 'visit' && firstWeek.has(day.date)) firstWeekVisit.add(contact.customerId);
    }
    const n = visitCount(day);
    if (n > context.dailyCapacity) {
      breaches.push({
        code: 'over-capacity',
        severity: 'warning',
        customerId: null,
        date: day.date,
        zh: `${day.date} 安排了 ${n} 次拜访，超过每天 ${context.dailyCapacity} 次的上限`,
        en: `${day.date} has ${n} visits, more than the ${context.dailyCapacity} a day`,
      });
    }
  }

  for (const c of customers) {
    const planned = counted.get(c.customerId)?.size ?? 0;
    if (planned < c.visitsPerMonth) {
      breaches.push(
        error('missing-contacts', c.customerId, null, {
          zh: `每月须${c.phoneAllowed ? '联系' : '拜访'} ${c.visitsPerMonth} 次，计划只有 ${planned} 次`,
          en: `needs ${c.visitsPerMonth} ${c.phoneAllowed ? 'contacts' : 'visits'} a month; the plan has ${planned}`,
        }),
      );
    }
    if (c.grade === 'A' && c.visitsPerMonth > 0 && firstWeek.size > 0 && !firstWeekVisit.has(c.customerId)) {
      const days = [...firstWeek];
      breaches.push(
        error('a-not-first-week', c.customerId, null, {
          zh: `A 类客户须在第一周（${days[0]} 至 ${days[days.length - 1]}）拜访`,
          en: `an A customer must be visited in the first week (${days[0]} to ${days[days.length - 1]})`,
        }),
      );
    }
  }
  return { ok: !breaches.some((b) => b.severity === 'error'), breaches };
}

function error(code: BreachCode, customerId: string | null, date: IsoDate | null, text: Bilingual): Breach {
  return { code, severity: 'error', customerId, date, ...text };
}
