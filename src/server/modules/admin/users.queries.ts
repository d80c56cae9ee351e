import { and, asc, eq, gt, ilike, or, type SQL } from 'drizzle-orm';
import { scopeFilter, type Actor } from '../../../domain/identity/policies';
import type { Role } from '../../../domain/identity/roles';
import type { Db } from '../../db/client';
import { offices, users } from '../../db/schema';
import type { UserView } from './users.presenter';

export const userColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  officeId: users.officeId,
  officeName: offices.name,
  phone: users.phone,
  email: users.email,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
  createdAt: users.createdAt,
};

/** The rows of `users` the actor may see. */
export function userScope(actor: Actor): SQL {
  const scope = scopeFilter(actor);
  const org = eq(users.orgId, scope.orgId);
  if (scope.kind === 'org') return org;
  if (scope.kind === 'office') return scope.officeId ? and(org, eq(users.officeId, scope.officeId))! : and(org, eq(users.id, actor.userId))!;
  return and(org, eq(users.id, scope.userId))!;
}

function fromUsers(db: Db) {
  return db
    .select(userColumns)
    .from(users)
    .leftJoin(offices, and(eq(offices.orgId, users.orgId), eq(offices.id, users.officeId)));
}

export async function findUser(db: Db, orgId: string, id: string): Promise<UserView | undefined> {
  const [row] = await fromUsers(db).where(and(eq(users.orgId, orgId), eq(users.id, id)));
  return row as UserView | undefined;
}

export interface UserListQuery {
  q?: string;
  role?: Role;
  officeId?: string;
  active?: boolean;
  limit: number;
  cursor?: string;
}

/** Users in scope, ordered by user name; the cursor is the last user name seen. */
export async function listUsers(db: Db, actor: Actor, query: UserListQuery) {
  const text = query.q?.trim();
  const like = text ? `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const rows = (await fromUsers(db)
    .where(
      and(
        userScope(actor),
        like ? or(ilike(users.username, like), ilike(users.displayName, like), ilike(users.phone, like)) : undefined,
        query.role ? eq(users.role, query.role) : undefined,
        query.officeId ? eq(users.officeId, query.officeId) : undefined,
        query.active === undefined ? undefined : eq(users.active, query.active),
        query.cursor ? gt(users.username, query.cursor) : undefined,
      ),
    )
    .orderBy(asc(users.username))
    .limit(query.limit + 1)) as UserView[];
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > query.limit && last ? last.username : null };
}

export async function countActiveAdmins(db: Db, orgId: string): Promise<number> {
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.role, 'admin'), eq(users.active, true)));
  return rows.length;
}
