import type { CalendarAnswer, WorkingCalendar } from '../calendar/calendar';
import { checkYearMonth, dayNumber, type IsoDate } from '../calendar/dates';
import type { ExpenseSettings } from './settings';

/**
 * The dates of one monthly 客情费 cycle. The statement month M is the month of the purchases; everything
 * happens in M+1, counted in working days of the organisation's calendar (调休 included):
 * submit by the 3rd working day, all three signatures by the 8th, cash drawn from the 9th (defaults).
 * A deadline is the whole day (下班前): a step done on its due date is on time.
 */
export interface StatementMonth {
  year: number;
  month: number;
}

export interface StatementDeadlines {
  statementMonth: StatementMonth;
  submitBy: IsoDate;
  reviewBy: IsoDate;
  payoutFrom: IsoDate;
}

export type DeadlineSettings = Pick<ExpenseSettings, 'submitByWorkingDay' | 'reviewByWorkingDay' | 'payoutFromWorkingDay'>;

export function nextMonth({ year, month }: StatementMonth): StatementMonth {
  checkYearMonth(year, month);
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** 2025-09 → "2025-09": how a statement month is written and keyed. */
export function monthKey({ year, month }: StatementMonth): string {
  checkYearMonth(year, month);
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function statementDeadlines(calendar: WorkingCalendar, statementMonth: StatementMonth, settings: DeadlineSettings): CalendarAnswer<StatementDeadlines> {
  const { year, month } = nextMonth(statementMonth);
  const submitBy = calendar.nthWorkingDay(year, month, settings.submitByWorkingDay);
  if (!submitBy.ok) return submitBy;
  const reviewBy = calendar.nthWorkingDay(year, month, settings.reviewByWorkingDay);
  if (!reviewBy.ok) return reviewBy;
  const payoutFrom = calendar.nthWorkingDay(year, month, settings.payoutFromWorkingDay);
  if (!payoutFrom.ok) return payoutFrom;
  return { ok: true, value: { statementMonth, submitBy: submitBy.value, reviewBy: reviewBy.value, payoutFrom: payoutFrom.value } };
}

/** Whether `a` is a later day than `b`. */
export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return dayNumber(a) > dayNumber(b);
}

/**
 * Late: today is past the due date and the step is not done. A step done late is no longer "late" here;
 * doneLate tells whether it was done after its due date.
 */
export function isLate(dueOn: IsoDate, today: IsoDate, doneOn: IsoDate | null): boolean {
  return doneOn === null && isAfter(today, dueOn);
}

export function doneLate(dueOn: IsoDate, doneOn: IsoDate): boolean {
  return isAfter(doneOn, dueOn);
}
