import { WORKING_WEEK_LENGTH, type CalendarAnswer } from '../calendar/calendar';
import { dayNumber, type IsoDate } from '../calendar/dates';
import { convertCoordinate, type LngLat } from '../customers/coordinates';
import { planRoute } from '../routes/route';
import { DEFAULT_SEED } from '../routes/tsp';
import type { Bilingual } from '../shared/messages';
import { scheduleJobs, type Job } from './day-selection';
import { defaultObjective } from './objectives';
import type { MonthlyPlan, MonthlyPlanRequest, PlanCustomer, PlannedContact, PlannedDay, UnplacedContact } from './plan-types';
import { DEFAULT_DAILY_CAPACITY } from './rule-schemas';
import { DEFAULT_VISIT_RULES, resolveRequiredVisits, type RuleGrade } from './rules';
import { contactWindows, isEmptyWindow } from './windows';

/**
 * The monthly visit plan of one rep (月度巡访计划表, DOMAIN §3): every contact each customer's rule asks for, on the
 * month's working days, spread over the month, A customers first in the first week, days grouped by place around
 * their A customers, at most `dailyCapacity` visits a day, each day's visits in route order from the start point
 * and back. Phone calls do not count against the daily capacity (a call takes minutes and fits between visits or
 * at the end of the day); a customer whose rule allows a call is visited when the days have room and called on the
 * quietest day of its window when they have not. The same request always gives the same plan.
 *
 * Answers the calendar's gap when the month's year has no holiday arrangement.
 */
export const DEFAULT_VISIT_MINUTES: Record<RuleGrade, number> = { A: 40, B: 30, C: 20, none: 30 };
/**
 * Kicks of the route optimiser for a day of `stops` visits: a day of 8 visits reaches the order that 1,000 kicks
 * find within 50 (bench/visit-plans.ts), and the default of src/domain/routes (1,000 at least) would make routing
 * 20 times the cost of the whole plan.
 */
export function routeIterationsFor(stops: number): number {
  return Math.max(50, 10 * stops);
}

interface Contact {
  customer: PlanCustomer;
  number: number;
  required: number;
}

export function generateMonthlyPlan(request: MonthlyPlanRequest): CalendarAnswer<MonthlyPlan> {
  const capacity = request.dailyCapacity ?? DEFAULT_DAILY_CAPACITY;
  if (!Number.isSafeInteger(capacity) || capacity < 1) throw new RangeError(`daily capacity must be a whole number ≥ 1, not ${capacity}`);
  checkUniqueIds(request.customers);
  const workingDays = request.calendar.workingDaysOf(request.year, request.month);
  if (!workingDays.ok) return workingDays;
  const dates = workingDays.value;
  const rules = request.rules ?? DEFAULT_VISIT_RULES;
  const start = gcj02(request.start);

  const jobs: Job[] = [];
  const contacts: Contact[] = [];
  const unplaced: UnplacedContact[] = [];
  let required = 0;
  for (const customer of request.customers) {
    const rule = resolveRequiredVisits({ grade: customer.grade, typeCode: customer.typeCode, override: customer.override }, rules);
    required += rule.visitsPerMonth;
    const point = customer.location ? gcj02(customer.location) : null;
    contactWindows(rule.visitsPerMonth, dates.length, customer.grade === 'A').forEach((w, k) => {
      const contact = { customer, number: k + 1, required: rule.visitsPerMonth };
      if (isEmptyWindow(w)) {
        unplaced.push(unplacedContact(contact, 'more-than-working-days', null, dates.length, capacity));
        return;
      }
      jobs.push({ customerId: customer.id, point, anchor: customer.grade === 'A', soft: rule.phoneAllowed, from: w.from, to: w.to, lastVisit: lastVisitRank(customer.lastVisit) });
      contacts.push(contact);
    });
  }

  const schedule = scheduleJobs(jobs, dates.length, capacity, start);
  for (const i of schedule.unplaced) {
    const job = jobs[i]!;
    unplaced.push(unplacedContact(contacts[i]!, 'capacity', { from: dates[job.from]!, to: dates[job.to]! }, dates.length, capacity, job.anchor && contacts[i]!.number === 1));
  }

  const minutes = { ...DEFAULT_VISIT_MINUTES, ...request.visitMinutes };
  const days: PlannedDay[] = dates.map((date, d) => {
    const visits = schedule.visits[d]!.map((i) => contacts[i]!);
    const located = visits.filter((c) => c.customer.location !== null);
    const route = planRoute({
      start: request.start,
      end: request.end,
      stops: located.map((c) => ({ id: c.customer.id, location: c.customer.location!, visitMinutes: minutes[c.customer.grade] })),
      mode: request.mode,
      travel: request.travel,
      solver: { seed: DEFAULT_SEED + d, iterations: request.routeIterations ?? routeIterationsFor(located.length) },
    });
    const byId = new Map(visits.map((c) => [c.customer.id, c]));
    const inRoute = route.order.map((id) => byId.get(id)!);
    const noLocation = visits.filter((c) => c.customer.location === null).sort(byCustomerId);
    const phones = schedule.phones[d]!.map((i) => contacts[i]!).sort(byCustomerId);
    return {
      date,
      week: Math.floor(d / WORKING_WEEK_LENGTH) + 1,
      contacts: [...inRoute.map((c) => planned(c, 'visit')), ...noLocation.map((c) => planned(c, 'visit')), ...phones.map((c) => planned(c, 'phone'))],
      visitCount: visits.length,
      route: { totalMetres: route.totalMetres, totalTravelSeconds: route.totalTravelSeconds, finishSecond: route.finishSecond },
    };
  });

  const visitsPlanned = days.reduce((n, day) => n + day.visitCount, 0);
  return {
    ok: true,
    value: {
      year: request.year,
      month: request.month,
      dailyCapacity: capacity,
      days,
      unplaced,
      totals: {
        required,
        visits: visitsPlanned,
        phoneCalls: days.reduce((n, day) => n + day.contacts.length - day.visitCount, 0),
        unplaced: unplaced.length,
        metres: days.reduce((n, day) => n + day.route.totalMetres, 0),
      },
    },
  };
}

