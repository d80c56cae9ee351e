import type { WorkingCalendar } from '../../../domain/calendar/calendar';
import { workingCalendar } from '../../../domain/calendar/official';
import type { Db } from '../../db/client';
import { overridesOf } from './calendar.queries';

/*
 * The organisation's calendar is read for every plan generated, edited or submitted, and changes a few times a
 * year, so each organisation's is built once per process and dropped when an override is added or removed. The
 * promise is kept from the start of the read, so a read that began before a change can never be stored after the
 * change dropped it. With several app nodes, the other nodes see a change only after a restart; such a deployment
 * must drop this cache (or read the overrides per request), see docs/architecture.md.
 */
const cache = new Map<string, Promise<WorkingCalendar>>();

/** The working-day calendar of an organisation: the official arrangement with its administrator's overrides. */
export function orgWorkingCalendar(db: Db, orgId: string): Promise<WorkingCalendar> {
  let calendar = cache.get(orgId);
  if (!calendar) {
    calendar = overridesOf(db, orgId).then((rows) => workingCalendar(rows));
    cache.set(orgId, calendar);
    const loading = calendar;
    loading.catch(() => {
      if (cache.get(orgId) === loading) cache.delete(orgId);
    });
  }
  return calendar;
}

/** Call after an override of the organisation changed (after its transaction committed). */
export function forgetOrgCalendar(orgId: string): void {
  cache.delete(orgId);
}
