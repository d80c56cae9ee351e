import type { Actor } from '../identity/policies';
import { ROLE_SCOPE, type Role } from '../identity/roles';
import type { ErrorCode } from '../shared/error-codes';

/** A would-be owner of a customer, as the placement rule needs to know them. */
export interface OwnerFacts {
  id: string;
  role: Role;
  officeId: string | null;
  active: boolean;
}

export type Placement = { ok: true; officeId: string; ownerId: string | null } | { ok: false; error: ErrorCode };

/**
 * Where a customer sits (office, owner) after a create or a reassignment by this actor:
 * a rep's customers are their own, in their office; an office manager places customers in their office,
 * owned by one of its reps or in its unassigned pool; organisation-wide roles choose the office, which
 * an owner fixes. `owner` is the requested owner (null: none requested / unassigned).
 */
export function placeCustomer(actor: Actor, requested: { officeId?: string | null; owner: OwnerFacts | null }): Placement {
  const owner = requested.owner;
  if (owner && (!owner.active || !(owner.role === 'rep' || owner.role === 'office_manager') || !owner.officeId)) return { ok: false, error: 'OWNER_INVALID' };
  if (actor.role === 'rep') {
    if (owner && owner.id !== actor.userId) return { ok: false, error: 'OWNER_INVALID' };
    if (!actor.officeId) return { ok: false, error: 'CUSTOMER_OFFICE_REQUIRED' };
    return { ok: true, officeId: actor.officeId, ownerId: actor.userId };
  }
  if (ROLE_SCOPE[actor.role] === 'office') {
    if (!actor.officeId) return { ok: false, error: 'CUSTOMER_OFFICE_REQUIRED' };
    if (owner && owner.officeId !== actor.officeId) return { ok: false, error: 'OWNER_INVALID' };
    return { ok: true, officeId: actor.officeId, ownerId: owner?.id ?? null };
  }
  const officeId = owner?.officeId ?? requested.officeId ?? null;
  if (!officeId) return { ok: false, error: 'CUSTOMER_OFFICE_REQUIRED' };
  if (owner && requested.officeId && requested.officeId !== owner.officeId) return { ok: false, error: 'OWNER_INVALID' };
  return { ok: true, officeId, ownerId: owner?.id ?? null };
}
