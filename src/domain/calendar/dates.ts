/**
 * Calendar dates as the product stores them: plain `YYYY-MM-DD` strings, meaning a day in Asia/Shanghai.
 * Arithmetic is done on day numbers (days since 1970-01-01, from Date.UTC), never on local-time Date
 * objects, so the result does not depend on the time zone of the machine that runs it.
 */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of a real `YYYY-MM-DD` date, or null for anything else (2025-02-29, 2025-1-5, 25-01-05). */
export function parseIsoDate(value: string): YearMonthDay | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Like parseIsoDate, for values that were validated already: anything else is a programming error. */
export function partsOf(date: IsoDate): YearMonthDay {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return parts;
}

export function checkYearMonth(year: number, month: number): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`not a year and month: ${year}-${month}`);
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (negative before it). */
export function dayNumber(date: IsoDate): number {
  const { year, month, day } = partsOf(date);
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

export function dateOfDayNumber(n: number): IsoDate {
  const d = new Date(n * DAY_MS);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay counts (1970-01-01 was a Thursday). */
export function weekday(date: IsoDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/** Every date of a month, in order. */
export function datesOfMonth(year: number, month: number): IsoDate[] {
  checkYearMonth(year, month);
  return Array.from({ length: daysInMonth(year, month) }, (_, i) => isoDate(year, month, i + 1));
}

/**
 * The same day `months` months later (earlier when negative); a day the target month lacks becomes its
 * last day (2024-02-29 minus 12 months is 2023-02-28; 2025-01-31 plus 1 month is 2025-02-28).
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}
