import type { IsoDate } from '../../domain/calendar/dates';

/** China has one time zone and no daylight saving: Asia/Shanghai is UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The calendar day in Asia/Shanghai at this instant, as YYYY-MM-DD. */
export function shanghaiDate(at: Date): IsoDate {
  return new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}
