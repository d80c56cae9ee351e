import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, type WorkingCalendar } from '../calendar/calendar';
import { OFFICIAL_CALENDAR, workingCalendar } from '../calendar/official';
import { haversineMetres } from '../customers/coordinates';
import { randomBelow, seededRandom } from '../shared/random';
import { planRoute } from '../routes/route';
import { generateMonthlyPlan } from './plan';
import { validatePlan } from './plan-validation';
import type { MonthlyPlan, MonthlyPlanRequest, PlanCustomer } from './plan-types';
import { resolveRequiredVisits } from './rules';
import { randomTerritory } from '../../../test/helpers/territory';

const calendar = workingCalendar();

function plan(request: Partial<MonthlyPlanRequest> & Pick<MonthlyPlanRequest, 'customers' | 'start'>): MonthlyPlan {
  const answer = generateMonthlyPlan({ year: 2025, month: 11, calendar, mode: 'motorbike', routeIterations: 30, ...request });
  if (!answer.ok) throw new Error(answer.error.en);
  return answer.value;
}

const rulesOf = (customers: readonly PlanCustomer[]) =>
  customers.map((c) => ({ customerId: c.id, grade: c.grade, ...resolveRequiredVisits({ grade: c.grade, typeCode: c.typeCode, override: c.override }) }));

/** Every contact of the plan, with the position of its day. */
const contactsOf = (p: MonthlyPlan) => p.days.flatMap((day, index) => day.contacts.map((c) => ({ ...c, date: day.date, index })));

