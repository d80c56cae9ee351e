import { describe, expect, it } from 'vitest';
import { normaliseOffice, staffChangeProblem, type StaffState } from './user-rules';

const admin: StaffState = { id: 'a', role: 'admin', officeId: null, active: true };
const rep: StaffState = { id: 'r', role: 'rep', officeId: 'o1', active: true };
const ctx = { actorId: 'a', activeAdmins: 2, officeActive: true };

describe('staffing rules', () => {
  it('requires an office for reps and office managers', () => {
    expect(staffChangeProblem(null, { ...rep, officeId: null }, ctx)).toBe('OFFICE_REQUIRED');
    expect(staffChangeProblem(null, { ...rep, role: 'office_manager', officeId: null }, ctx)).toBe('OFFICE_REQUIRED');
    expect(staffChangeProblem(null, { ...rep, role: 'finance', officeId: null }, ctx)).toBeNull();
  });

  it('refuses to move people into a closed office, but leaves people already there alone', () => {
    expect(staffChangeProblem(null, rep, { ...ctx, officeActive: false })).toBe('OFFICE_INACTIVE');
    expect(staffChangeProblem(rep, { ...rep, phone: 'x' } as StaffState, { ...ctx, officeActive: false })).toBeNull();
  });

  it('keeps the last active administrator', () => {
    expect(staffChangeProblem(admin, { ...admin, role: 'finance' }, { ...ctx, actorId: 'z', activeAdmins: 1 })).toBe('LAST_ADMIN');
    expect(staffChangeProblem(admin, { ...admin, active: false }, { ...ctx, actorId: 'z', activeAdmins: 1 })).toBe('LAST_ADMIN');
    expect(staffChangeProblem(admin, { ...admin, role: 'finance' }, { ...ctx, actorId: 'z', activeAdmins: 2 })).toBeNull();
  });

  it('does not let administrators disable themselves', () => {
    expect(staffChangeProblem(admin, { ...admin, active: false }, ctx)).toBe('CANNOT_DEACTIVATE_SELF');
  });

  it('lets a disabled rep keep no office requirement check', () => {
    expect(staffChangeProblem(rep, { ...rep, active: false, officeId: null }, ctx)).toBeNull();
  });

  it('drops the office of roles that do not have one', () => {
    expect(normaliseOffice('finance', 'o1')).toBeNull();
    expect(normaliseOffice('rep', 'o1')).toBe('o1');
    expect(normaliseOffice('rep', undefined)).toBeNull();
  });
});
