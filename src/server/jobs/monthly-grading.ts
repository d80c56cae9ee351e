import { and, eq, isNull, sql } from 'drizzle-orm';
import { addDays, isWeekend, type IsoDate } from '../../domain/calendar/dates';
import type { WorkingCalendar } from '../../domain/calendar/calendar';
import { gradeAbc } from '../../domain/sales/abc';
import type { Db } from '../db/client';
import { abcGrades, abcGradings, customers, orgs } from '../db/schema';
import { lastFullMonths, periodDates } from '../modules/abc/abc-period';
import { customerSales } from '../modules/abc/abc.queries';
import { loadAbcSettings } from '../modules/abc/abc-settings.service';
import { storeGrading } from '../modules/abc/gradings.store';

export interface MonthlyGradingResult {
  gradingId: string;
  /** false: this month's grading already existed and nothing was written. */
  created: boolean;
  periodFrom: IsoDate;
  periodTo: IsoDate;
}

/**
 * The monthly grading of one organisation for the month of `today`: every live customer, ranked over the last 12
 * full months, stored as kind 'monthly' (which is the grade history), and customers.grade set from it. Idempotent
 * per organisation and month: a second call finds the grading of that period and changes nothing. The org row is
 * locked so that two runners at once cannot both write one.
 */
export async function runMonthlyGrading(db: Db, orgId: string, today: IsoDate, at: Date, by: string | null = null): Promise<MonthlyGradingResult> {
  const { fromDate, toDate } = periodDates(lastFullMonths(today));
  const period = lastFullMonths(today);
  return db.transaction(async (tx) => {
    const t = tx as Db;
    await t.execute(sql`select 1 from ${orgs} where ${orgs.id} = ${orgId} for update`);
    const [done] = await t
      .select({ id: abcGradings.id })
      .from(abcGradings)
      .where(and(eq(abcGradings.orgId, orgId), eq(abcGradings.kind, 'monthly'), eq(abcGradings.periodTo, toDate)));
    if (done) return { gradingId: done.id, created: false, periodFrom: fromDate, periodTo: toDate };

    const { settings } = await loadAbcSettings(t, orgId);
    const sales = await customerSales(t, orgId, and(eq(customers.orgId, orgId), isNull(customers.deletedAt))!, period);
    const grading = gradeAbc(sales, settings);
    const gradingId = await storeGrading(t, { orgId, kind: 'monthly', periodFrom: fromDate, periodTo: toDate, scope: { organisation: true }, computedAt: at, computedBy: by }, grading);
    // The customer's current grade; version and updated_at stay as they are, so nobody's open edit is refused for it.
    await t.execute(sql`
      update ${customers} set grade = g.grade
      from ${abcGrades} g
      where g.org_id = ${orgId} and g.grading_id = ${gradingId}
        and ${customers.orgId} = g.org_id and ${customers.id} = g.customer_id
        and ${customers.grade} is distinct from g.grade`);
    return { gradingId, created: true, periodFrom: fromDate, periodTo: toDate };
  });
}

/**
 * The day the month's grading is due: the first working day of the month. A year the calendar does not know yet
 * (the official arrangement is published each November) falls back to the first Monday-to-Friday day.
 */
export function gradingDay(calendar: WorkingCalendar, today: IsoDate): IsoDate {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const first = calendar.firstWorkingDay(year, month);
  if (first.ok) return first.value;
  let day = `${today.slice(0, 7)}-01`;
  while (isWeekend(day)) day = addDays(day, 1);
  return day;
}

export function gradingDue(calendar: WorkingCalendar, today: IsoDate): boolean {
  return today >= gradingDay(calendar, today);
}