describe('generateMonthlyPlan on made-up counties', () => {
  const seeds = Array.from({ length: 12 }, (_, i) => i + 1);

  it('keeps every rule when the month has room: counts, A in the first week, spread, visits rather than calls', () => {
    for (const seed of seeds) {
      const territory = randomTerritory({ customers: 30 + seed * 3, seed });
      const p = plan({ customers: territory.customers, start: territory.seat });
      expect(p.unplaced).toEqual([]);
      expect(p.totals.phoneCalls).toBe(0);
      const check = validatePlan(p, rulesOf(territory.customers), { calendar, dailyCapacity: 8 });
      expect(check.breaches).toEqual([]);
      expect(p.totals.visits).toBe(p.totals.required);
      // Spread: contact k of r lies in the k-th r-th of the month's working days.
      for (const c of contactsOf(p)) {
        const n = p.days.length;
        expect(c.index).toBeGreaterThanOrEqual(Math.floor(((c.contactNumber - 1) * n) / c.contactsRequired));
        expect(c.index).toBeLessThan(Math.floor((c.contactNumber * n) / c.contactsRequired));
      }
    }
  });

  it('gives the same plan for the same input, whatever order the customers come in', () => {
    const territory = randomTerritory({ customers: 120, seed: 99 });
    const first = plan({ customers: territory.customers, start: territory.seat });
    expect(plan({ customers: territory.customers, start: territory.seat })).toEqual(first);
    const random = seededRandom(5);
    const shuffled = [...territory.customers];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = randomBelow(random, i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(plan({ customers: shuffled, start: territory.seat })).toEqual(first);
  });

  it('never exceeds the daily capacity, and accounts for every required contact exactly once', () => {
    for (const seed of seeds) {
      const territory = randomTerritory({ customers: 40 + seed * 10, seed: 100 + seed, withoutLocation: 0.05 });
      const capacity = 1 + (seed % 8);
      const p = plan({ customers: territory.customers, start: territory.seat, dailyCapacity: capacity });
      for (const day of p.days) {
        expect(day.visitCount).toBeLessThanOrEqual(capacity);
        expect(day.visitCount).toBe(day.contacts.filter((c) => c.kind === 'visit').length);
        expect(new Set(day.contacts.map((c) => c.customerId)).size).toBe(day.contacts.length);
      }
      const rules = new Map(rulesOf(territory.customers).map((r) => [r.customerId, r]));
      const seen = new Map<string, number[]>();
      for (const c of [...contactsOf(p), ...p.unplaced]) seen.set(c.customerId, [...(seen.get(c.customerId) ?? []), c.contactNumber]);
      for (const [id, rule] of rules) expect((seen.get(id) ?? []).sort((a, b) => a - b)).toEqual(Array.from({ length: rule.visitsPerMonth }, (_, k) => k + 1));
      for (const c of contactsOf(p)) if (c.kind === 'phone') expect(rules.get(c.customerId)!.phoneAllowed).toBe(true);
      expect(p.totals.visits + p.totals.phoneCalls + p.totals.unplaced).toBe(p.totals.required);
    }
  });

  it('when the days are short, leaves out only visits that may not be calls, on full days, A customers last', () => {
    for (const seed of seeds) {
      const territory = randomTerritory({ customers: 150, seed: 200 + seed });
      const p = plan({ customers: territory.customers, start: territory.seat, dailyCapacity: 4 + (seed % 3) });
      expect(p.unplaced.length).toBeGreaterThan(0);
      const byId = new Map(territory.customers.map((c) => [c.id, c]));
      const rules = new Map(rulesOf(territory.customers).map((r) => [r.customerId, r]));
      for (const u of p.unplaced) {
        expect(u.reason).toBe('capacity');
        expect(rules.get(u.customerId)!.phoneAllowed).toBe(false);
        expect(u.grade).toBe(byId.get(u.customerId)!.grade);
        // The last day it could have gone on was full.
        const last = p.days.find((d) => d.date === u.window!.to)!;
        expect(last.visitCount).toBe(p.dailyCapacity);
        expect(u.message.zh).toContain(`每天最多 ${p.dailyCapacity} 次拜访`);
      }
      // C customers (calls allowed) are called rather than dropped; A customers are dropped only when B ones are too.
      const grades = new Set(p.unplaced.map((u) => u.grade));
      if (grades.has('A')) expect(grades.has('B')).toBe(true);
      expect(grades.has('C')).toBe(false);
    }
  });

  it('spreads the calls that stand in for visits over the month instead of piling them on its last day', () => {
    const territory = randomTerritory({ customers: 150, seed: 77 });
    const p = plan({ customers: territory.customers, start: territory.seat });
    const calls = p.days.map((d) => d.contacts.filter((c) => c.kind === 'phone').length);
    expect(p.totals.phoneCalls).toBeGreaterThan(p.days.length);
    expect(Math.max(...calls) - Math.min(...calls)).toBeLessThanOrEqual(1);
  });

  it('follows the rules it is given: per type, per customer, none at all', () => {
    const territory = randomTerritory({ customers: 40, seed: 8 });
    const [first, second, ...rest] = territory.customers;
    const customers: PlanCustomer[] = [
      { ...first!, grade: 'B', typeCode: 'distributor' },
      { ...second!, grade: 'C', override: { visitsPerMonth: 0 } },
      ...rest.map((c) => ({ ...c, typeCode: 'village_clinic' })),
    ];
    const rules = { byGrade: { A: { visitsPerMonth: 2, phoneAllowed: false }, B: { visitsPerMonth: 1, phoneAllowed: false }, C: { visitsPerMonth: 1, phoneAllowed: false }, none: { visitsPerMonth: 0, phoneAllowed: false } }, byCustomerType: { distributor: { B: { visitsPerMonth: 4 } } } };
    const p = plan({ customers, start: territory.seat, rules });
    const count = (id: string) => contactsOf(p).filter((c) => c.customerId === id).length;
    expect(count(first!.id)).toBe(4);
    expect(count(second!.id)).toBe(0);
    for (const c of rest) expect(count(c.id)).toBe({ A: 2, B: 1, C: 1, none: 0 }[c.grade]);
  });

  it('groups each day around a place: a day’s visits lie closer together than the territory’s customers at large', () => {
    const territory = randomTerritory({ customers: 90, seed: 4242 });
    const p = plan({ customers: territory.customers, start: territory.seat });
    const where = new Map(territory.customers.map((c) => [c.id, c.location!]));
    const meanPairDistance = (ids: string[]) => {
      let sum = 0;
      let n = 0;
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++, n++) sum += haversineMetres(where.get(ids[i]!)!, where.get(ids[j]!)!);
      return n ? sum / n : 0;
    };
    const all = meanPairDistance(territory.customers.map((c) => c.id));
    const days = p.days.map((d) => meanPairDistance(d.contacts.filter((c) => c.kind === 'visit').map((c) => c.customerId)));
    expect(days.reduce((a, b) => a + b, 0) / days.length).toBeLessThan(all * 0.5);
  });
});

