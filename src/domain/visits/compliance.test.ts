import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/official';
import { combineComplianceSummaries, repCompliance, type ComplianceCustomer, type RecordedContact } from './compliance';

const calendar = workingCalendar();
// November 2025: 20 working days, 3–28 November; the first week is 3–7 November.
const customers: ComplianceCustomer[] = [
  { customerId: 'a1', grade: 'A', visitsPerMonth: 3, phoneAllowed: false },
  { customerId: 'a2', grade: 'A', visitsPerMonth: 3, phoneAllowed: false },
  { customerId: 'b1', grade: 'B', visitsPerMonth: 2, phoneAllowed: false },
  { customerId: 'c1', grade: 'C', visitsPerMonth: 1, phoneAllowed: true },
  { customerId: 'n1', grade: 'none', visitsPerMonth: 1, phoneAllowed: false },
];
const visit = (customerId: string, date: string, checkIn: RecordedContact['checkIn'] = 'within', planned = true): RecordedContact => ({ customerId, date, kind: 'visit', planned, checkIn });
const call = (customerId: string, date: string): RecordedContact => ({ customerId, date, kind: 'phone', planned: true, checkIn: null });

const contacts: RecordedContact[] = [
  visit('a1', '2025-11-04'),
  visit('a1', '2025-11-04', 'outside'), // the same day again: counts once, but its check-in is flagged
  visit('a1', '2025-11-12'),
  visit('a1', '2025-11-25', 'within', false),
  visit('a2', '2025-11-11', 'customer-no-location'),
  call('b1', '2025-11-05'), // B may not be served by phone
  visit('b1', '2025-11-20', 'no-position'), // a refused check-in is no visit
  call('c1', '2025-11-18'),
  visit('zz', '2025-11-06'), // someone else's customer
  visit('n1', '2025-10-31'), // last month
];

describe('repCompliance', () => {
  it('counts a month: visits per day, calls only where allowed, refused check-ins not at all', () => {
    const answer = repCompliance({ year: 2025, month: 11, calendar, customers, contacts });
    if (!answer.ok) throw new Error(answer.error.en);
    const rows = Object.fromEntries(answer.value.customers.map((c) => [c.customerId, [c.visits, c.phoneCalls, c.counted, c.behind, c.met, c.firstWeek]]));
    expect(rows).toEqual({
      a1: [3, 0, 3, 0, true, true],
      a2: [1, 0, 1, 2, false, false],
      b1: [0, 0, 0, 2, false, null],
      c1: [0, 1, 1, 0, true, null],
      n1: [0, 0, 0, 1, false, null],
    });
    const { summary } = answer.value;
    expect(summary.byGrade.A).toEqual({ customers: 2, required: 6, counted: 4, visits: 4, phoneCalls: 0, met: 1 });
    expect(summary.byGrade.C).toEqual({ customers: 1, required: 1, counted: 1, visits: 0, phoneCalls: 1, met: 1 });
    expect(summary.aFirstWeek).toEqual({ due: 2, met: 1 });
    expect([summary.plannedContacts, summary.unplannedContacts, summary.otherContacts]).toEqual([7, 1, 1]);
    expect(answer.value.flagged.map((f) => [f.customerId, f.date, f.checkIn])).toEqual([
      ['a1', '2025-11-04', 'outside'],
      ['a2', '2025-11-11', 'customer-no-location'],
    ]);
    expect(summary.flaggedCheckIns).toBe(2);
    expect(answer.value.overdue.map((c) => [c.customerId, c.behind])).toEqual([
      ['a2', 2],
      ['b1', 2],
      ['n1', 1],
    ]);
    expect([summary.overdueCustomers, summary.contactsBehind]).toEqual([3, 5]);
  });

  it('counts as due by a day only the contacts whose window has ended', () => {
    // 13 November is working day 9 of 20: the A customers' first third (days 1–6) has ended, B's first half (1–10) not.
    const answer = repCompliance({ year: 2025, month: 11, calendar, customers, contacts, asOf: '2025-11-13' });
    if (!answer.ok) throw new Error(answer.error.en);
    const rows = Object.fromEntries(answer.value.customers.map((c) => [c.customerId, [c.counted, c.expectedByNow, c.behind]]));
    expect(rows).toEqual({ a1: [2, 1, 0], a2: [1, 1, 0], b1: [0, 0, 0], c1: [0, 0, 0], n1: [0, 0, 0] });
    expect(answer.value.summary.unplannedContacts).toBe(0);
  });

  it('leaves the first-week question open until the first week is over', () => {
    const answer = repCompliance({ year: 2025, month: 11, calendar, customers, contacts, asOf: '2025-11-05' });
    if (!answer.ok) throw new Error(answer.error.en);
    expect(answer.value.customers.filter((c) => c.grade === 'A').map((c) => c.firstWeek)).toEqual([true, null]);
    expect(answer.value.summary.aFirstWeek).toEqual({ due: 0, met: 0 });
  });

  it('adds reps up into an office', () => {
    const one = repCompliance({ year: 2025, month: 11, calendar, customers, contacts });
    const two = repCompliance({ year: 2025, month: 11, calendar, customers: customers.slice(0, 2), contacts: [] });
    if (!one.ok || !two.ok) throw new Error('calendar');
    const office = combineComplianceSummaries([one.value.summary, two.value.summary]);
    expect(office.byGrade.A).toEqual({ customers: 4, required: 12, counted: 4, visits: 4, phoneCalls: 0, met: 1 });
    expect(office.aFirstWeek).toEqual({ due: 4, met: 1 });
    expect(office.contactsBehind).toBe(5 + 6);
    expect(combineComplianceSummaries([one.value.summary])).toEqual(one.value.summary);
  });

  it('answers the calendar’s gap for an unknown year', () => {
    const answer = repCompliance({ year: 2031, month: 1, calendar, customers, contacts: [] });
    expect(answer.ok).toBe(false);
  });
});
