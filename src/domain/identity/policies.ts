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
  'customer.merge',
  'customer.import',
  'customer.export',
  'customerField.manage',
  'abc.read',
  'abc.manage',
  'analysis.read',
  'product.read',
  'product.manage',
  'order.read',
  'order.create',
  'order.push',
  'collection.create',
  'visitRules.read',
  'visitRules.manage',
  'visitPlan.read',
  'visitPlan.generate',
  'visitPlan.edit',
  'visitPlan.review',
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
  /** Both customers must be in the actor's scope; a rep merges two of their own. */
  'customer.merge': ['rep', 'office_manager', 'sales_manager', 'admin'],
  /** Imported rows are placed by the same rule as a customer created by hand (office managers: their office). */
  'customer.import': ['office_manager', 'sales_manager', 'admin'],
  /** Within the data scope; every export is written to the audit log. */
  'customer.export': EVERYONE,
  'customerField.manage': ['admin'],
  /**
   * ABC grading and grade changes, ranked within the data scope: a rep ranks their own customers among themselves
   * (grades drive their visits and contact cadence), an office manager the office's. The clerk reviews expenses only.
   */
  'abc.read': ['rep', 'office_manager', 'sales_manager', 'finance', 'admin'],
  /** Thresholds, saving an on-demand grading and running the monthly grading now. */
  'abc.manage': ['sales_manager', 'admin'],
  /** Customer value and sales analysis, within the data scope. */
  'analysis.read': ['rep', 'office_manager', 'sales_manager', 'finance', 'admin'],
  'product.read': EVERYONE,
  /** Prices, costs and the 客情费 standard are set by the head of sales. */
  'product.manage': ['sales_manager', 'admin'],
  /** Orders, returns and collections of the customers in the actor's data scope. */
  'order.read': EVERYONE,
  /** Sales and returns entered by hand (the clerk enters orders for reps); an order is never edited, a return corrects it. */
  'order.create': ['rep', 'office_manager', 'clerk', 'sales_manager', 'admin'],
  /** The ERP's pushes, signed in as a user of these organisation-wide roles. */
  'order.push': ['sales_manager', 'admin'],
  /** 回款 is booked by finance (the clerk helps; the administrator for corrections). */
  'collection.create': ['clerk', 'finance', 'admin'],
  /** Visit frequencies by grade and type, and the plan settings: read by managers, set by the head of sales. */
  'visitRules.read': ['office_manager', 'sales_manager', 'admin'],
  'visitRules.manage': ['sales_manager', 'admin'],
  /** Monthly visit plans within the data scope (a rep: their own; an office manager: the office's reps'). */
  'visitPlan.read': ['rep', 'office_manager', 'sales_manager', 'admin'],
  /** A rep for themself, an office manager for a rep of their office. */
  'visitPlan.generate': ['rep', 'office_manager'],
  /** Only the plan's rep, on a draft or returned plan. */
  'visitPlan.edit': ['rep'],
  /** Approve or return: the office manager of the plan's rep. */
  'visitPlan.review': ['office_manager'],
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
