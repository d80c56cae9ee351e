import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import type { LoginThrottles } from '../modules/identity/auth.service';

/** What route plugins need from the outside world; tests pass their own clock. */
export interface AppDeps {
  db: Db;
  dbKind: 'pglite' | 'postgres';
  now: () => Date;
  sessionTtlHours: number;
  cookieSecure: boolean;
  throttles: LoginThrottles;
}

export function requestMeta(req: FastifyRequest, deps: AppDeps) {
  return { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null, now: deps.now() };
}
