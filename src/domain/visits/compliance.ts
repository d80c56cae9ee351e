import { partsOf, type IsoDate } from '../calendar/dates';
import { WORKING_WEEK_LENGTH, type CalendarAnswer, type WorkingCalendar } from '../calendar/calendar';
import type { CheckInStatus } from './check-in';
import type { ContactKind } from './objectives';
import { RULE_GRADES, type RuleGrade } from './rules';
import { contactWindows } from './windows';

/**
 * Whether a rep kept the visit rules in a month (DOMAIN §3), from what was recorded. A customer's contacts count
 * once per day; a call counts only where the rule lets a call stand in for a visit; a visit whose check-in was
 * refused (no position) does not count. "Expected by now" uses the planner's windows (windows.ts): on `asOf` the
 * contacts whose window has ended are due, so a customer needing 3 a month is 1 behind when a third of the month
 * has passed without a visit. Without `asOf` the whole month is due.
 *
 * The summary holds counts only, so an office's or the organisation's figures are the reps' summaries added up
 * (combineComplianceSummaries).
 */
export interface ComplianceCustomer {
  customerId: string;
  grade: RuleGrade;
  visitsPerMonth: number;
  phoneAllowed: boolean;
}

export interface RecordedContact {
  customerId: string;
  date: IsoDate;
  kind: ContactKind;
  planned: boolean;
  /** Visits only; null for calls or a visit recorded without a check-in. */
  checkIn: CheckInStatus | null;
}

export interface ComplianceRequest {
  year: number;
  month: number;
  calendar: WorkingCalendar;
  customers: readonly ComplianceCustomer[];
  contacts: readonly RecordedContact[];
  /** The day the figures are for (inclusive); the whole month when left out. */
  asOf?: IsoDate;
}

export interface CustomerCompliance {
  customerId: string;
  grade: RuleGrade;
  required: number;
  /** Days with a counted visit. */
  visits: number;
  /** Days with a counted call (and no visit). */
  phoneCalls: number;
  counted: number;
  expectedByNow: number;
  /** How many contacts short of what is due by now (0 when on track). */
  behind: number;
  /** Counted ≥ required. */
  met: boolean;
  /** A customers: visited in the first week (null for other grades, or before the first week has ended). */
  firstWeek: boolean | null;
  lastContact: IsoDate | null;
}

export interface GradeFigures {
  customers: number;
  required: number;
  counted: number;
  visits: number;
  phoneCalls: number;
  /** Customers whose requirement is met. */
  met: number;
}

export interface ComplianceSummary {
  byGrade: Record<RuleGrade, GradeFigures>;
  /** A customers due a first-week visit, and those who had it. */
  aFirstWeek: { due: number; met: number };
  plannedContacts: number;
  unplannedContacts: number;
  flaggedCheckIns: number;
  /** Customers behind, and the contacts they are short by. */
  overdueCustomers: number;
  contactsBehind: number;
  /** Contacts with customers not in the list (e.g. another rep's), counted nowhere else. */
  otherContacts: number;
}

export interface RepCompliance {
  summary: ComplianceSummary;
  customers: CustomerCompliance[];
  /** Customers behind, most behind first (then A before B before C, then id). */
  overdue: CustomerCompliance[];
  /** Check-ins outside the tolerance or at a customer without coordinates. */
  flagged: RecordedContact[];
}

const FLAGGED: readonly (CheckInStatus | null)[] = ['outside', 'customer-no-location'];

export function emptySummary(): ComplianceSummary {
  const grade = (): GradeFigures => ({ customers: 0, required: 0, counted: 0, visits: 0, phoneCalls: 0, met: 0 });
  return {
    byGrade: { A: grade(), B: grade(), C: grade(), none: grade() },
    aFirstWeek: { due: 0, met: 0 },
    plannedContacts: 0,
    unplannedContacts: 0,
    flaggedCheckIns: 0,
    overdueCustomers: 0,
    contactsBehind: 0,
    otherContacts: 0,
  };
}

