import type { Plan, UnplacedContact } from './api';

/**
 * The unplaced contacts still missing from the plan. The list is kept from generation; once the rep places a
 * customer's contacts by hand, that customer's first entries are covered: a customer needing n contacts with
 * p in the plan still misses n − p of them (the last ones listed).
 */
export function stillUnplaced(plan: Pick<Plan, 'days' | 'unplaced'>): UnplacedContact[] {
  const placed = new Map<string, number>();
  for (const day of plan.days) for (const item of day.items) placed.set(item.customerId, (placed.get(item.customerId) ?? 0) + 1);
  const listed = new Map<string, UnplacedContact[]>();
  for (const u of plan.unplaced) listed.set(u.customerId, [...(listed.get(u.customerId) ?? []), u]);
  return plan.unplaced.filter((u) => {
    const missing = Math.max(0, u.contactsRequired - (placed.get(u.customerId) ?? 0));
    const entries = listed.get(u.customerId)!;
    return entries.indexOf(u) >= entries.length - missing;
  });
}
