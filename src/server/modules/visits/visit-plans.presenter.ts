import { z } from 'zod';
import type { UnplacedContact } from '../../../domain/visits/plan-types';
import type { StoredDay } from './plan-store';
import type { PlanRow, planItems } from './visit-plans.queries';

const gradeView = z.enum(['A', 'B', 'C', 'none']);
const routeView = z.object({ totalMetres: z.number(), totalTravelSeconds: z.number(), finishSecond: z.number() });
const itemView = z.object({ seq: z.number(), customerId: z.string(), customerName: z.string(), grade: gradeView, kind: z.enum(['visit', 'phone']), objective: z.string(), objectiveEn: z.string().nullable() });
const unplacedView = z.object({
  customerId: z.string(),
  customerName: z.string(),
  grade: gradeView,
  contactNumber: z.number(),
  contactsRequired: z.number(),
  reason: z.enum(['capacity', 'more-than-working-days']),
  window: z.object({ from: z.string(), to: z.string() }).nullable(),
  message: z.string(),
  message_en: z.string(),
});

export const planSummaryView = z.object({
  id: z.string(),
  repId: z.string(),
  repName: z.string(),
  officeId: z.string(),
  month: z.string(),
  status: z.enum(['draft', 'submitted', 'approved', 'returned']),
  version: z.number(),
  comment: z.string().nullable(),
  submittedAt: z.date().nullable(),
  reviewedAt: z.date().nullable(),
  reviewedBy: z.string().nullable(),
});

export const planView = planSummaryView.extend({
  dailyCapacity: z.number(),
  mode: z.enum(['motorbike', 'car', 'bus']),
  days: z.array(z.object({ date: z.string(), week: z.number(), route: routeView, visitCount: z.number(), items: z.array(itemView) })),
  unplaced: z.array(unplacedView),
  totals: z.object({ visits: z.number(), phoneCalls: z.number(), unplaced: z.number(), metres: z.number() }),
});
export type PlanView = z.infer<typeof planView>;

/** Unplaced contacts as stored with the plan (the domain's, with the customer's name added at generation). */
export type StoredUnplaced = UnplacedContact & { customerName: string };

export function presentSummary(row: PlanRow) {
  return { id: row.id, repId: row.repId, repName: row.repName, officeId: row.officeId, month: row.month.slice(0, 7), status: row.status, version: row.version, comment: row.comment, submittedAt: row.submittedAt, reviewedAt: row.reviewedAt, reviewedBy: row.reviewedBy };
}

export function presentPlan(row: PlanRow, items: Awaited<ReturnType<typeof planItems>>): PlanView {
  const byDate = new Map<string, typeof items>();
  for (const item of items) byDate.set(item.date, [...(byDate.get(item.date) ?? []), item]);
  const days = (row.days as StoredDay[]).map((d) => {
    const dayItems = (byDate.get(d.date) ?? []).map((i) => ({ seq: i.seq, customerId: i.customerId, customerName: i.customerName, grade: i.grade ?? 'none', kind: i.kind, objective: i.objective, objectiveEn: i.objectiveEn }));
    return { date: d.date, week: d.week, route: d.route, visitCount: dayItems.filter((i) => i.kind === 'visit').length, items: dayItems };
  });
  const unplaced = (row.unplaced as StoredUnplaced[]).map((u) => ({ customerId: u.customerId, customerName: u.customerName, grade: u.grade, contactNumber: u.contactNumber, contactsRequired: u.contactsRequired, reason: u.reason, window: u.window, message: u.message.zh, message_en: u.message.en }));
  const visits = days.reduce((n, d) => n + d.visitCount, 0);
  return {
    ...presentSummary(row),
    dailyCapacity: row.dailyCapacity,
    mode: row.mode,
    days,
    unplaced,
    totals: { visits, phoneCalls: items.length - visits, unplaced: unplaced.length, metres: days.reduce((n, d) => n + d.route.totalMetres, 0) },
  };
}
