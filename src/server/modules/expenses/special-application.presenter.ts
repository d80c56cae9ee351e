import { z } from 'zod';
import { EXPENSE_USAGES, EXPENSE_USAGE_LABELS } from '../../../domain/expenses/settings';
import { sumFen } from '../../../domain/sales/fen';
import type { ApplicationRow } from './special-application.queries';

export const applicationView = z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  repId: z.string(),
  repName: z.string(),
  officeId: z.string(),
  officeName: z.string(),
  usage: z.enum(EXPENSE_USAGES),
  usageLabel: z.string(),
  usageLabel_en: z.string(),
  amountFen: z.number(),
  reason: z.string(),
  filedOn: z.string(),
  status: z.enum(['pending', 'approved', 'refused']),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedOn: z.string().nullable(),
  decisionComment: z.string().nullable(),
  version: z.number(),
});
export type ApplicationView = z.infer<typeof applicationView>;

/** 《月新客户特殊费用申请汇总表》: a month's applications with their totals. */
export const applicationSummaryView = z.object({
  month: z.string(),
  items: z.array(applicationView),
  count: z.number(),
  totalFen: z.number(),
  approvedFen: z.number(),
  pendingFen: z.number(),
});
export type ApplicationSummaryView = z.infer<typeof applicationSummaryView>;

export function presentApplication(row: ApplicationRow, names: Map<string, string>): ApplicationView {
  const a = row.application;
  return {
    id: a.id,
    customerId: a.customerId,
    customerName: row.customerName,
    repId: a.repId,
    repName: row.repName,
    officeId: a.officeId,
    officeName: row.officeName,
    usage: a.usage,
    usageLabel: EXPENSE_USAGE_LABELS[a.usage].zh,
    usageLabel_en: EXPENSE_USAGE_LABELS[a.usage].en,
    amountFen: a.amountFen,
    reason: a.reason,
    filedOn: a.filedOn,
    status: a.status,
    decidedBy: a.decidedBy,
    decidedByName: a.decidedBy ? (names.get(a.decidedBy) ?? '') : null,
    decidedOn: a.decidedOn,
    decisionComment: a.decisionComment,
    version: a.version,
  };
}

export function presentSummary(month: string, items: ApplicationView[]): ApplicationSummaryView {
  const sum = (status?: ApplicationView['status']) => sumFen(items.filter((i) => !status || i.status === status).map((i) => i.amountFen));
  return { month, items, count: items.length, totalFen: sum(), approvedFen: sum('approved'), pendingFen: sum('pending') };
}
