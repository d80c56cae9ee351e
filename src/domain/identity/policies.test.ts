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
    expect(abilitiesOf({ role: 'rep' })).toEqual([
      'office.read', 'user.read', 'customer.read', 'customer.create', 'customer.update', 'customer.merge', 'customer.export', 'abc.read', 'analysis.read',
      'product.read', 'order.read', 'order.create', 'visitPlan.read', 'visitPlan.generate', 'visitPlan.edit', 'calendar.read', 'visitTravel.read',
      'visitTravel.manage', 'visit.read', 'visit.record', 'expenseSettings.read', 'expenseStatement.read', 'expenseStatement.generate',
      'expenseStatement.adjust', 'expenseStatement.submit', 'expenseApplication.read', 'expenseApplication.file', 'expensePayout.read',
      'visitCompliance.read', 'dailyLog.read', 'dailyLog.write',
    ]);
    expect(abilitiesOf({ role: 'finance' })).toEqual([
      'office.read', 'user.read', 'customer.read', 'customer.export', 'abc.read', 'analysis.read', 'product.read', 'order.read', 'collection.create',
      'calendar.read', 'expenseSettings.read', 'expenseStatement.read', 'expenseStatement.review', 'expenseApplication.read', 'expensePayout.read',
      'expensePayout.record', 'expenseSpotCheck.read', 'expenseLedger.read',
    ]);
    expect(abilitiesOf({ role: 'office_manager' })).toContain('customer.import');
    expect(abilitiesOf({ role: 'rep' })).not.toContain('customer.import');
    expect(abilitiesOf({ role: 'admin' })).toHaveLength(40);
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

  it('lets everyone read the working calendar and the administrator change it; reps and their office managers set travel; managers set a customer’s own rule', () => {
    for (const role of ROLES) {
      expect(can({ role }, 'calendar.read')).toBe(true);
      expect(can({ role }, 'calendar.manage')).toBe(role === 'admin');
      expect(can({ role }, 'visitTravel.read')).toBe(['rep', 'office_manager', 'sales_manager', 'admin'].includes(role));
      expect(can({ role }, 'visitTravel.manage')).toBe(role === 'rep' || role === 'office_manager');
      expect(can({ role }, 'customerVisitRule.manage')).toBe(['office_manager', 'sales_manager', 'admin'].includes(role));
    }
  });

  it('runs the 客情费 cycle by role: reps generate, adjust, submit and file; clerk, sales manager and finance sign; the sales manager decides applications', () => {
    for (const role of ROLES) {
      expect(can({ role }, 'expenseSettings.read')).toBe(true);
      expect(can({ role }, 'expenseSettings.manage')).toBe(role === 'sales_manager' || role === 'admin');
      expect(can({ role }, 'expenseStatement.read')).toBe(true);
      expect(can({ role }, 'expenseStatement.generate')).toBe(['rep', 'clerk', 'sales_manager'].includes(role));
      expect(can({ role }, 'expenseStatement.adjust')).toBe(role === 'rep');
      expect(can({ role }, 'expenseStatement.submit')).toBe(role === 'rep');
      expect(can({ role }, 'expenseStatement.review')).toBe(['clerk', 'sales_manager', 'finance'].includes(role));
      expect(can({ role }, 'expenseApplication.read')).toBe(true);
      expect(can({ role }, 'expenseApplication.file')).toBe(role === 'rep');
      expect(can({ role }, 'expenseApplication.decide')).toBe(role === 'sales_manager');
    }
  });

  it('lets only reps record visits, read where the rep is by managers; the clerk and finance do not read them', () => {
    for (const role of ROLES) {
      expect(can({ role }, 'visit.record')).toBe(role === 'rep');
      expect(can({ role }, 'visit.read')).toBe(['rep', 'office_manager', 'sales_manager', 'admin'].includes(role));
    }
  });
});
