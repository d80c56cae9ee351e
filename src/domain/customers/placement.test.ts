import { describe, expect, it } from 'vitest';
import type { Actor } from '../identity/policies';
import { changedFields } from './history-diff';
import { placeCustomer, type OwnerFacts } from './placement';

const rep: Actor = { orgId: 'o', userId: 'rep1', role: 'rep', officeId: 'zz' };
const manager: Actor = { orgId: 'o', userId: 'om1', role: 'office_manager', officeId: 'zz' };
const admin: Actor = { orgId: 'o', userId: 'ad', role: 'admin', officeId: null };
const repOf = (id: string, officeId: string, active = true): OwnerFacts => ({ id, role: 'rep', officeId, active });

describe('placing a customer', () => {
  it('gives a rep their own customer in their office, whatever was asked', () => {
    expect(placeCustomer(rep, { owner: null })).toEqual({ ok: true, officeId: 'zz', ownerId: 'rep1' });
    expect(placeCustomer(rep, { owner: repOf('rep2', 'zz') })).toEqual({ ok: false, error: 'OWNER_INVALID' });
  });

  it('lets an office manager choose a rep of the office or the unassigned pool', () => {
    expect(placeCustomer(manager, { owner: repOf('rep2', 'zz') })).toEqual({ ok: true, officeId: 'zz', ownerId: 'rep2' });
    expect(placeCustomer(manager, { owner: null })).toEqual({ ok: true, officeId: 'zz', ownerId: null });
    expect(placeCustomer(manager, { owner: repOf('rep9', 'ny') })).toEqual({ ok: false, error: 'OWNER_INVALID' });
  });

  it('takes the office from the owner for organisation-wide roles, and needs one without an owner', () => {
    expect(placeCustomer(admin, { owner: repOf('rep9', 'ny') })).toEqual({ ok: true, officeId: 'ny', ownerId: 'rep9' });
    expect(placeCustomer(admin, { owner: null })).toEqual({ ok: false, error: 'CUSTOMER_OFFICE_REQUIRED' });
    expect(placeCustomer(admin, { officeId: 'xy', owner: null })).toEqual({ ok: true, officeId: 'xy', ownerId: null });
    expect(placeCustomer(admin, { officeId: 'xy', owner: repOf('rep9', 'ny') })).toEqual({ ok: false, error: 'OWNER_INVALID' });
  });

  it('never hands a customer to a disabled user or to a role without customers', () => {
    expect(placeCustomer(admin, { owner: repOf('rep9', 'ny', false) })).toEqual({ ok: false, error: 'OWNER_INVALID' });
    expect(placeCustomer(admin, { owner: { id: 'f', role: 'finance', officeId: null, active: true } })).toEqual({ ok: false, error: 'OWNER_INVALID' });
  });
});

describe('field changes', () => {
  it('lists the fields that differ, with before and after', () => {
    expect(changedFields({ a: 1, b: ['x'], c: null }, { a: 1, b: ['x', 'y'], c: undefined }, ['a', 'b', 'c'])).toEqual([{ field: 'b', before: ['x'], after: ['x', 'y'] }]);
    expect(changedFields(null, { a: 1 }, ['a'])).toEqual([{ field: 'a', before: null, after: 1 }]);
  });

  it('does not see a change where only the order of keys differs (as jsonb returns them)', () => {
    const written = { dates: [{ label: '院庆', date: '05-20' }], profile: { b: '2', a: '1' } };
    const readBack = { dates: [{ date: '05-20', label: '院庆' }], profile: { a: '1', b: '2' } };
    expect(changedFields(written, readBack, ['dates', 'profile'])).toEqual([]);
  });
});
