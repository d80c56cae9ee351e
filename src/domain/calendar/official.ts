import chineseDays from 'chinese-days/dist/chinese-days.json';
import { createWorkingCalendar, type CalendarOverride, type OfficialCalendarData, type WorkingCalendar } from './calendar';

/**
 * The official arrangement of holidays and make-up working days as chinese-days ships it (2004 to the
 * latest State Council notice the installed version carries; 1.5.7 ends with 2026). A newer year comes
 * with a package update, or earlier through administrator overrides. JSON imports work under tsx, vitest
 * and vite; code that cannot import JSON passes its own data to createWorkingCalendar.
 */
export const OFFICIAL_CALENDAR: OfficialCalendarData = { holidays: chineseDays.holidays, workdays: chineseDays.workdays };

/** The working-day calendar of an organisation: the official arrangement with its administrator's overrides on top. */
export function workingCalendar(overrides: readonly CalendarOverride[] = []): WorkingCalendar {
  return createWorkingCalendar(OFFICIAL_CALENDAR, overrides);
}
