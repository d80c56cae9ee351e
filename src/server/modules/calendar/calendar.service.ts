import type { DayInfo } from '../../../domain/calendar/calendar';
import { datesOfMonth, weekday } from '../../../domain/calendar/dates';
import { workingCalendar } from '../../../domain/calendar/official';
import type { CalendarOverride } from '../../../domain/calendar/calendar';
import { yearNotice } from '../../../domain/calendar/year-notice';
import type { Actor } from '../../../domain/identity/policies';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { deleteOverride, insertOverride, overridesBetween, type OverrideRow } from './calendar.queries';
import { forgetOrgCalendar, orgWorkingCalendar } from './org-calendar';

const official = workingCalendar();

export interface CalendarDay {
  date: string;
  weekday: number;
  /** null when the year is not configured. */
  working: boolean | null;
  reason: DayInfo['reason'] | null;
  label: { zh: string; en: string } | null;
  /** What the official arrangement alone says (null: it does not know the year), so an override shows what it changed. */
  officialWorking: boolean | null;
  override: OverrideRow | null;
}

export interface CalendarMonth {
  year: number;
  month: number;
  knownYear: boolean;
  officialYear: boolean;
  notice: { zh: string; en: string } | null;
  days: CalendarDay[];
}

/** One month of the organisation's calendar, day by day, with the notice about its year. */
export async function calendarMonth(db: Db, orgId: string, year: number, month: number): Promise<CalendarMonth> {
  const calendar = await orgWorkingCalendar(db, orgId);
  const inYear = await overridesBetween(db, orgId, `${year}-01-01`, `${year}-12-31`);
  const byDate = new Map(inYear.map((o) => [o.date, o]));
  const days = datesOfMonth(year, month).map((date): CalendarDay => {
    const info = calendar.dayInfo(date);
    const base = official.isWorkingDay(date);
    return {
      date,
      weekday: weekday(date),
      working: info.ok ? info.value.working : null,
      reason: info.ok ? info.value.reason : null,
      label: info.ok ? info.value.label : null,
      officialWorking: base.ok ? base.value : null,
      override: byDate.get(date) ?? null,
    };
  });
  const officialYear = official.knowsYear(year);
  return { year, month, knownYear: calendar.knowsYear(year), officialYear, notice: yearNotice(year, officialYear, inYear.length), days };
}

/** The overrides of a year, with who entered them. */
export function overridesOfYear(db: Db, orgId: string, year: number): Promise<OverrideRow[]> {
  return overridesBetween(db, orgId, `${year}-01-01`, `${year}-12-31`);
}

/** Adds an override (one per date: a date that has one is refused); audited. */
export async function addOverride(db: Db, actor: Actor, input: CalendarOverride, meta: RequestMeta): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const added = await insertOverride(t, { orgId: actor.orgId, date: input.date, kind: input.kind, note: input.note, createdBy: actor.userId, createdAt: meta.now });
    if (!added) throw new AppError('CALENDAR_OVERRIDE_EXISTS', [{ field: 'date', message: `日期：${input.date} 已有调整`, message_en: `Date: ${input.date} already has an override` }]);
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'calendar.override.add', targetType: 'calendar_override', targetId: input.date, after: input, ip: meta.ip }, meta.now);
  });
  forgetOrgCalendar(actor.orgId);
}

/** Removes a date's override (404 when it has none); audited. */
export async function removeOverride(db: Db, actor: Actor, date: string, meta: RequestMeta): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const gone = await deleteOverride(t, actor.orgId, date);
    if (!gone) throw new AppError('NOT_FOUND');
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'calendar.override.remove', targetType: 'calendar_override', targetId: date, before: gone, ip: meta.ip }, meta.now);
  });
  forgetOrgCalendar(actor.orgId);
}
