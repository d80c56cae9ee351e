import { and, eq } from 'drizzle-orm';
import { LoginThrottle } from '../../../domain/identity/login-throttle';
import { abilitiesOf } from '../../../domain/identity/policies';
import type { Role } from '../../../domain/identity/roles';
import type { ChangePasswordInput, LoginInput } from '../../../domain/identity/schemas';
import type { Db } from '../../db/client';
import { offices, orgs, users } from '../../db/schema';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import { hashPassword, verifyPassword } from './passwords';
import { createSession, endUserSessions, type NewSession, type SessionActor } from './sessions';

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
  now: Date;
}

/** Failed logins: 10 per account and 50 per address in 15 minutes (per process). */
export function createLoginThrottles() {
  return {
    account: new LoginThrottle({ limit: 10, windowMs: 15 * 60_000 }),
    address: new LoginThrottle({ limit: 50, windowMs: 15 * 60_000 }),
  };
}
export type LoginThrottles = ReturnType<typeof createLoginThrottles>;

export async function login(
  db: Db,
  throttles: LoginThrottles,
  input: LoginInput,
  meta: RequestMeta & { ttlHours: number },
): Promise<NewSession> {
  const now = meta.now.getTime();
  const accountKey = `${input.orgCode}:${input.username}`;
  const addressKey = meta.ip ?? 'unknown';
  const wait = Math.max(throttles.account.retryAfter(accountKey, now), throttles.address.retryAfter(addressKey, now));
  if (wait > 0) throw new AppError('RATE_LIMITED', undefined, { 'retry-after': String(Math.ceil(wait / 1000)) });

  const [row] = await db
    .select({ orgId: users.orgId, id: users.id, passwordHash: users.passwordHash, active: users.active })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(orgs.code, input.orgCode), eq(users.username, input.username)));
  const ok = await verifyPassword(row?.passwordHash ?? null, input.password);
  if (!row || !ok || !row.active) {
    throttles.account.fail(accountKey, now);
    throttles.address.fail(addressKey, now);
    throw new AppError('INVALID_CREDENTIALS');
  }
  throttles.account.clear(accountKey);
  const session = await createSession(db, row, meta);
  await db.update(users).set({ lastLoginAt: meta.now }).where(and(eq(users.orgId, row.orgId), eq(users.id, row.id)));
  return session;
}

export async function describeMe(db: Db, actor: SessionActor) {
  const [org] = await db.select({ id: orgs.id, code: orgs.code, name: orgs.name }).from(orgs).where(eq(orgs.id, actor.orgId));
  const [office] = actor.officeId
    ? await db
        .select({ name: offices.name })
        .from(offices)
        .where(and(eq(offices.orgId, actor.orgId), eq(offices.id, actor.officeId)))
    : [];
  return {
    user: {
      id: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      role: actor.role as Role,
      officeId: actor.officeId,
      officeName: office?.name ?? null,
      mustChangePassword: actor.mustChangePassword,
    },
    org: org ?? { id: actor.orgId, code: '', name: '' },
    abilities: abilitiesOf(actor),
  };
}

/** Changes the actor's own password and ends their other sessions. */
export async function changePassword(db: Db, actor: SessionActor, input: ChangePasswordInput, meta: RequestMeta): Promise<void> {
  const [row] = await db
    .select({ passwordHash: users.passwordHash })
    .from(users)
    .where(and(eq(users.orgId, actor.orgId), eq(users.id, actor.userId)));
  if (!row || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new AppError('WRONG_CURRENT_PASSWORD', [
      { field: 'currentPassword', message: '当前密码：不正确', message_en: 'Current password: is wrong' },
    ]);
  }
  if (input.currentPassword === input.newPassword) throw new AppError('PASSWORD_REUSED');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, updatedAt: meta.now })
      .where(and(eq(users.orgId, actor.orgId), eq(users.id, actor.userId)));
    await endUserSessions(tx as Db, actor.orgId, actor.userId, actor.sessionId);
    await recordAudit(
      tx as Db,
      { orgId: actor.orgId, actorId: actor.userId, action: 'user.password_change', targetType: 'user', targetId: actor.userId, ip: meta.ip },
      meta.now,
    );
  });
}

export async function logoutEverywhere(db: Db, actor: SessionActor, meta: RequestMeta): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await endUserSessions(tx as Db, actor.orgId, actor.userId);
    await recordAudit(
      tx as Db,
      { orgId: actor.orgId, actorId: actor.userId, action: 'auth.logout_all', targetType: 'user', targetId: actor.userId, after: { sessionsEnded: ended }, ip: meta.ip },
      meta.now,
    );
    return ended;
  });
}