function gcj02(c: MonthlyPlanRequest['start']): LngLat {
  const p = convertCoordinate(c, 'GCJ-02');
  return { lng: p.lng, lat: p.lat };
}

function checkUniqueIds(customers: readonly PlanCustomer[]): void {
  const seen = new Set<string>();
  for (const c of customers) {
    if (seen.has(c.id)) throw new RangeError(`customer ${c.id} is listed twice`);
    seen.add(c.id);
  }
}

function lastVisitRank(lastVisit: IsoDate | null | undefined): number {
  if (lastVisit === null) return Number.NEGATIVE_INFINITY;
  if (lastVisit === undefined) return Number.POSITIVE_INFINITY;
  return dayNumber(lastVisit);
}

const byCustomerId = (a: Contact, b: Contact) => (a.customer.id < b.customer.id ? -1 : a.customer.id > b.customer.id ? 1 : 0);

function planned(c: Contact, kind: 'visit' | 'phone'): PlannedContact {
  const flags: PlannedContact['flags'] = [];
  if (kind === 'visit' && c.customer.location === null) flags.push('no-location');
  if (kind === 'phone') flags.push('phone-for-capacity');
  return {
    customerId: c.customer.id,
    kind,
    grade: c.customer.grade,
    contactNumber: c.number,
    contactsRequired: c.required,
    objective: defaultObjective(c.customer.grade, kind, c.customer.lastVisit === null && c.number === 1),
    flags,
  };
}

function unplacedContact(c: Contact, reason: UnplacedContact['reason'], window: UnplacedContact['window'], workingDays: number, capacity: number, firstWeek = false): UnplacedContact {
  const base = { customerId: c.customer.id, grade: c.customer.grade, contactNumber: c.number, contactsRequired: c.required, reason, window };
  return { ...base, message: unplacedMessage(c, reason, window, workingDays, capacity, firstWeek) };
}

function unplacedMessage(c: Contact, reason: UnplacedContact['reason'], window: UnplacedContact['window'], workingDays: number, capacity: number, firstWeek: boolean): Bilingual {
  const nth = { zh: `第 ${c.number}/${c.required} 次拜访`, en: `visit ${c.number} of ${c.required}` };
  if (reason === 'more-than-working-days' || !window) {
    return {
      zh: `本月只有 ${workingDays} 个工作日，少于要求的 ${c.required} 次拜访（同一客户一天只拜访一次），${nth.zh}无法安排`,
      en: `the month has only ${workingDays} working days, fewer than the ${c.required} visits required (one a day at most), so ${nth.en} cannot be planned`,
    };
  }
  const span = window.from === window.to ? window.from : `${window.from} 至 ${window.to}`;
  const spanEn = window.from === window.to ? window.from : `${window.from} to ${window.to}`;
  if (firstWeek) {
    return {
      zh: `A 类客户须在第一周（${span}）首次拜访，但这几天已排满（每天最多 ${capacity} 次拜访）`,
      en: `an A customer's first visit belongs in the first week (${spanEn}), but those days are full (at most ${capacity} visits a day)`,
    };
  }
  return {
    zh: `${span} 的工作日已排满（每天最多 ${capacity} 次拜访），${nth.zh}无法安排`,
    en: `the working days ${spanEn} are full (at most ${capacity} visits a day), so ${nth.en} cannot be planned`,
  };
}
