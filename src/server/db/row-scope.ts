import { and, eq, sql, type Column, type SQL } from 'drizzle-orm';
import { scopeFilter, type Actor } from '../../domain/identity/policies';

/** Where a table keeps the three facts the data scope looks at. */
export interface ScopeColumns {
  orgId: Column;
  /** The office the row belongs to (for a joined table, that table's column). */
  officeId: Column;
  /** The user who owns the row: the customer's owner rep, the plan's or statement's rep. */
  ownerId: Column;
}

/**
 * The SQL form of `inScope`: organisation-wide roles see the organisation's rows, an office manager their office's
 * (none without an office), everyone else their own.
 */
export function rowScope(actor: Actor, columns: ScopeColumns): SQL {
  const scope = scopeFilter(actor);
  const org = eq(columns.orgId, scope.orgId);
  if (scope.kind === 'org') return org;
  if (scope.kind === 'office') return and(org, scope.officeId ? eq(columns.officeId, scope.officeId) : sql`false`)!;
  return and(org, eq(columns.ownerId, scope.userId))!;
}
