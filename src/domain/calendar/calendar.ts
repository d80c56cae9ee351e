import type { Bilingual } from '../shared/messages';
import {
  addDays,
  checkYearMonth,
  dateOfDayNumber,
  datesOfMonth,
  dayNumber,
  isWeekend,
  partsOf,
  weekday,
  type IsoDate,
} from './dates';

/**
 * The working-day calendar (工作日历): which days are working days, for visit plans (A customers in the
 * first week of the month) and the expense cycle (statements by the 3rd working day, reviews by the 8th,
 * payout on the 9th).
 *
 * A day is decided by, in this order:
 * 1. an administrator's override for that date (workday or holiday) — overrides always win;
 * 2. the official arrangement (国务院办公厅 notice): a statutory holiday or its 调休 day off, or a
 *    make-up working day (调休上班) on a weekend;
 * 3. otherwise Monday–Friday work, Saturday and Sunday do not.
 *
 * Rule 3 is only right for a year whose arrangement is known. A year is known when the official data has
 * at least one entry in it or an administrator entered at least one override in it (so the 2027 notice can
 * be typed in before the package ships it). Every question about an unknown year is answered with a
 * `year-not-configured` gap ("2027 年的节假日尚未配置") instead of a weekends-only guess.
 *
 * Weeks of a month ("A customers in the first week", 000: A级客户尽量排在月初第一周优先拜访) count
 * working days, not calendar days: working week k of a month is its working days number 5k−4 … 5k.
 * The first week is thus the first five working days of the month. Calendar weeks would put the first
 * week of October 2025 entirely inside the National Day holiday (1–8 October), leaving no day to visit;
 * counting working days always gives a week of five days to work in. The last week of a month may be
 * shorter than five days.
 */

export type OverrideKind = 'workday' | 'holiday';

/** An administrator's decision about one date. */
export interface CalendarOverride {
  date: IsoDate;
  kind: OverrideKind;
  note: string;
}

/**
 * The official arrangement, keyed by date, in the shape chinese-days ships (dist/chinese-days.json):
 * the value is `English name,中文名,n`.
 */
export interface OfficialCalendarData {
  /** Official days off: the holiday and the days off around it, weekends included. */
  holidays: Readonly<Record<string, string>>;
  /** Official make-up working days (调休上班), which fall on weekends. */
  workdays: Readonly<Record<string, string>>;
}

export type DayReason = 'weekday' | 'weekend' | 'official-holiday' | 'official-workday' | 'override-holiday' | 'override-workday';

export interface DayInfo {
  date: IsoDate;
  working: boolean;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  reason: DayReason;
  /** The holiday's name (国庆节 / National Day) or the administrator's note; null for plain days. */
  label: Bilingual | null;
}

/** Why the calendar cannot answer. Carries zh/en texts, so it can be used wherever a Bilingual is expected. */
export type CalendarGap =
  | ({ reason: 'year-not-configured'; year: number } & Bilingual)
  | ({ reason: 'no-such-working-day'; year: number; month: number; n: number; count: number } & Bilingual);

export type CalendarAnswer<T> = { ok: true; value: T } | { ok: false; error: CalendarGap };

export interface WorkingCalendar {
  /** Whether the calendar knows the holidays of this year (official data or overrides). */
  knowsYear(year: number): boolean;
  /** The known years, ascending. */
  knownYears(): number[];
  dayInfo(date: IsoDate): CalendarAnswer<DayInfo>;
  isWorkingDay(date: IsoDate): CalendarAnswer<boolean>;
  /** The working days of a month, in order. */
  workingDaysOf(year: number, month: number): CalendarAnswer<IsoDate[]>;
  /** The n-th working day of a month (n ≥ 1): nthWorkingDay(2025, 10, 3) is the 3rd working day of October 2025. */
  nthWorkingDay(year: number, month: number, n: number): CalendarAnswer<IsoDate>;
  firstWorkingDay(year: number, month: number): CalendarAnswer<IsoDate>;
  /**
   * The n-th working day after `date` (before it when n < 0), not counting `date` itself; n = 0 gives
   * `date` unchanged, working day or not.
   */
  addWorkingDays(date: IsoDate, n: number): CalendarAnswer<IsoDate>;
  /**
   * The working days stepped on going from `from` to `to`: those in (from, to] when from ≤ to, and minus
   * those in [to, from) when to < from. So workingDaysBetween(d, addWorkingDays(d, n)) is n.
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): CalendarAnswer<number>;
  /** Working week `week` (≥ 1) of a month: its working days 5·week−4 … 5·week; empty past the month's end. */
  workingWeek(year: number, month: number, week: number): CalendarAnswer<IsoDate[]>;
  /** The first week of a month: its first five working days. */
  firstWeek(year: number, month: number): CalendarAnswer<IsoDate[]>;
  /** Which working week of its month a date is in; null for a day that is not a working day. */
  workingWeekOf(date: IsoDate): CalendarAnswer<number | null>;
}

export const WORKING_WEEK_LENGTH = 5;

export function yearNotConfigured(year: number): CalendarGap {
  return {
    reason: 'year-not-configured',
    year,
    zh: `${year} 年的节假日尚未配置`,
    en: `The holidays of ${year} have not been configured yet`,
  };
}

function noSuchWorkingDay(year: number, month: number, n: number, count: number): CalendarGap {
  return {
    reason: 'no-such-working-day',
    year,
    month,
    n,
    count,
    zh: `${year} 年 ${month} 月只有 ${count} 个工作日，没有第 ${n} 个工作日`,
    en: `${year}-${String(month).padStart(2, '0')} has only ${count} working days, so there is no working day number ${n}`,
  };
}

