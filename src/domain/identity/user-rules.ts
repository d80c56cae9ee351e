import type { ErrorCode } from '../shared/error-codes';
import { roleNeedsOffice, type Role } from './roles';

/** The state of a user that the staffing rules look at. */
export interface StaffState {
  id: string;
  role: Role;
  officeId: string | null;
  active: boolean;
}

export interface StaffContext {
  actorId: string;
  /** Active administrators in the organisation, this user included if they are one. */
  activeAdmins: number;
  /** Whether the target office (if any) is open. */
  officeActive: boolean | null;
}

/**
 * Checks a change of role, office or active flag against the staffing rules and returns the first
 * rule it breaks, or null. `next` is the user as it would be after the change.
 */
export function staffChangeProblem(current: StaffState | null, next: StaffState, ctx: StaffContext): ErrorCode | null {
  if (next.active && roleNeedsOffice(next.role) && !next.officeId) return 'OFFICE_REQUIRED';
  const officeChanged = next.officeId !== (current?.officeId ?? null);
  if (next.officeId && officeChanged && ctx.officeActive === false) return 'OFFICE_INACTIVE';
  if (current && !next.active && current.active && current.id === ctx.actorId) return 'CANNOT_DEACTIVATE_SELF';
  const losesAdmin = current !== null && current.role === 'admin' && current.active && (next.role !== 'admin' || !next.active);
  if (losesAdmin && ctx.activeAdmins <= 1) return 'LAST_ADMIN';
  return null;
}

/** Offices keep their id but only managers and reps carry one; other roles drop it. */
export function normaliseOffice(role: Role, officeId: string | null | undefined): string | null {
  return roleNeedsOffice(role) ? (officeId ?? null) : null;
}
