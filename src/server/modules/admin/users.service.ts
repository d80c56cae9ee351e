import { and, eq, sql } from 'drizzle-orm';
import { inScope, type Actor } from '../../../domain/identity/policies';
import type { CreateUserInput, UpdateUserInput } from '../../../domain/identity/schemas';
import { normaliseOffice, staffChangeProblem, type StaffState } from '../../../domain/identity/user-rules';
import type { Db } from '../../db/client';
import { isUniqueViolation } from '../../db/pg-errors';
import { offices, users } from '../../db/schema';
import { AppError } from '../../http/errors';
import type { RequestMeta } from '../identity/auth.service';
import { releaseCustomersOf } from '../customers/reassign.service';
import { hashPassword } from '../identity/passwords';
import { endUserSessions } from '../identity/sessions';
import { recordAudit } from './audit';
import { auditedUser, type UserView } from './users.presenter';
import { countActiveAdmins, findUser } from './users.queries';

/** A user the actor may see, or 404 (another organisation's or out-of-scope users are not revealed). */
export async function getVisibleUser(db: Db, actor: Actor, id: string): Promise<UserView> {
  const user = await findUser(db, actor.orgId, id);
  if (!user || !inScope(actor, { orgId: actor.orgId, officeId: user.officeId, ownerId: user.id })) throw new AppError('NOT_FOUND');
  return user;
}

async function officeIsActive(db: Db, orgId: string, officeId: string | null): Promise<boolean | null> {
  if (!officeId) return null;
  const [row] = await db.select({ active: offices.active }).from(offices).where(and(eq(offices.orgId, orgId), eq(offices.id, officeId)));
  if (!row) throw new AppError('VALIDATION_FAILED', [{ field: 'officeId', message: '办事处：不存在', message_en: 'Office: does not exist' }]);
  return row.active;
}

async function checkStaffing(db: Db, actor: Actor, current: StaffState | null, next: StaffState): Promise<void> {
  const problem = staffChangeProblem(current, next, {
    actorId: actor.userId,
    activeAdmins: await countActiveAdmins(db, actor.orgId),
    officeActive: await officeIsActive(db, actor.orgId, next.officeId),
  });
  if (problem) throw new AppError(problem);
}

export async function createUser(db: Db, actor: Actor, input: CreateUserInput, meta: RequestMeta): Promise<UserView> {
  const officeId = normaliseOffice(input.role, input.officeId);
  const passwordHash = await hashPassword(input.password);
  try {
    const id = await db.transaction(async (tx) => {
      const t = tx as Db;
      await checkStaffing(t, actor, null, { id: '', role: input.role, officeId, active: true });
      const [row] = await t
        .insert(users)
        .values({
          orgId: actor.orgId,
          username: input.username,
          displayName: input.displayName,
          role: input.role,
          officeId,
          phone: input.phone ?? null,
          email: input.email ?? null,
          passwordHash,
          mustChangePassword: true,
          createdAt: meta.now,
          updatedAt: meta.now,
        })
        .returning({ id: users.id });
      const created = row!.id;
      await recordAudit(
        t,
        { orgId: actor.orgId, actorId: actor.userId, action: 'user.create', targetType: 'user', targetId: created, after: auditedUser({ ...input, officeId, phone: input.phone ?? null, email: input.email ?? null, active: true }), ip: meta.ip },
        meta.now,
      );
      return created;
    });
    return (await findUser(db, actor.orgId, id))!;
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('USERNAME_TAKEN', [{ field: 'username', message: '用户名：已被使用', message_en: 'User name: already taken' }]);
    throw err;
  }
}

type UserChange = Partial<Pick<UserView, 'displayName' | 'role' | 'officeId' | 'phone' | 'email' | 'active' | 'mustChangePassword'>> & { passwordHash?: string };

/**
 * Applies a change to a user under the version check, the staffing rules and the audit log, in one
 * transaction. Ends the user's sessions when `endSessions` is set (deactivation, password reset).
 */
async function changeUser(
  db: Db,
  actor: Actor,
  id: string,
  version: number | null,
  change: UserChange,
  action: string,
  meta: RequestMeta,
  endSessions = false,
): Promise<UserView> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    await t.execute(sql`select 1 from ${users} where ${users.orgId} = ${actor.orgId} and ${users.id} = ${id} for update`);
    const current = await getVisibleUser(t, actor, id);
    if (version !== null && current.version !== version) throw new AppError('VERSION_CONFLICT');
    const role = change.role ?? current.role;
    const next = {
      ...current,
      ...change,
      role,
      officeId: normaliseOffice(role, change.officeId === undefined ? current.officeId : change.officeId),
    };
    await checkStaffing(t, actor, current, next);
    const { passwordHash, ...visible } = change;
    await t
      .update(users)
      .set({ ...visible, officeId: next.officeId, ...(passwordHash ? { passwordHash } : {}), version: current.version + 1, updatedAt: meta.now })
      .where(and(eq(users.orgId, actor.orgId), eq(users.id, id)));
    if (endSessions) await endUserSessions(t, actor.orgId, id);
    if (change.active === false && current.active) await releaseCustomersOf(t, actor, id, meta.now);
    await recordAudit(
      t,
      { orgId: actor.orgId, actorId: actor.userId, action, targetType: 'user', targetId: id, before: auditedUser(current), after: auditedUser(next), ip: meta.ip },
      meta.now,
    );
  });
  return (await findUser(db, actor.orgId, id))!;
}

export function updateUser(db: Db, actor: Actor, id: string, input: UpdateUserInput, meta: RequestMeta) {
  const { version, ...change } = input;
  return changeUser(db, actor, id, version, change, 'user.update', meta);
}

export function setUserActive(db: Db, actor: Actor, id: string, active: boolean, meta: RequestMeta) {
  return changeUser(db, actor, id, null, { active }, active ? 'user.activate' : 'user.deactivate', meta, !active);
}

/** Sets a temporary password the user must change at next sign-in, and signs them out everywhere. */
export async function resetPassword(db: Db, actor: Actor, id: string, password: string, meta: RequestMeta) {
  const passwordHash = await hashPassword(password);
  return changeUser(db, actor, id, null, { passwordHash, mustChangePassword: true }, 'user.reset_password', meta, true);
}
