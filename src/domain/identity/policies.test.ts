import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abilitiesOf, can, inScope, scopeFilter, type Actor } from './policies';
import { ROLES, ROLE_SCOPE } from './roles';

const ORG = '00000000-0000-4000-8000-000000000001';
const OTHER_ORG = '00000000-0000-4000-8000-000000000002';
const actorArb = fc.record({
  orgId: fc.constantFrom(ORG, OTHER_ORG),
  userId: fc.constantFrom('u1', 'u2', 'u3'),
  role: fc.constantFrom(...ROLES),
  officeId: fc.constantFrom('o1', 'o2', null),
});
const rowArb = fc.record({
  orgId: fc.constantFrom(ORG, OTHER_ORG),
  officeId: fc.constantFrom('o1', 'o2', null),
  ownerId: fc.constantFrom('u1', 'u2', 'u3', null),
});

describe('data scope', () => {
  it('never lets anyone see another organisation', () => {
    fc.assert(fc.property(actorArb, rowArb, (actor, row) => (row.orgId !== actor.orgId ? !inScope(actor, row) : true)));
  });

  it('gives each role exactly its scope inside the organisation', () => {
    fc.assert(
      fc.property(actorArb, rowArb, (actor, row) => {
        const same = { ...row, orgId: actor.orgId };
        const expected = {
          org: true,
          office: actor.officeId !== null && same.officeId === actor.officeId,
          own: same.ownerId === actor.userId,
        }[ROLE_SCOPE[actor.role]];
        return inScope(actor, same) === expected;
      }),
    );
  });

  it('turns the role into the list filter the queries apply', () => {
    const base: Actor = { orgId: ORG, userId: 'u1', role: 'rep', officeId: 'o1' };
    expect(scopeFilter(base)).toEqual({ kind: 'own', orgId: ORG, userId: 'u1' });
    expect(scopeFilter({ ...base, role: 'office_manager' })).toEqual({ kind: 'office', orgId: ORG, officeId: 'o1' });
    expect(scopeFilter({ ...base, role: 'finance' })).toEqual({ kind: 'org', orgId: ORG });
  });
});

describe('role grants', () => {
  it('keeps administration to administrators', () => {
    for (const role of ROLES) {
      expect(can({ role }, 'user.manage')).toBe(role === 'admin');
      expect(can({ role }, 'office.manage')).toBe(role === 'admin');
      expect(can({ role }, 'audit.read')).toBe(role === 'admin');
      expect(can({ role }, 'user.read')).toBe(true);
    }
  });

  it('lists as abilities exactly the granted actions', () => {
    expect(abilitiesOf({ role: 'rep' })).toEqual(['office.read', 'user.read', 'customer.read', 'customer.create', 'customer.update', 'customer.merge', 'customer.export', 'abc.read', 'analysis.read', 'product.read', 'order.read', 'order.create', 'visitPlan.read', 'visitPlan.generate', 'visitPlan.edit']);
    expect(abilitiesOf({ role: 'finance' })).toEqual(['office.read', 'user.read', 'customer.read', 'customer.export', 'abc.read', 'analysis.read', 'product.read', 'order.read', 'collection.create']);
    expect(abilitiesOf({ role: 'office_manager' })).toContain('customer.import');
    expect(abilitiesOf({ role: 'rep' })).not.toContain('customer.import');
    expect(abilitiesOf({ role: 'admin' })).toHaveLength(26);
  });

  it('keeps prices to the head of sales, ERP pushes to organisation-wide managers and 回款 to finance', () => {
    for (const role of ROLES) {
      expect(can({ role }, 'product.read')).toBe(true);
      expect(can({ role }, 'order.read')).toBe(true);
      expect(can({ role }, 'product.manage')).toBe(role === 'sales_manager' || role === 'admin');
      expect(can({ role }, 'order.push')).toBe(role === 'sales_manager' || role === 'admin');
      expect(can({ role }, 'order.create')).toBe(role !== 'finance');
      expect(can({ role }, 'collection.create')).toBe(['clerk', 'finance', 'admin'].includes(role));
    }
  });

  it('lets managers act on ABC grades and keeps the clerk out of sales analysis', () => {
    for (const role of ROLES) {
      expect(can({ role }, 'abc.read')).toBe(role !== 'clerk');
      expect(can({ role }, 'analysis.read')).toBe(role !== 'clerk');
      expect(can({ role }, 'abc.manage')).toBe(role === 'sales_manager' || role === 'admin');
    }
  });

  it('lets reps plan their visits, office managers review them, and the head of sales set the rules', () => {
    for (const role of ROLES) {
      expect(can({ role }, 'visitPlan.read')).toBe(['rep', 'office_manager', 'sales_manager', 'admin'].includes(role));
      expect(can({ role }, 'visitPlan.generate')).toBe(role === 'rep' || role === 'office_manager');
      expect(can({ role }, 'visitPlan.edit')).toBe(role === 'rep');
      expect(can({ role }, 'visitPlan.review')).toBe(role === 'office_manager');
      expect(can({ role }, 'visitRules.read')).toBe(['office_manager', 'sales_manager', 'admin'].includes(role));
      expect(can({ role }, 'visitRules.manage')).toBe(role === 'sales_manager' || role === 'admin');
    }
  });
});
