import { describe, expect, it } from 'vitest';
import { can, type Action } from '../../../domain/identity/policies';
import type { Role } from '../../../domain/identity/roles';
import { statementRights } from './statement-rights';

const canFor = (role: Role) => (a: Action) => can({ role }, a);
const rights = (status: Parameters<typeof statementRights>[0]['status'], who: { id: string; role: Role }) => statementRights({ repId: 'rep-1', status }, who, canFor(who.role));

describe('statementRights', () => {
  it('lets the statement’s own rep adjust and submit a draft or returned statement, and nothing once it is submitted', () => {
    const rep = { id: 'rep-1', role: 'rep' as const };
    expect(rights('draft', rep)).toEqual({ edit: true, submit: true, approve: false, return: false });
    expect(rights('returned', rep)).toEqual({ edit: true, submit: true, approve: false, return: false });
    expect(rights('submitted', rep)).toEqual({ edit: false, submit: false, approve: false, return: false });
    expect(rights('draft', { id: 'rep-2', role: 'rep' })).toEqual({ edit: false, submit: false, approve: false, return: false });
  });

  it('offers the signature only to the reviewer whose step it is, and the return to every reviewer while under review', () => {
    const clerk = { id: 'c', role: 'clerk' as const };
    const manager = { id: 'm', role: 'sales_manager' as const };
    const finance = { id: 'f', role: 'finance' as const };
    expect(rights('submitted', clerk)).toMatchObject({ approve: true, return: true });
    expect(rights('submitted', manager)).toMatchObject({ approve: false, return: true });
    expect(rights('clerk_approved', manager)).toMatchObject({ approve: true, return: true });
    expect(rights('clerk_approved', clerk)).toMatchObject({ approve: false, return: true });
    expect(rights('manager_approved', finance)).toMatchObject({ approve: true, return: true });
    for (const status of ['draft', 'returned', 'finance_approved', 'void'] as const) {
      for (const who of [clerk, manager, finance]) expect(rights(status, who)).toMatchObject({ approve: false, return: false });
    }
  });

  it('gives an office manager nothing to do on a statement', () => {
    expect(rights('submitted', { id: 'o', role: 'office_manager' })).toEqual({ edit: false, submit: false, approve: false, return: false });
  });
});