const ok = <T>(value: T): CalendarAnswer<T> => ({ ok: true, value });
const gap = <T>(error: CalendarGap): CalendarAnswer<T> => ({ ok: false, error });

/** `Spring Festival,春节,4` → 春节 / Spring Festival. */
function officialLabel(value: string): Bilingual {
  const [en = '', zh = en] = value.split(',');
  return { zh, en };
}

function checkCount(name: string, n: number, min: number): void {
  if (!Number.isSafeInteger(n) || n < min) throw new RangeError(`${name} must be an integer ≥ ${min}, got ${n}`);
}

const yearOf = (date: IsoDate) => partsOf(date).year;

export function createWorkingCalendar(official: OfficialCalendarData, overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  const byDate = new Map<IsoDate, CalendarOverride>();
  for (const o of overrides) {
    partsOf(o.date);
    if (o.kind !== 'workday' && o.kind !== 'holiday') throw new RangeError(`override kind must be workday or holiday, got ${String(o.kind)}`);
    if (byDate.has(o.date)) throw new RangeError(`two overrides for ${o.date}`);
    byDate.set(o.date, o);
  }
  const years = new Set<number>();
  for (const date of [...Object.keys(official.holidays), ...Object.keys(official.workdays), ...byDate.keys()]) years.add(yearOf(date));

  const knowsYear = (year: number) => years.has(year);

  /** The day, assuming its year is known. */
  function decide(date: IsoDate): DayInfo {
    const base = { date, weekday: weekday(date) };
    const override = byDate.get(date);
    if (override) {
      const label = override.note ? { zh: override.note, en: override.note } : null;
      return override.kind === 'workday'
        ? { ...base, working: true, reason: 'override-workday', label }
        : { ...base, working: false, reason: 'override-holiday', label };
    }
    const holiday = official.holidays[date];
    if (holiday !== undefined) return { ...base, working: false, reason: 'official-holiday', label: officialLabel(holiday) };
    const workday = official.workdays[date];
    if (workday !== undefined) return { ...base, working: true, reason: 'official-workday', label: officialLabel(workday) };
    return isWeekend(date) ? { ...base, working: false, reason: 'weekend', label: null } : { ...base, working: true, reason: 'weekday', label: null };
  }

  function dayInfo(date: IsoDate): CalendarAnswer<DayInfo> {
    const year = yearOf(date);
    return knowsYear(year) ? ok(decide(date)) : gap(yearNotConfigured(year));
  }

  function isWorkingDay(date: IsoDate): CalendarAnswer<boolean> {
    const info = dayInfo(date);
    return info.ok ? ok(info.value.working) : info;
  }

  function workingDaysOf(year: number, month: number): CalendarAnswer<IsoDate[]> {
    checkYearMonth(year, month);
    if (!knowsYear(year)) return gap(yearNotConfigured(year));
    return ok(datesOfMonth(year, month).filter((d) => decide(d).working));
  }

  function nthWorkingDay(year: number, month: number, n: number): CalendarAnswer<IsoDate> {
    checkCount('n', n, 1);
    const days = workingDaysOf(year, month);
    if (!days.ok) return days;
    const day = days.value[n - 1];
    return day === undefined ? gap(noSuchWorkingDay(year, month, n, days.value.length)) : ok(day);
  }

  function addWorkingDays(date: IsoDate, n: number): CalendarAnswer<IsoDate> {
    if (!Number.isSafeInteger(n)) throw new RangeError(`n must be an integer, got ${n}`);
    const start = yearOf(date);
    if (!knowsYear(start)) return gap(yearNotConfigured(start));
    const step = n < 0 ? -1 : 1;
    let current = date;
    for (let left = Math.abs(n); left > 0; ) {
      current = addDays(current, step);
      const info = dayInfo(current);
      if (!info.ok) return info;
      if (info.value.working) left -= 1;
    }
    return ok(current);
  }

  function workingDaysBetween(from: IsoDate, to: IsoDate): CalendarAnswer<number> {
    const sign = dayNumber(to) < dayNumber(from) ? -1 : 1;
    const [first, last] = sign === 1 ? [addDays(from, 1), to] : [to, addDays(from, -1)];
    // Every year from `from` to `to` must be known, the start's included (as in addWorkingDays).
    for (let y = yearOf(from); sign * (y - yearOf(to)) <= 0; y += sign) if (!knowsYear(y)) return gap(yearNotConfigured(y));
    let count = 0;
    for (let d = dayNumber(first), end = dayNumber(last); d <= end; d += 1) if (decide(dateOfDayNumber(d)).working) count += 1;
    return ok(sign * count);
  }

  function workingWeek(year: number, month: number, week: number): CalendarAnswer<IsoDate[]> {
    checkCount('week', week, 1);
    const days = workingDaysOf(year, month);
    if (!days.ok) return days;
    return ok(days.value.slice((week - 1) * WORKING_WEEK_LENGTH, week * WORKING_WEEK_LENGTH));
  }

  function workingWeekOf(date: IsoDate): CalendarAnswer<number | null> {
    const { year, month } = partsOf(date);
    const days = workingDaysOf(year, month);
    if (!days.ok) return days;
    const index = days.value.indexOf(date);
    return ok(index < 0 ? null : Math.floor(index / WORKING_WEEK_LENGTH) + 1);
  }

  return {
    knowsYear,
    knownYears: () => [...years].sort((a, b) => a - b),
    dayInfo,
    isWorkingDay,
    workingDaysOf,
    nthWorkingDay,
    firstWorkingDay: (year, month) => nthWorkingDay(year, month, 1),
    addWorkingDays,
    workingDaysBetween,
    workingWeek,
    firstWeek: (year, month) => workingWeek(year, month, 1),
    workingWeekOf,
  };
}
