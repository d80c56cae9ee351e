import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Action } from '../../domain/identity/policies';
import { can } from '../../domain/identity/policies';
import type { Db } from '../db/client';
import { resolveSession, SESSION_COOKIE, type SessionActor } from '../modules/identity/sessions';
import { AppError } from './errors';

declare module 'fastify' {
  interface FastifyRequest {
    actor: SessionActor | null;
  }
  interface FastifyContextConfig {
    /** Reachable without a session (login, health). */
    public?: boolean;
  }
}

export interface AuthOptions {
  db: Db;
  sessionTtlHours: number;
  cookieSecure: boolean;
  now: () => Date;
}

export function cookieOptions(secure: boolean, expires?: Date) {
  return { path: '/', httpOnly: true, sameSite: 'strict' as const, secure, ...(expires ? { expires } : {}) };
}

/** Resolves the session cookie on every /api request not marked public; a request without one stops here with 401. */
export function registerAuth(app: FastifyInstance, opts: AuthOptions): void {
  app.decorateRequest('actor', null);
  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    if (req.routeOptions.config.public || req.is404 || !req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    const found = await resolveSession(opts.db, req.cookies[SESSION_COOKIE], opts.now(), opts.sessionTtlHours);
    if (!found || 'expired' in found) {
      reply.clearCookie(SESSION_COOKIE, cookieOptions(opts.cookieSecure));
      throw new AppError(found ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    }
    if (found.actor.mustChangePassword && !req.url.startsWith('/api/auth/')) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    req.actor = found.actor;
  });
}

/** The signed-in actor; routes behind the auth hook always have one. */
export function actorOf(req: FastifyRequest): SessionActor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}

/** The actor, after checking that their role may perform the action at all. */
export function authorize(req: FastifyRequest, action: Action): SessionActor {
  const actor = actorOf(req);
  if (!can(actor, action)) throw new AppError('FORBIDDEN');
  return actor;
}
