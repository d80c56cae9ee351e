import { createHash, randomBytes } from 'node:crypto';
import { and, eq, lt, ne } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Role } from '../../../domain/identity/roles';
import type { Db } from '../../db/client';
import { sessions, users } from '../../db/schema';

export const SESSION_COOKIE = 'kq_session';

export interface SessionActor extends Actor {
  sessionId: string;
  username: string;
  displayName: string;
  mustChangePassword: boolean;
}

function digest(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export interface NewSession {
  cookie: string;
  id: string;
  expiresAt: Date;
}

export async function createSession(
  db: Db,
  user: { orgId: string; id: string },
  meta: { ip: string | null; userAgent: string | null; now: Date; ttlHours: number },
): Promise<NewSession> {
  const secret = randomBytes(32).toString('base64url');
  const id = digest(secret);
  const expiresAt = new Date(meta.now.getTime() + meta.ttlHours * 3_600_000);
  await db.insert(sessions).values({
    orgId: user.orgId,
    id,
    userId: user.id,
    createdAt: meta.now,
    lastSeenAt: meta.now,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { cookie: `${user.orgId}.${secret}`, id, expiresAt };
}

function parseCookie(value: string | undefined): { orgId: string; id: string } | null {
  if (!value) return null;
  const dot = value.indexOf('.');
  if (dot < 0) return null;
  const orgId = value.slice(0, dot);
  const secret = value.slice(dot + 1);
  if (!/^[0-9a-f-]{36}$/.test(orgId) || secret.length < 20) return null;
  return { orgId, id: digest(secret) };
}

export type SessionLookup = { actor: SessionActor } | { expired: true } | null;

/** Finds the session behind a cookie; slides its expiry while it is in use. */
export async function resolveSession(db: Db, cookie: string | undefined, now: Date, ttlHours: number): Promise<SessionLookup> {
  const key = parseCookie(cookie);
  if (!key) return null;
  const [row] = await db
    .select({
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      role: users.role,
      officeId: users.officeId,
      username: users.username,
      displayName: users.displayName,
      active: users.active,
      mustChangePassword: users.mustChangePassword,
    })
    .from(sessions)
    .innerJoin(users, and(eq(users.orgId, sessions.orgId), eq(users.id, sessions.userId)))
    .where(and(eq(sessions.orgId, key.orgId), eq(sessions.id, key.id)));
  if (!row || !row.active) return null;
  if (row.expiresAt <= now) {
    await db.delete(sessions).where(and(eq(sessions.orgId, key.orgId), eq(sessions.id, key.id)));
    return { expired: true };
  }
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + ttlHours * 3_600_000) })
      .where(and(eq(sessions.orgId, key.orgId), eq(sessions.id, key.id)));
  }
  return {
    actor: {
      orgId: key.orgId,
      userId: row.userId,
      role: row.role as Role,
      officeId: row.officeId,
      sessionId: key.id,
      username: row.username,
      displayName: row.displayName,
      mustChangePassword: row.mustChangePassword,
    },
  };
}

export async function endSession(db: Db, orgId: string, id: string): Promise<void> {
  await db.delete(sessions).where(and(eq(sessions.orgId, orgId), eq(sessions.id, id)));
}

/** Ends every session of a user, or every one but `keep`. Returns how many ended. */
export async function endUserSessions(db: Db, orgId: string, userId: string, keep?: string): Promise<number> {
  const cond = and(eq(sessions.orgId, orgId), eq(sessions.userId, userId), keep ? ne(sessions.id, keep) : undefined);
  const gone = await db.delete(sessions).where(cond).returning({ id: sessions.id });
  return gone.length;
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