describe('generateMonthlyPlan on real months and odd inputs', () => {
  const territory = randomTerritory({ customers: 60, seed: 7 });

  it('plans October 2025 around the National Day holiday, with the make-up Saturday and a first week from 9 October', () => {
    const p = plan({ year: 2025, month: 10, customers: territory.customers, start: territory.seat });
    const dates = p.days.map((d) => d.date);
    expect(dates).toHaveLength(18);
    expect(dates.slice(0, 5)).toEqual(['2025-10-09', '2025-10-10', '2025-10-11', '2025-10-13', '2025-10-14']);
    expect(dates.some((d) => d >= '2025-10-01' && d <= '2025-10-08')).toBe(false);
    expect(p.days.slice(0, 5).every((d) => d.week === 1)).toBe(true);
    expect(validatePlan(p, rulesOf(territory.customers), { calendar, dailyCapacity: 8 }).breaches).toEqual([]);
    const aFirst = contactsOf(p).filter((c) => c.grade === 'A' && c.contactNumber === 1);
    expect(aFirst.length).toBe(territory.customers.filter((c) => c.grade === 'A').length);
    expect(aFirst.every((c) => c.date <= '2025-10-14')).toBe(true);
  });

  it('plans February 2026 around the Spring Festival (15–23 February) with both make-up Saturdays', () => {
    const p = plan({ year: 2026, month: 2, customers: territory.customers, start: territory.seat });
    const dates = p.days.map((d) => d.date);
    expect(dates).toHaveLength(16);
    expect(dates).toContain('2026-02-14');
    expect(dates).toContain('2026-02-28');
    expect(dates.some((d) => d >= '2026-02-15' && d <= '2026-02-23')).toBe(false);
    expect(validatePlan(p, rulesOf(territory.customers), { calendar, dailyCapacity: 8 }).breaches).toEqual([]);
  });

  it('has empty working days for a rep without customers', () => {
    const p = plan({ customers: [], start: territory.seat });
    expect(p.days).toHaveLength(20);
    expect(p.days.every((d) => d.contacts.length === 0 && d.route.totalMetres === 0)).toBe(true);
    expect(p.totals).toEqual({ required: 0, visits: 0, phoneCalls: 0, unplaced: 0, metres: 0 });
  });

  it('plans a customer without coordinates, flagged, after the routed visits and outside the route', () => {
    const lost: PlanCustomer = { id: 'zz-lost', grade: 'B', typeCode: 'village_clinic', location: null };
    const p = plan({ customers: [...territory.customers, lost], start: territory.seat });
    const visits = contactsOf(p).filter((c) => c.customerId === 'zz-lost');
    expect(visits.map((v) => [v.kind, v.flags])).toEqual([
      ['visit', ['no-location']],
      ['visit', ['no-location']],
    ]);
    for (const v of visits) {
      const day = p.days[v.index]!;
      const located = day.contacts.filter((c) => c.kind === 'visit' && c.flags.length === 0);
      expect(day.contacts.indexOf(day.contacts.find((c) => c.customerId === 'zz-lost')!)).toBeGreaterThanOrEqual(located.length);
      const where = new Map(territory.customers.map((c) => [c.id, c.location!]));
      const alone = planRoute({ start: territory.seat, stops: located.map((c) => ({ id: c.customerId, location: where.get(c.customerId)! })), mode: 'motorbike', solver: { iterations: 30 } });
      expect(day.route.totalMetres).toBe(alone.totalMetres);
    }
  });

  it('names the A customers whose first visit does not fit in the first week', () => {
    const random = seededRandom(3);
    const aCustomers: PlanCustomer[] = Array.from({ length: 8 }, (_, i) => ({
      id: `a${i}`,
      grade: 'A',
      typeCode: 'county_hospital',
      location: { lng: 113.9 + random() * 0.1, lat: 34.7 + random() * 0.1, datum: 'GCJ-02' },
      override: { visitsPerMonth: 1 },
    }));
    const p = plan({ customers: aCustomers, start: territory.seat, dailyCapacity: 1 });
    const firstWeek = p.days.slice(0, 5);
    const visited = firstWeek.flatMap((d) => d.contacts.map((c) => c.customerId));
    expect(visited).toHaveLength(5);
    expect(p.unplaced.map((u) => u.customerId).sort()).toEqual(aCustomers.map((c) => c.id).filter((id) => !visited.includes(id)).sort());
    expect(p.unplaced[0]!.message.zh).toBe('A 类客户须在第一周（2025-11-03 至 2025-11-07）首次拜访，但这几天已排满（每天最多 1 次拜访）');
    expect(p.days.slice(5).every((d) => d.contacts.length === 0)).toBe(true);
  });

  it('explains a customer needing more visits than the month has working days', () => {
    const holidays = ['2025-11-04', '2025-11-05', '2025-11-06', '2025-11-07', '2025-11-10', '2025-11-11', '2025-11-12', '2025-11-13', '2025-11-14'];
    const short: WorkingCalendar = createWorkingCalendar(
      OFFICIAL_CALENDAR,
      [...holidays, ...['17', '18', '19', '20', '21', '24', '25', '26', '27', '28'].map((d) => `2025-11-${d}`)].map((date) => ({ date, kind: 'holiday' as const, note: '' })),
    );
    const customer: PlanCustomer = { id: 'busy', grade: 'B', typeCode: null, location: territory.seat, override: { visitsPerMonth: 3 } };
    const answer = generateMonthlyPlan({ year: 2025, month: 11, calendar: short, customers: [customer], start: territory.seat, mode: 'car' });
    if (!answer.ok) throw new Error(answer.error.en);
    expect(answer.value.days.map((d) => d.contacts.length)).toEqual([1]);
    expect(answer.value.unplaced.map((u) => [u.contactNumber, u.reason, u.window])).toEqual([
      [1, 'more-than-working-days', null],
      [2, 'more-than-working-days', null],
    ]);
    expect(answer.value.unplaced[0]!.message.zh).toContain('本月只有 1 个工作日');
  });

  it('answers the calendar’s gap for a year without a holiday arrangement, and refuses a capacity below 1', () => {
    const answer = generateMonthlyPlan({ year: 2031, month: 3, calendar, customers: territory.customers, start: territory.seat, mode: 'car' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.zh).toBe('2031 年的节假日尚未配置');
    expect(() => plan({ customers: territory.customers, start: territory.seat, dailyCapacity: 0 })).toThrow(RangeError);
    expect(() => plan({ customers: [territory.customers[0]!, territory.customers[0]!], start: territory.seat })).toThrow(/twice/);
  });

  it('writes a first-visit objective for a customer never visited, and a call objective for a call', () => {
    const fresh: PlanCustomer = { id: 'new', grade: 'none', typeCode: null, location: territory.seat, lastVisit: null };
    const p = plan({ customers: [fresh], start: territory.seat });
    expect(contactsOf(p)[0]!.objective.zh).toBe('首次拜访：建档、介绍公司与产品');
    const crowded = randomTerritory({ customers: 150, seed: 201 });
    const phone = contactsOf(plan({ customers: crowded.customers, start: crowded.seat, dailyCapacity: 4 })).find((c) => c.kind === 'phone');
    expect(phone?.objective.zh).toBe('电话问候、了解补货需求');
    expect(phone?.flags).toEqual(['phone-for-capacity']);
  });
});
