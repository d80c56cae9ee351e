import type { IsoDate } from '../calendar/dates';
import type { DraftDay } from './plan-editing';
import type { UnplacedContact } from './plan-types';
import type { ValidationCustomer } from './plan-validation';
import { contactWindows, isEmptyWindow } from './windows';

/**
 * The contacts a plan still misses, as it stands after the rep's edits: for each customer, the contacts its rule asks
 * for beyond those the plan holds (counted as submission counts them: one a day, a call only where calls are
 * allowed). The generator's own entries keep their reason and message (the last ones first: a contact placed by hand
 * covers the earliest missing one); a contact the rep removed is listed as "not in the plan", with the stretch of the
 * month where it belongs. So the list shrinks when the rep places a contact and grows when the rep removes one.
 */
export function missingContacts(days: readonly DraftDay[], customers: readonly ValidationCustomer[], generated: readonly UnplacedContact[], workingDays: readonly IsoDate[]): UnplacedContact[] {
  const counted = new Map<string, Set<IsoDate>>();
  const rules = new Map(customers.map((c) => [c.customerId, c]));
  for (const day of days) {
    for (const contact of day.contacts) {
      const rule = rules.get(contact.customerId);
      if (!rule || (contact.kind === 'phone' && !rule.phoneAllowed)) continue;
      counted.set(contact.customerId, (counted.get(contact.customerId) ?? new Set()).add(day.date));
    }
  }
  const listed = new Map<string, UnplacedContact[]>();
  for (const u of generated) listed.set(u.customerId, [...(listed.get(u.customerId) ?? []), u]);

  const missing: UnplacedContact[] = [];
  for (const c of customers) {
    const planned = counted.get(c.customerId)?.size ?? 0;
    const short = c.visitsPerMonth - planned;
    if (short <= 0) continue;
    const own = listed.get(c.customerId) ?? [];
    const kept = own.slice(Math.max(0, own.length - short));
    const taken = new Set(kept.map((u) => u.contactNumber));
    const free = Array.from({ length: c.visitsPerMonth }, (_, i) => i + 1).filter((n) => !taken.has(n));
    const added = free.slice(free.length - (short - kept.length)).map((n) => notInPlan(c, n, planned, workingDays));
    missing.push(...[...kept, ...added].sort((a, b) => a.contactNumber - b.contactNumber));
  }
  return missing;
}

function notInPlan(c: ValidationCustomer, number: number, planned: number, workingDays: readonly IsoDate[]): UnplacedContact {
  const w = contactWindows(c.visitsPerMonth, workingDays.length, c.grade === 'A')[number - 1];
  const window = w && !isEmptyWindow(w) ? { from: workingDays[w.from]!, to: workingDays[w.to]! } : null;
  const noun = c.phoneAllowed ? { zh: '联系', en: 'contacts' } : { zh: '拜访', en: 'visits' };
  return {
    customerId: c.customerId,
    grade: c.grade,
    contactNumber: number,
    contactsRequired: c.visitsPerMonth,
    reason: 'not-in-plan',
    window,
    message: {
      zh: `每月须${noun.zh} ${c.visitsPerMonth} 次，计划中只有 ${planned} 次`,
      en: `needs ${c.visitsPerMonth} ${noun.en} a month; the plan has ${planned}`,
    },
  };
}
