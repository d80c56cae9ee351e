import type { WorkingCalendar } from '../../../domain/calendar/calendar';
import type { Db } from '../../db/client';
import { orgWorkingCalendar } from '../calendar/org-calendar';

/**
 * The working-day calendar the 客情费 cycle counts its deadlines on (3rd / 8th / 9th working day): the organisation's
 * own, the official arrangement (holidays and 调休) with its administrator's overrides. Every expense module asks here.
 */
export function expenseCalendar(db: Db, orgId: string): Promise<WorkingCalendar> {
  return orgWorkingCalendar(db, orgId);
}
