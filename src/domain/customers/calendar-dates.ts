import { accepted, checkedString, refused, type Checked } from './checked';
import { toHalfWidth } from './half-width';

/**
 * Dates as people write them in forms and spreadsheets (2024-03-05, 2024/3/5, 2024.3.5,
 * 2024年3月5日), stored as ISO `YYYY-MM-DD`. Birthdays and anniversaries may leave out the year
 * (3月5日, 03-05) and are then stored as `MM-DD`.
 */
const FULL = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

function daysIn(month: number, year: number | null): number {
  if (month === 2) return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

function build(year: number | null, month: number, day: number): Checked<string> {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) {
    return refused('日期不存在', 'is not a real date');
  }
  return accepted(year === null ? `${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`);
}

export function normaliseDate(raw: string, allowMonthDay: boolean): Checked<string> {
  const s = toHalfWidth(raw).trim();
  const full = FULL.exec(s);
  if (full) return build(Number(full[1]), Number(full[2]), Number(full[3]));
  const md = allowMonthDay ? MONTH_DAY.exec(s) : null;
  if (md) return build(null, Number(md[1]), Number(md[2]));
  return allowMonthDay
    ? refused('日期格式应为 2024-03-05 或 03-05', 'write the date as 2024-03-05, or 03-05 without the year')
    : refused('日期格式应为 2024-03-05', 'write the date as 2024-03-05');
}

/** A full calendar date, stored as YYYY-MM-DD. */
export const calendarDateSchema = checkedString((raw) => normaliseDate(raw, false));

/** A date that may leave out the year (birthdays, anniversaries), stored as YYYY-MM-DD or MM-DD. */
export const recurringDateSchema = checkedString((raw) => normaliseDate(raw, true));
