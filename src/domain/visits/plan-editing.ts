import type { WorkingCalendar } from '../calendar/calendar';
import { partsOf, type IsoDate } from '../calendar/dates';
import type { Bilingual } from '../shared/messages';
import type { ContactKind } from './objectives';

/**
 * Editing a monthly plan by hand (the rep before submitting it, the office manager when reviewing: 审核、调整、补充):
 * moving a contact to another day, adding and removing one. Each edit returns a new plan and leaves the old one
 * as it was; an edit that would break a hard rule (a day that is not a working day of the plan's month, a customer
 * twice on one day) is refused with a message, a day over capacity is allowed with a warning. Routes are not
 * recomputed here: the caller re-routes the days it changed. validatePlan (plan-validation.ts) checks a whole plan on submission.
 */
export interface DraftContact {
  customerId: string;
  kind: ContactKind;
}

export interface DraftDay<C extends DraftContact = DraftContact> {
  date: IsoDate;
  contacts: C[];
}

export interface PlanDraft<C extends DraftContact = DraftContact> {
  year: number;
  month: number;
  days: DraftDay<C>[];
}

export interface EditContext {
  calendar: WorkingCalendar;
  dailyCapacity: number;
}

export type EditErrorCode = 'not-in-month' | 'not-a-working-day' | 'year-not-configured' | 'already-that-day' | 'no-such-contact';
export interface EditError extends Bilingual {
  code: EditErrorCode;
}

export type EditResult<C extends DraftContact> = { ok: true; plan: PlanDraft<C>; warnings: Bilingual[] } | { ok: false; error: EditError };

export const visitCount = (day: DraftDay) => day.contacts.filter((c) => c.kind === 'visit').length;

/** Why `date` cannot hold contacts of the plan's month, or null when it can. */
export function dayProblem(plan: Pick<PlanDraft, 'year' | 'month'>, date: IsoDate, calendar: WorkingCalendar): EditError | null {
  const { year, month } = partsOf(date);
  if (year !== plan.year || month !== plan.month) {
    return { code: 'not-in-month', zh: `${date} 不在 ${plan.year} 年 ${plan.month} 月的计划内`, en: `${date} is not in the plan's month (${plan.year}-${String(plan.month).padStart(2, '0')})` };
  }
  const working = calendar.isWorkingDay(date);
  if (!working.ok) return { code: 'year-not-configured', zh: working.error.zh, en: working.error.en };
  const info = calendar.dayInfo(date);
  const label = info.ok && info.value.label ? info.value.label : null;
  if (!working.value) {
    return {
      code: 'not-a-working-day',
      zh: `${date} 不是工作日${label ? `（${label.zh}）` : ''}`,
      en: `${date} is not a working day${label ? ` (${label.en})` : ''}`,
    };
  }
  return null;
}

function capacityWarnings(day: DraftDay, capacity: number): Bilingual[] {
  const n = visitCount(day);
  if (n <= capacity) return [];
  return [{ zh: `${day.date} 安排了 ${n} 次拜访，超过每天 ${capacity} 次的上限`, en: `${day.date} has ${n} visits, more than the ${capacity} a day` }];
}

function withDay<C extends DraftContact>(plan: PlanDraft<C>, date: IsoDate, change: (contacts: C[]) => C[]): PlanDraft<C> {
  const days = plan.days.some((d) => d.date === date) ? plan.days : [...plan.days, { date, contacts: [] }].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { ...plan, days: days.map((d) => (d.date === date ? { ...d, contacts: change(d.contacts) } : d)) };
}

const dayOf = <C extends DraftContact>(plan: PlanDraft<C>, date: IsoDate) => plan.days.find((d) => d.date === date);

function alreadyThatDay(customerId: string, date: IsoDate): EditError {
  return { code: 'already-that-day', zh: `该客户 ${date} 已有安排，同一天不重复拜访`, en: `the customer already has a contact on ${date}; one a day at most` };
}

export function addContact<C extends DraftContact>(plan: PlanDraft<C>, date: IsoDate, contact: C, context: EditContext): EditResult<C> {
  const problem = dayProblem(plan, date, context.calendar);
  if (problem) return { ok: false, error: problem };
  if (dayOf(plan, date)?.contacts.some((c) => c.customerId === contact.customerId)) return { ok: false, error: alreadyThatDay(contact.customerId, date) };
  const next = withDay(plan, date, (contacts) => [...contacts, contact]);
  return { ok: true, plan: next, warnings: capacityWarnings(dayOf(next, date)!, context.dailyCapacity) };
}

export function removeContact<C extends DraftContact>(plan: PlanDraft<C>, date: IsoDate, customerId: string): EditResult<C> {
  if (!dayOf(plan, date)?.contacts.some((c) => c.customerId === customerId)) return { ok: false, error: noSuchContact(date) };
  return { ok: true, plan: withDay(plan, date, (contacts) => contacts.filter((c) => c.customerId !== customerId)), warnings: [] };
}

export function moveContact<C extends DraftContact>(plan: PlanDraft<C>, from: IsoDate, to: IsoDate, customerId: string, context: EditContext): EditResult<C> {
  const contact = dayOf(plan, from)?.contacts.find((c) => c.customerId === customerId);
  if (!contact) return { ok: false, error: noSuchContact(from) };
  if (from === to) return { ok: true, plan, warnings: [] };
  const removed = removeContact(plan, from, customerId);
  if (!removed.ok) return removed;
  return addContact(removed.plan, to, contact, context);
}

function noSuchContact(date: IsoDate): EditError {
  return { code: 'no-such-contact', zh: `${date} 没有该客户的安排`, en: `the customer has nothing planned on ${date}` };
}