export function repCompliance(request: ComplianceRequest): CalendarAnswer<RepCompliance> {
  const days = request.calendar.workingDaysOf(request.year, request.month);
  if (!days.ok) return days;
  const working = days.value;
  const firstWeek = new Set(working.slice(0, WORKING_WEEK_LENGTH));
  const elapsed = request.asOf === undefined ? working.length : working.filter((d) => d <= request.asOf!).length;
  const firstWeekOver = elapsed >= Math.min(WORKING_WEEK_LENGTH, working.length);

  const inMonth = request.contacts.filter((c) => {
    const { year, month } = partsOf(c.date);
    return year === request.year && month === request.month && (request.asOf === undefined || c.date <= request.asOf);
  });
  const byCustomer = new Map<string, RecordedContact[]>();
  for (const c of inMonth) byCustomer.set(c.customerId, [...(byCustomer.get(c.customerId) ?? []), c]);

  const summary = emptySummary();
  const customers: CustomerCompliance[] = [];
  const known = new Set(request.customers.map((c) => c.customerId));
  for (const c of request.customers) {
    const own = byCustomer.get(c.customerId) ?? [];
    const visitDays = new Set(own.filter((x) => x.kind === 'visit' && x.checkIn !== 'no-position').map((x) => x.date));
    const callDays = new Set(c.phoneAllowed ? own.filter((x) => x.kind === 'phone' && !visitDays.has(x.date)).map((x) => x.date) : []);
    const counted = visitDays.size + callDays.size;
    const windows = contactWindows(c.visitsPerMonth, working.length, c.grade === 'A');
    const expectedByNow = windows.filter((w) => w.to < elapsed).length;
    const isA = c.grade === 'A' && c.visitsPerMonth > 0;
    const visitedFirstWeek = [...visitDays].some((d) => firstWeek.has(d));
    const row: CustomerCompliance = {
      customerId: c.customerId,
      grade: c.grade,
      required: c.visitsPerMonth,
      visits: visitDays.size,
      phoneCalls: callDays.size,
      counted,
      expectedByNow,
      behind: Math.max(0, expectedByNow - counted),
      met: counted >= c.visitsPerMonth,
      firstWeek: isA && (firstWeekOver || visitedFirstWeek) ? visitedFirstWeek : null,
      lastContact: own.reduce<IsoDate | null>((last, x) => (last === null || x.date > last ? x.date : last), null),
    };
    customers.push(row);
    const g = summary.byGrade[c.grade];
    g.customers += 1;
    g.required += row.required;
    g.counted += row.counted;
    g.visits += row.visits;
    g.phoneCalls += row.phoneCalls;
    if (row.met) g.met += 1;
    if (isA && firstWeekOver) {
      summary.aFirstWeek.due += 1;
      if (visitedFirstWeek) summary.aFirstWeek.met += 1;
    }
    if (row.behind > 0) {
      summary.overdueCustomers += 1;
      summary.contactsBehind += row.behind;
    }
  }
  const flagged: RecordedContact[] = [];
  for (const x of inMonth) {
    if (!known.has(x.customerId)) {
      summary.otherContacts += 1;
      continue;
    }
    if (x.planned) summary.plannedContacts += 1;
    else summary.unplannedContacts += 1;
    if (x.kind === 'visit' && FLAGGED.includes(x.checkIn)) flagged.push(x);
  }
  summary.flaggedCheckIns = flagged.length;
  flagged.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  const gradeRank = (g: RuleGrade) => RULE_GRADES.indexOf(g);
  const overdue = customers
    .filter((c) => c.behind > 0)
    .sort((a, b) => b.behind - a.behind || gradeRank(a.grade) - gradeRank(b.grade) || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
  return { ok: true, value: { summary, customers, overdue, flagged } };
}

/** An office's (or the organisation's) figures: its reps' summaries added up. */
export function combineComplianceSummaries(summaries: readonly ComplianceSummary[]): ComplianceSummary {
  const total = emptySummary();
  for (const s of summaries) {
    for (const g of RULE_GRADES) {
      const into = total.byGrade[g];
      const from = s.byGrade[g];
      into.customers += from.customers;
      into.required += from.required;
      into.counted += from.counted;
      into.visits += from.visits;
      into.phoneCalls += from.phoneCalls;
      into.met += from.met;
    }
    total.aFirstWeek.due += s.aFirstWeek.due;
    total.aFirstWeek.met += s.aFirstWeek.met;
    total.plannedContacts += s.plannedContacts;
    total.unplannedContacts += s.unplannedContacts;
    total.flaggedCheckIns += s.flaggedCheckIns;
    total.overdueCustomers += s.overdueCustomers;
    total.contactsBehind += s.contactsBehind;
    total.otherContacts += s.otherContacts;
  }
  return total;
}
