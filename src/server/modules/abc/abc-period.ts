import { z } from 'zod';
import { addDays, addMonths, type IsoDate } from '../../../domain/calendar/dates';
import { both } from '../../../domain/shared/bilingual-issue';

/** A period of whole months, as the pickers send it: from and to are YYYY-MM, both included. */
export interface MonthPeriod {
  from: string;
  to: string;
}

/** The longest period a grading or an analysis covers, in months (ten years). */
export const MAX_PERIOD_MONTHS = 120;

export const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, both('须为“年-月”，如 2026-03', 'must be a year and month such as 2026-03'));

export const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1;
const monthOfIndex = (i: number) => `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

export const periodShape = { from: yearMonth.optional(), to: yearMonth.optional() };

/** from not after to, at most MAX_PERIOD_MONTHS months: a superRefine for a schema with periodShape. */
export function checkPeriod(q: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx): void {
  if (q.from && q.to && monthIndex(q.from) > monthIndex(q.to)) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: both('不能早于开始月份', 'must not be before the first month') });
  } else if (q.from && q.to && monthIndex(q.to) - monthIndex(q.from) + 1 > MAX_PERIOD_MONTHS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: both(`期间最长 ${MAX_PERIOD_MONTHS} 个月`, `the period is at most ${MAX_PERIOD_MONTHS} months`) });
  }
}

/** The last `months` full months before the month of `today` (default: the last 12 full months). */
export function lastFullMonths(today: IsoDate, months = 12): MonthPeriod {
  const current = monthIndex(today.slice(0, 7));
  return { from: monthOfIndex(current - months), to: monthOfIndex(current - 1) };
}

/** The period the request names, the missing ends filled from the default (the last 12 full months). */
export function resolvePeriod(q: { from?: string | undefined; to?: string | undefined }, today: IsoDate): MonthPeriod {
  const fallback = lastFullMonths(today);
  if (q.from && q.to) return { from: q.from, to: q.to };
  if (q.from) return { from: q.from, to: monthOfIndex(monthIndex(q.from) + 11) };
  if (q.to) return { from: monthOfIndex(monthIndex(q.to) - 11), to: q.to };
  return fallback;
}

/** The first day of the first month and the last day of the last month. */
export function periodDates(p: MonthPeriod): { fromDate: IsoDate; toDate: IsoDate; firstMonth: IsoDate; lastMonth: IsoDate } {
  const firstMonth = `${p.from}-01`;
  const lastMonth = `${p.to}-01`;
  return { fromDate: firstMonth, toDate: addDays(addMonths(lastMonth, 1), -1), firstMonth, lastMonth };
}

/** The months of a period in order, YYYY-MM. */
export function monthsOf(p: MonthPeriod): string[] {
  const out: string[] = [];
  for (let i = monthIndex(p.from); i <= monthIndex(p.to); i += 1) out.push(monthOfIndex(i));
  return out;
}
