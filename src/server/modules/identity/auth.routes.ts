import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ACTIONS } from '../../../domain/identity/policies';
import { ROLES } from '../../../domain/identity/roles';
import { changePasswordInput, loginInput } from '../../../domain/identity/schemas';
import { actorOf, cookieOptions } from '../../http/auth';
import { okResponse } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { changePassword, describeMe, login, logoutEverywhere } from './auth.service';
import { endSession, resolveSession, SESSION_COOKIE } from './sessions';

export const meResponse = z.object({
  user: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    role: z.enum(ROLES),
    officeId: z.string().nullable(),
    officeName: z.string().nullable(),
    mustChangePassword: z.boolean(),
  }),
  org: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  abilities: z.array(z.enum(ACTIONS)),
});

export function authRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['auth'];

    r.post(
      '/auth/login',
      { config: { public: true }, schema: { tags, summary: '登录 Sign in', body: loginInput, response: { 200: meResponse } } },
      async (req, reply) => {
        const meta = requestMeta(req, deps);
        const session = await login(deps.db, deps.throttles, req.body, { ...meta, ttlHours: deps.sessionTtlHours });
        reply.setCookie(SESSION_COOKIE, session.cookie, cookieOptions(deps.cookieSecure, session.expiresAt));
        const found = await resolveSession(deps.db, session.cookie, meta.now, deps.sessionTtlHours);
        if (!found || 'expired' in found) throw new Error('session vanished right after login');
        return describeMe(deps.db, found.actor);
      },
    );

    r.post('/auth/logout', { schema: { tags, summary: '退出登录 Sign out', response: { 200: okResponse } } }, async (req, reply) => {
      const actor = actorOf(req);
      await endSession(deps.db, actor.orgId, actor.sessionId);
      reply.clearCookie(SESSION_COOKIE, cookieOptions(deps.cookieSecure));
      return { ok: true as const };
    });

    r.post(
      '/auth/logout-all',
      { schema: { tags, summary: '退出所有设备 Sign out everywhere', response: { 200: z.object({ ended: z.number() }) } } },
      async (req, reply) => {
        const ended = await logoutEverywhere(deps.db, actorOf(req), requestMeta(req, deps));
        reply.clearCookie(SESSION_COOKIE, cookieOptions(deps.cookieSecure));
        return { ended };
      },
    );

    r.get('/auth/me', { schema: { tags, summary: '当前用户 Who am I', response: { 200: meResponse } } }, async (req) =>
      describeMe(deps.db, actorOf(req)),
    );

    r.post(
      '/auth/password',
      { schema: { tags, summary: '修改密码 Change password', body: changePasswordInput, response: { 200: okResponse } } },
      async (req) => {
        await changePassword(deps.db, actorOf(req), req.body, requestMeta(req, deps));
        return { ok: true as const };
      },
    );
  };
}
