import { z } from 'zod';
import type { ComplianceSummary } from '../../../domain/visits/compliance';
import type { ComplianceReport, GradeCounts } from '../../../domain/visits/compliance-report';

const gradeEnum = z.enum(['A', 'B', 'C', 'none']);
const gradeCounts = z.object({ A: z.number(), B: z.number(), C: z.number(), none: z.number() });
const gradeFigures = z.object({ customers: z.number(), required: z.number(), counted: z.number(), visits: z.number(), phoneCalls: z.number(), met: z.number() });

/** One rep's, one office's or everyone's figures: what the plan holds and what was done, per grade. */
const figuresView = z.object({
  /** Contacts in the month's plan, per grade. */
  planned: gradeCounts,
  /** Contacts due by the figures' day under the rules (the whole month's once it has ended). */
  dueByNow: z.number(),
  byGrade: z.object({ A: gradeFigures, B: gradeFigures, C: gradeFigures, none: gradeFigures }),
  /** A customers due a first-week visit, and those who had it. */
  aFirstWeek: z.object({ due: z.number(), met: z.number() }),
  plannedContacts: z.number(),
  unplannedContacts: z.number(),
  flaggedCheckIns: z.number(),
  overdueCustomers: z.number(),
  contactsBehind: z.number(),
});

export const complianceView = z.object({
  month: z.string(),
  /** The day the figures are for; null: the whole month (it has ended). */
  asOf: z.string().nullable(),
  reps: z.array(figuresView.extend({ repId: z.string(), repName: z.string(), officeId: z.string(), officeName: z.string(), planStatus: z.enum(['draft', 'submitted', 'approved', 'returned']).nullable() })),
  /** Per office, for those who see more than one rep (empty for a rep). */
  offices: z.array(figuresView.extend({ officeId: z.string(), officeName: z.string(), reps: z.number() })),
  total: figuresView,
  /** Customers visited less often than their rule says by now, most behind first. */
  overdue: z.array(
    z.object({
      customerId: z.string(),
      customerName: z.string(),
      grade: gradeEnum,
      repId: z.string(),
      repName: z.string(),
      required: z.number(),
      counted: z.number(),
      expectedByNow: z.number(),
      behind: z.number(),
      /** The last contact anyone made (any month, up to the figures' day); null: never. */
      lastContact: z.string().nullable(),
    }),
  ),
  /** Check-ins outside the tolerance or at a customer without coordinates. */
  flagged: z.array(z.object({ customerId: z.string(), customerName: z.string(), repId: z.string(), repName: z.string(), date: z.string(), checkIn: z.string().nullable() })),
});
export type ComplianceView = z.infer<typeof complianceView>;

export function presentFigures(summary: ComplianceSummary, planned: GradeCounts, dueByNow: number) {
  const { byGrade, aFirstWeek, plannedContacts, unplannedContacts, flaggedCheckIns, overdueCustomers, contactsBehind } = summary;
  return { planned, dueByNow, byGrade, aFirstWeek, plannedContacts, unplannedContacts, flaggedCheckIns, overdueCustomers, contactsBehind };
}

export interface ComplianceNames {
  reps: Map<string, { repName: string; officeName: string; planStatus: ComplianceView['reps'][number]['planStatus'] }>;
  offices: Map<string, string>;
  customers: Map<string, string>;
}

export function presentCompliance(month: string, report: ComplianceReport, names: ComplianceNames, withOffices: boolean): ComplianceView {
  const rep = (id: string) => names.reps.get(id)!;
  const customer = (id: string) => names.customers.get(id) ?? '';
  const overdue = report.reps
    .flatMap((r) =>
      r.overdue.map((c) => ({ customerId: c.customerId, customerName: customer(c.customerId), grade: c.grade, repId: r.repId, repName: rep(r.repId).repName, required: c.required, counted: c.counted, expectedByNow: c.expectedByNow, behind: c.behind, lastContact: c.lastContactEver })),
    )
    .sort((a, b) => b.behind - a.behind || a.grade.localeCompare(b.grade) || a.customerName.localeCompare(b.customerName, 'zh-CN'));
  return {
    month,
    asOf: report.asOf,
    reps: report.reps.map((r) => ({ repId: r.repId, officeId: r.officeId, ...rep(r.repId), ...presentFigures(r.summary, r.planned, r.dueByNow) })),
    offices: withOffices ? report.offices.map((o) => ({ officeId: o.officeId, officeName: names.offices.get(o.officeId) ?? '', reps: report.reps.filter((r) => r.officeId === o.officeId).length, ...presentFigures(o.summary, o.planned, o.dueByNow) })) : [],
    total: presentFigures(report.total.summary, report.total.planned, report.total.dueByNow),
    overdue,
    flagged: report.reps.flatMap((r) => r.flagged.map((f) => ({ customerId: f.customerId, customerName: customer(f.customerId), repId: r.repId, repName: rep(r.repId).repName, date: f.date, checkIn: f.checkIn }))),
  };
}
