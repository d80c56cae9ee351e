import { ROLE_SCOPE, type Role } from './roles';

/** What a signed-in person is, as far as the rules need to know. */
export interface Actor {
  orgId: string;
  userId: string;
  role: Role;
  officeId: string | null;
}

/** Everything a permission can be asked about. The web receives the granted ones as abilities. */
export const ACTIONS = [
  'office.read',
  'office.manage',
  'user.read',
  'user.manage',
  'audit.read',
  'customer.read',
  'customer.create',
  'customer.update',
  'customer.delete',
  'customer.reassign',
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERYONE: readonly Role[] = ['rep', 'office_manager', 'clerk', 'sales_manager', 'finance', 'admin'];

/** Role → actions. Row-level limits come from the data scope, not from this table. */
const GRANTS: Record<Action, readonly Role[]> = {
  'office.read': EVERYONE,
  'office.manage': ['admin'],
  'user.read': EVERYONE,
  'user.manage': ['admin'],
  'audit.read': ['admin'],
  'customer.read': EVERYONE,
  'customer.create': ['rep', 'office_manager', 'sales_manager', 'admin'],
  'customer.update': ['rep', 'office_manager', 'sales_manager', 'admin'],
  'customer.delete': ['office_manager', 'sales_manager', 'admin'],
  'customer.reassign': ['office_manager', 'sales_manager', 'admin'],
};

export function can(actor: Pick<Actor, 'role'>, action: Action): boolean {
  return GRANTS[action].includes(actor.role);
}

export function abilitiesOf(actor: Pick<Actor, 'role'>): Action[] {
  return ACTIONS.filter((a) => can(actor, a));
}

/** Where a row sits, for the data-scope check. */
export interface RowPlace {
  orgId: string;
  officeId: string | null;
  ownerId: string | null;
}

/** Is this row inside what the actor may see? Another organisation's rows never are. */
export function inScope(actor: Actor, row: RowPlace): boolean {
  if (row.orgId !== actor.orgId) return false;
  switch (ROLE_SCOPE[actor.role]) {
    case 'org':
      return true;
    case 'office':
      return actor.officeId !== null && row.officeId === actor.officeId;
    case 'own':
      return row.ownerId === actor.userId;
  }
}

/** The filter a query must apply so that a list shows only rows in scope. */
export type ScopeFilter =
  | { kind: 'org'; orgId: string }
  | { kind: 'office'; orgId: string; officeId: string | null }
  | { kind: 'own'; orgId: string; userId: string };

export function scopeFilter(actor: Actor): ScopeFilter {
  const kind = ROLE_SCOPE[actor.role];
  if (kind === 'org') return { kind, orgId: actor.orgId };
  if (kind === 'office') return { kind, orgId: actor.orgId, officeId: actor.officeId };
  return { kind, orgId: actor.orgId, userId: actor.userId };
}
