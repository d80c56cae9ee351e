import { describe, expect, it } from 'vitest';
import { missingContacts } from './missing-contacts';
import type { UnplacedContact } from './plan-types';
import type { ValidationCustomer } from './plan-validation';

const DAYS = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08'];
const rule = (customerId: string, visitsPerMonth: number, grade: ValidationCustomer['grade'] = 'B', phoneAllowed = false): ValidationCustomer => ({ customerId, grade, visitsPerMonth, phoneAllowed });
const day = (date: string, ...contacts: [string, 'visit' | 'phone'][]) => ({ date, contacts: contacts.map(([customerId, kind]) => ({ customerId, kind })) });
const generated = (customerId: string, contactNumber: number, contactsRequired: number): UnplacedContact => ({
  customerId,
  grade: 'C',
  contactNumber,
  contactsRequired,
  reason: 'capacity',
  window: { from: '2026-12-01', to: '2026-12-08' },
  message: { zh: '已排满', en: 'full' },
});

describe('missingContacts', () => {
  it('lists nothing when the plan holds every contact', () => {
    expect(missingContacts([day('2026-12-01', ['a', 'visit']), day('2026-12-07', ['a', 'visit'])], [rule('a', 2)], [], DAYS)).toEqual([]);
  });

  it('lists a contact the rep removed, in the stretch of the month where it belongs', () => {
    const [missing, ...rest] = missingContacts([day('2026-12-01', ['a', 'visit'])], [rule('a', 2)], [], DAYS);
    expect(rest).toEqual([]);
    expect(missing).toMatchObject({ customerId: 'a', contactNumber: 2, contactsRequired: 2, reason: 'not-in-plan', window: { from: '2026-12-04', to: '2026-12-08' } });
    expect(missing!.message.zh).toBe('每月须拜访 2 次，计划中只有 1 次');
  });

  it('keeps the generator’s entries, dropping the first ones as the rep places contacts by hand', () => {
    const list = [generated('c', 1, 2), generated('c', 2, 2)];
    expect(missingContacts([], [rule('c', 2, 'C', true)], list, DAYS)).toEqual(list);
    expect(missingContacts([day('2026-12-02', ['c', 'phone'])], [rule('c', 2, 'C', true)], list, DAYS)).toEqual([list[1]]);
  });

  it('counts a call only where calls are allowed, a customer once a day, and forgets customers no longer the rep’s', () => {
    const missing = missingContacts([day('2026-12-01', ['a', 'phone'], ['a', 'visit']), day('2026-12-02', ['b', 'phone'])], [rule('a', 1), rule('b', 1)], [generated('gone', 1, 1)], DAYS);
    expect(missing.map((m) => m.customerId)).toEqual(['b']);
  });
});
