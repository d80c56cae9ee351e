import { z } from 'zod';
import { daysInMonth, isoDate } from '../../../domain/calendar/dates';
import { ROLE_SCOPE } from '../../../domain/identity/roles';
import type { Actor } from '../../../domain/identity/policies';
import { idSchema } from '../../../domain/identity/schemas';
import { both } from '../../../domain/shared/bilingual-issue';
import { complianceAsOf, complianceReport } from '../../../domain/visits/compliance-report';
import type { RuleGrade } from '../../../domain/visits/rules';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { orgWorkingCalendar } from '../calendar/org-calendar';
import { presentCompliance, type ComplianceView } from './compliance.presenter';
import { complianceContacts, complianceCustomers, complianceReps, plannedContactsByGrade, planStatuses } from './compliance.queries';
import { toPlanCustomer, toValidationCustomer } from './planning-input';
import { loadVisitSettings } from './visit-settings.service';

export const complianceQuery = z.object({
  /** YYYY-MM; this month (Asia/Shanghai) when left out. */
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, both('月份格式应为 YYYY-MM，如 2026-12', 'must be a month as YYYY-MM, e.g. 2026-12')).optional(),
  officeId: idSchema.optional(),
});

/**
 * Plan against actual for a month over the reps in the actor's scope (a rep: themself; an office manager: the
 * office's reps; the head of sales and the administrator: every office, with office totals). While the month runs
 * the figures are for today (what is due by today); after it, for the whole month. Five set-based reads, then the
 * rules of src/domain/visits/compliance.ts.
 */
export async function loadCompliance(db: Db, actor: Actor, query: z.infer<typeof complianceQuery>, now: Date): Promise<ComplianceView> {
  const monthText = query.month ?? shanghaiDate(now).slice(0, 7);
  const [year, month] = monthText.split('-').map(Number) as [number, number];
  const firstDay = isoDate(year, month, 1);
  const lastDay = isoDate(year, month, daysInMonth(year, month));
  const asOf = complianceAsOf(year, month, shanghaiDate(now));
  const until = asOf ?? lastDay;

  const reps = await complianceReps(db, actor, query.officeId);
  const repIds = reps.map((r) => r.repId);
  const settings = await loadVisitSettings(db, actor.orgId);
  const customerRows = await complianceCustomers(db, actor.orgId, repIds, until);
  const contacts = await complianceContacts(db, actor.orgId, repIds, firstDay, until);
  const planned = await plannedContactsByGrade(db, actor.orgId, repIds, firstDay);
  const statuses = new Map((await planStatuses(db, actor.orgId, repIds, firstDay)).map((p) => [p.repId, p.status]));

  const customers = customerRows.map((row) => {
    const rule = toValidationCustomer(toPlanCustomer({ ...row, lng: null, lat: null, datum: null }), settings.rules);
    return { ...rule, repId: row.repId, lastContactEver: row.lastContactEver };
  });
  const report = complianceReport({
    year,
    month,
    calendar: await orgWorkingCalendar(db, actor.orgId),
    asOf,
    reps,
    customers,
    contacts: contacts.map((c) => ({ ...c, checkIn: c.checkIn ?? null })),
    planned: planned.map((p) => ({ ...p, grade: p.grade as RuleGrade })),
  });
  if (!report.ok) throw new AppError('CALENDAR_YEAR_NOT_CONFIGURED', [{ field: 'month', message: `月份：${report.error.zh}`, message_en: `Month: ${report.error.en}` }]);

  return presentCompliance(monthText, report.value, {
    reps: new Map(reps.map((r) => [r.repId, { repName: r.repName, officeName: r.officeName, planStatus: statuses.get(r.repId) ?? null }])),
    offices: new Map(reps.map((r) => [r.officeId, r.officeName])),
    customers: new Map(customerRows.map((c) => [c.id, c.name])),
  }, ROLE_SCOPE[actor.role] === 'org');
}
