import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/official';
import { generateMonthlyPlan } from './plan';
import { addContact, moveContact, removeContact, type PlanDraft } from './plan-editing';
import { validatePlan, type ValidationCustomer } from './plan-validation';
import { resolveRequiredVisits } from './rules';
import { randomTerritory } from '../../../test/helpers/territory';

const calendar = workingCalendar();
const context = { calendar, dailyCapacity: 8 };

describe('editing a plan by hand', () => {
  const plan: PlanDraft = {
    year: 2025,
    month: 10,
    days: [
      { date: '2025-10-09', contacts: [{ customerId: 'a', kind: 'visit' }] },
      { date: '2025-10-10', contacts: [{ customerId: 'b', kind: 'visit' }] },
    ],
  };

  it('moves a contact to another working day, leaving the old plan as it was', () => {
    const moved = moveContact(plan, '2025-10-09', '2025-10-11', 'a', context);
    expect(moved).toEqual({
      ok: true,
      warnings: [],
      plan: {
        ...plan,
        days: [
          { date: '2025-10-09', contacts: [] },
          { date: '2025-10-10', contacts: [{ customerId: 'b', kind: 'visit' }] },
          { date: '2025-10-11', contacts: [{ customerId: 'a', kind: 'visit' }] },
        ],
      },
    });
    expect(plan.days[0]!.contacts).toHaveLength(1);
  });

  it('refuses a holiday, a weekend, another month, a second contact on one day and a contact that is not there', () => {
    const holiday = moveContact(plan, '2025-10-09', '2025-10-03', 'a', context);
    expect(holiday).toMatchObject({ ok: false, error: { code: 'not-a-working-day', zh: '2025-10-03 不是工作日（国庆节）' } });
    expect(moveContact(plan, '2025-10-09', '2025-10-12', 'a', context)).toMatchObject({ ok: false, error: { code: 'not-a-working-day', zh: '2025-10-12 不是工作日' } });
    expect(moveContact(plan, '2025-10-09', '2025-11-03', 'a', context)).toMatchObject({ ok: false, error: { code: 'not-in-month' } });
    expect(moveContact(plan, '2025-10-09', '2025-10-10', 'b', context)).toMatchObject({ ok: false, error: { code: 'no-such-contact' } });
    expect(addContact(plan, '2025-10-10', { customerId: 'b', kind: 'phone' }, context)).toMatchObject({ ok: false, error: { code: 'already-that-day' } });
    expect(removeContact(plan, '2025-10-10', 'a')).toMatchObject({ ok: false, error: { code: 'no-such-contact' } });
    expect(addContact({ ...plan, year: 2031 }, '2031-10-10', { customerId: 'c', kind: 'visit' }, context)).toMatchObject({ ok: false, error: { code: 'year-not-configured', zh: '2031 年的节假日尚未配置' } });
  });

  it('warns, without refusing, when a day gets more visits than the capacity (calls do not count)', () => {
    let current = plan;
    for (const id of ['c', 'd']) {
      const added = addContact(current, '2025-10-10', { customerId: id, kind: 'visit' }, { calendar, dailyCapacity: 2 });
      if (!added.ok) throw new Error(added.error.en);
      current = added.plan;
      if (id === 'd') expect(added.warnings).toEqual([{ zh: '2025-10-10 安排了 3 次拜访，超过每天 2 次的上限', en: '2025-10-10 has 3 visits, more than the 2 a day' }]);
    }
    const call = addContact(plan, '2025-10-10', { customerId: 'e', kind: 'phone' }, { calendar, dailyCapacity: 1 });
    expect(call).toMatchObject({ ok: true, warnings: [] });
  });
});

describe('validatePlan', () => {
  const territory = randomTerritory({ customers: 50, seed: 11 });
  const customers: ValidationCustomer[] = territory.customers.map((c) => ({ customerId: c.id, grade: c.grade, ...resolveRequiredVisits({ grade: c.grade, typeCode: c.typeCode }) }));
  const generated = generateMonthlyPlan({ year: 2025, month: 10, calendar, customers: territory.customers, start: territory.seat, mode: 'car', routeIterations: 20 });
  if (!generated.ok) throw new Error(generated.error.en);
  const plan = generated.value;
  const codes = (draft: PlanDraft) => validatePlan(draft, customers, context).breaches.map((b) => [b.code, b.customerId, b.date]);

  it('passes a generated plan', () => {
    expect(validatePlan(plan, customers, context)).toEqual({ ok: true, breaches: [] });
  });

  it('finds an A customer moved out of the first week, and a removed visit', () => {
    const aFirst = plan.days.slice(0, 5).flatMap((d) => d.contacts.filter((c) => c.grade === 'A' && c.contactNumber === 1).map((c) => ({ date: d.date, id: c.customerId })))[0]!;
    const free = plan.days.slice(5).find((d) => !d.contacts.some((c) => c.customerId === aFirst.id))!;
    const moved = moveContact(plan, aFirst.date, free.date, aFirst.id, context);
    if (!moved.ok) throw new Error(moved.error.en);
    expect(codes(moved.plan)).toEqual([['a-not-first-week', aFirst.id, null]]);
    const removed = removeContact(plan, aFirst.date, aFirst.id);
    if (!removed.ok) throw new Error(removed.error.en);
    const breaches = validatePlan(removed.plan, customers, context).breaches;
    expect(breaches.map((b) => b.code)).toEqual(['missing-contacts', 'a-not-first-week']);
    expect(breaches[0]!.zh).toBe('每月须拜访 3 次，计划只有 2 次');
  });

  it('finds a call where a visit is needed, a customer twice on a day, a holiday, an unknown customer and a full day', () => {
    const b = customers.find((c) => c.grade === 'B')!;
    const c = customers.find((x) => x.phoneAllowed)!;
    const draft: PlanDraft = {
      year: 2025,
      month: 10,
      days: [
        { date: '2025-10-01', contacts: [{ customerId: c.customerId, kind: 'visit' }] },
        { date: '2025-10-09', contacts: [{ customerId: b.customerId, kind: 'phone' }, { customerId: c.customerId, kind: 'phone' }, { customerId: c.customerId, kind: 'visit' }] },
        { date: '2025-10-10', contacts: [{ customerId: 'stranger', kind: 'visit' }, ...Array.from({ length: 8 }, () => ({ customerId: b.customerId, kind: 'visit' as const }))] },
      ],
    };
    const found = validatePlan(draft, [b, c], context);
    expect(found.ok).toBe(false);
    expect(found.breaches.map((x) => [x.code, x.severity, x.customerId, x.date])).toEqual([
      ['not-a-working-day', 'error', null, '2025-10-01'],
      ['phone-not-allowed', 'error', b.customerId, '2025-10-09'],
      ['same-day-twice', 'error', c.customerId, '2025-10-09'],
      ['unknown-customer', 'error', 'stranger', '2025-10-10'],
      ['same-day-twice', 'error', b.customerId, '2025-10-10'],
      ['over-capacity', 'warning', null, '2025-10-10'],
      ['missing-contacts', 'error', b.customerId, null],
    ]);
  });
});
