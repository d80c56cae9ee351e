import { daysInMonth, isoDate, type IsoDate } from '../calendar/dates';
import type { CalendarAnswer, WorkingCalendar } from '../calendar/calendar';
import { combineComplianceSummaries, repCompliance, type ComplianceCustomer, type ComplianceSummary, type CustomerCompliance, type RecordedContact } from './compliance';
import { RULE_GRADES, type RuleGrade } from './rules';

/**
 * Plan against actual (拜访达成) for a month over several reps and offices: each rep's figures from repCompliance,
 * with what their month's plan holds per grade beside them, each office's totals and the grand total (the reps'
 * summaries added up). Overdue customers carry the last contact anyone made (from before the month too), so the
 * manager sees how long a customer has gone without one.
 */
export interface ReportRep {
  repId: string;
  officeId: string;
}

export interface ReportCustomer extends ComplianceCustomer {
  repId: string;
  /** The last day anyone contacted the customer up to the figures' day (any month); null: never. */
  lastContactEver: IsoDate | null;
}

export interface ReportContact extends RecordedContact {
  repId: string;
}

/** Planned contacts of a rep's month plan, per grade of the customer. */
export interface PlannedCount {
  repId: string;
  grade: RuleGrade;
  contacts: number;
}

export type GradeCounts = Record<RuleGrade, number>;

export interface RepReport {
  repId: string;
  officeId: string;
  summary: ComplianceSummary;
  planned: GradeCounts;
  /** Contacts due by the figures' day (the whole month's when the month has ended). */
  dueByNow: number;
  overdue: (CustomerCompliance & { lastContactEver: IsoDate | null })[];
  flagged: RecordedContact[];
}

export interface ComplianceReport {
  /** The day the figures are for; null: the whole month. */
  asOf: IsoDate | null;
  reps: RepReport[];
  offices: { officeId: string; summary: ComplianceSummary; planned: GradeCounts; dueByNow: number }[];
  total: { summary: ComplianceSummary; planned: GradeCounts; dueByNow: number };
}

/** A month's figures are for today while it runs, for the whole month once it has ended. */
export function complianceAsOf(year: number, month: number, today: IsoDate): IsoDate | null {
  const last = isoDate(year, month, daysInMonth(year, month));
  return today >= last ? null : today;
}

const noCounts = (): GradeCounts => ({ A: 0, B: 0, C: 0, none: 0 });
function addCounts(into: GradeCounts, from: GradeCounts): GradeCounts {
  for (const g of RULE_GRADES) into[g] += from[g];
  return into;
}

export function complianceReport(input: {
  year: number;
  month: number;
  calendar: WorkingCalendar;
  asOf: IsoDate | null;
  reps: readonly ReportRep[];
  customers: readonly ReportCustomer[];
  contacts: readonly ReportContact[];
  planned: readonly PlannedCount[];
}): CalendarAnswer<ComplianceReport> {
  const group = <T extends { repId: string }>(rows: readonly T[]) => {
    const by = new Map<string, T[]>();
    for (const r of rows) by.set(r.repId, [...(by.get(r.repId) ?? []), r]);
    return by;
  };
  const customersOf = group(input.customers);
  const contactsOf = group(input.contacts);
  const reps: RepReport[] = [];
  for (const rep of input.reps) {
    const own = customersOf.get(rep.repId) ?? [];
    const answer = repCompliance({ year: input.year, month: input.month, calendar: input.calendar, customers: own, contacts: contactsOf.get(rep.repId) ?? [], ...(input.asOf ? { asOf: input.asOf } : {}) });
    if (!answer.ok) return answer;
    const lastEver = new Map(own.map((c) => [c.customerId, c.lastContactEver]));
    const planned = noCounts();
    for (const p of input.planned) if (p.repId === rep.repId) planned[p.grade] += p.contacts;
    reps.push({
      repId: rep.repId,
      officeId: rep.officeId,
      summary: answer.value.summary,
      planned,
      dueByNow: answer.value.customers.reduce((sum, c) => sum + c.expectedByNow, 0),
      overdue: answer.value.overdue.map((c) => ({ ...c, lastContactEver: lastEver.get(c.customerId) ?? null })),
      flagged: answer.value.flagged,
    });
  }
  const officeIds = [...new Set(input.reps.map((r) => r.officeId))];
  const offices = officeIds.map((officeId) => {
    const mine = reps.filter((r) => r.officeId === officeId);
    return { officeId, summary: combineComplianceSummaries(mine.map((r) => r.summary)), planned: mine.reduce((sum, r) => addCounts(sum, r.planned), noCounts()), dueByNow: mine.reduce((sum, r) => sum + r.dueByNow, 0) };
  });
  return {
    ok: true,
    value: {
      asOf: input.asOf,
      reps,
      offices,
      total: { summary: combineComplianceSummaries(reps.map((r) => r.summary)), planned: reps.reduce((sum, r) => addCounts(sum, r.planned), noCounts()), dueByNow: reps.reduce((sum, r) => sum + r.dueByNow, 0) },
    },
  };
}
