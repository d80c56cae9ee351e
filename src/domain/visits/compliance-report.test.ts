import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/official';
import { complianceAsOf, complianceReport, type ReportContact, type ReportCustomer } from './compliance-report';

const calendar = workingCalendar();
const customer = (repId: string, customerId: string, grade: 'A' | 'B' | 'C' | 'none', visitsPerMonth: number, lastContactEver: string | null = null): ReportCustomer => ({ repId, customerId, grade, visitsPerMonth, phoneAllowed: grade === 'C', lastContactEver });
const visit = (repId: string, customerId: string, date: string): ReportContact => ({ repId, customerId, date, kind: 'visit', planned: true, checkIn: 'within' });

describe('complianceAsOf', () => {
  it('counts a running month up to today and an ended one whole', () => {
    expect(complianceAsOf(2025, 11, '2025-11-13')).toBe('2025-11-13');
    expect(complianceAsOf(2025, 11, '2025-11-30')).toBeNull();
    expect(complianceAsOf(2025, 11, '2026-01-02')).toBeNull();
    expect(complianceAsOf(2025, 12, '2025-11-20')).toBe('2025-11-20');
  });
});

describe('complianceReport', () => {
  // November 2025: two reps of one office and one of another.
  const reps = [
    { repId: 'r1', officeId: 'o1' },
    { repId: 'r2', officeId: 'o1' },
    { repId: 'r3', officeId: 'o2' },
  ];
  const customers = [customer('r1', 'a', 'A', 3), customer('r1', 'b', 'B', 2, '2025-10-20'), customer('r2', 'c', 'C', 1), customer('r3', 'n', 'none', 1)];
  const contacts = [visit('r1', 'a', '2025-11-04'), visit('r1', 'a', '2025-11-14'), visit('r1', 'a', '2025-11-24'), visit('r2', 'c', '2025-11-10'), visit('r2', 'a', '2025-11-11')];
  const planned = [
    { repId: 'r1', grade: 'A' as const, contacts: 3 },
    { repId: 'r1', grade: 'B' as const, contacts: 1 },
    { repId: 'r3', grade: 'none' as const, contacts: 1 },
  ];

  it('gives each rep their own figures with the plan beside them, and adds reps into offices and the total', () => {
    const answer = complianceReport({ year: 2025, month: 11, calendar, asOf: null, reps, customers, contacts, planned });
    if (!answer.ok) throw new Error(answer.error.en);
    const [r1, r2, r3] = answer.value.reps;
    expect(r1!.planned).toEqual({ A: 3, B: 1, C: 0, none: 0 });
    expect(r1!.summary.byGrade.A.counted).toBe(3);
    expect(r1!.overdue.map((c) => [c.customerId, c.behind, c.lastContactEver])).toEqual([['b', 2, '2025-10-20']]);
    // r2's visit to r1's customer counts for nobody's customer.
    expect(r2!.summary.otherContacts).toBe(1);
    expect(r2!.summary.byGrade.C.met).toBe(1);
    expect(r3!.overdue.map((c) => [c.customerId, c.lastContactEver])).toEqual([['n', null]]);
    expect(answer.value.offices.map((o) => [o.officeId, o.summary.overdueCustomers, o.planned.A, o.summary.byGrade.C.counted])).toEqual([
      ['o1', 1, 3, 1],
      ['o2', 1, 0, 0],
    ]);
    expect(answer.value.total.summary.contactsBehind).toBe(3);
    expect([r1!.dueByNow, answer.value.offices[0]!.dueByNow, answer.value.total.dueByNow]).toEqual([5, 6, 7]);
    expect(answer.value.total.planned).toEqual({ A: 3, B: 1, C: 0, none: 1 });
  });

  it('reports a year the calendar does not know', () => {
    const answer = complianceReport({ year: 2031, month: 3, calendar, asOf: null, reps, customers, contacts: [], planned: [] });
    expect(answer.ok).toBe(false);
  });
});
