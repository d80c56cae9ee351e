import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { addMonths, type IsoDate } from '../../../domain/calendar/dates';
import { checkSpecialFiling, specialApplicationValid, type SpecialApplicationCheck } from '../../../domain/expenses/new-customer';
import { EXPENSE_USAGES, EXPENSE_USAGE_LABELS } from '../../../domain/expenses/settings';
import { optionalText, requiredText } from '../../../domain/customers/text-fields';
import type { Actor } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import { fenSchema } from '../../../domain/sales/ledger-schemas';
import { both } from '../../../domain/shared/bilingual-issue';
import type { Db } from '../../db/client';
import { expenseSpecialApplications } from '../../db/schema';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { loadExpenseSettings } from './expense-settings.service';
import { presentApplication, presentSummary, type ApplicationSummaryView, type ApplicationView } from './special-application.presenter';
import { customerForApplication, findApplication, firstOrderOn, listApplications, lockApplication, type ApplicationFilters } from './special-application.queries';
import { userNames } from './statement.queries';

/*
 * 《新客户特殊费用申请表》 (DOMAIN §6, seed 002 第三条 1): the rep applies for a special cost of winning a new customer
 * before the customer's first order (contract); the sales manager approves or refuses. Filing after the first order,
 * or approving after it, is refused with the domain's reason (签订合同后申请一律无效).
 */

export const fileApplicationBody = z.object({
  customerId: idSchema,
  usage: z.enum(EXPENSE_USAGES, { message: both('请选择费用用途', 'choose the usage') }),
  amountFen: fenSchema.refine((n) => n > 0, { message: both('金额须大于 0', 'must be more than zero') }),
  reason: requiredText(500),
});

export const decideApplicationBody = z
  .object({ version: z.number().int().min(1), decision: z.enum(['approve', 'refuse'], { message: both('请选择批准或不批准', 'choose approve or refuse') }), comment: optionalText(500) })
  .superRefine((b, ctx) => {
    if (b.decision === 'refuse' && !b.comment) ctx.addIssue({ code: 'custom', path: ['comment'], message: both('不批准时请写明原因', 'say why the application is refused') });
  });

function refusal(check: Exclude<SpecialApplicationCheck, { ok: true }>): AppError {
  return new AppError('EXPENSE_APPLICATION_AFTER_FIRST_ORDER', [{ field: 'customerId', message: `客户：${check.zh}`, message_en: `Customer: ${check.en}` }], undefined, { reason: check.reason });
}

async function viewOf(db: Db, actor: Actor, id: string): Promise<ApplicationView> {
  const row = await findApplication(db, actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  return presentApplication(row, await userNames(db, actor.orgId, row.application.decidedBy ? [row.application.decidedBy] : []));
}

export async function getApplication(db: Db, actor: Actor, id: string): Promise<ApplicationView> {
  return viewOf(db, actor, id);
}

/** A rep files an application for one of their own customers, on the day of `meta.now` (Asia/Shanghai). */
export async function fileApplication(db: Db, actor: Actor, input: z.infer<typeof fileApplicationBody>, meta: RequestMeta): Promise<ApplicationView> {
  const today = shanghaiDate(meta.now);
  const customer = await customerForApplication(db, actor, input.customerId);
  if (!customer) throw new AppError('NOT_FOUND');
  const { settings } = await loadExpenseSettings(db, actor.orgId);
  if (!settings.usages.includes(input.usage)) {
    const label = EXPENSE_USAGE_LABELS[input.usage];
    throw new AppError('VALIDATION_FAILED', [{ field: 'usage', message: `费用用途：本公司未启用「${label.zh}」`, message_en: `Usage: "${label.en}" is not enabled for this organisation` }]);
  }
  const id = await db.transaction(async (tx) => {
    const t = tx as Db;
    const filing = checkSpecialFiling(today, await firstOrderOn(t, actor.orgId, customer.id));
    if (!filing.ok) throw refusal(filing);
    const [made] = await t
      .insert(expenseSpecialApplications)
      .values({ orgId: actor.orgId, customerId: customer.id, repId: actor.userId, officeId: actor.officeId ?? customer.officeId, usage: input.usage, amountFen: input.amountFen, reason: input.reason, filedOn: today, filedAt: meta.now, createdAt: meta.now, updatedAt: meta.now })
      .returning();
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'expense_application.file', targetType: 'expense_special_application', targetId: made!.id, after: made, ip: meta.ip }, meta.now);
    return made!.id;
  });
  return viewOf(db, actor, id);
}

/** The sales manager approves or refuses a pending application (version-checked, audited). */
export async function decideApplication(db: Db, actor: Actor, id: string, input: z.infer<typeof decideApplicationBody>, meta: RequestMeta): Promise<ApplicationView> {
  const today = shanghaiDate(meta.now);
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const before = await lockApplication(t, actor, id);
    if (!before) throw new AppError('NOT_FOUND');
    if (before.status !== 'pending') throw new AppError('EXPENSE_APPLICATION_DECIDED');
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
    if (input.decision === 'approve') {
      const valid = specialApplicationValid({ filedOn: before.filedOn, approvedOn: today }, await firstOrderOn(t, actor.orgId, before.customerId));
      if (!valid.ok) throw refusal(valid);
    }
    const change = {
      status: input.decision === 'approve' ? ('approved' as const) : ('refused' as const),
      decidedBy: actor.userId,
      decidedOn: today,
      decidedAt: meta.now,
      decisionComment: input.comment ?? null,
      version: before.version + 1,
      updatedAt: meta.now,
    };
    await t.update(expenseSpecialApplications).set(change).where(and(eq(expenseSpecialApplications.orgId, actor.orgId), eq(expenseSpecialApplications.id, id)));
    await recordAudit(
      t,
      { orgId: actor.orgId, actorId: actor.userId, action: `expense_application.${input.decision}`, targetType: 'expense_special_application', targetId: id, before: { status: before.status, version: before.version }, after: { status: change.status, comment: change.decisionComment, version: change.version }, ip: meta.ip },
      meta.now,
    );
  });
  return viewOf(db, actor, id);
}

export async function findApplications(db: Db, actor: Actor, filters: ApplicationFilters): Promise<ApplicationView[]> {
  const rows = await listApplications(db, actor, filters);
  const names = await userNames(db, actor.orgId, rows.flatMap((r) => (r.application.decidedBy ? [r.application.decidedBy] : [])));
  return rows.map((r) => presentApplication(r, names));
}

/** 《月新客户特殊费用申请汇总表》 of a month ('YYYY-MM'): the applications filed in it, within scope and filters. */
export async function monthSummary(db: Db, actor: Actor, month: string, filters: Omit<ApplicationFilters, 'from' | 'to'> = {}): Promise<ApplicationSummaryView> {
  const from: IsoDate = `${month}-01`;
  const items = await findApplications(db, actor, { ...filters, from, to: addMonths(from, 1) });
  return presentSummary(month, items);
}
