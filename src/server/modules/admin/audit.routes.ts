import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idSchema } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { limitSchema } from '../../http/common-schemas';
import type { AppDeps } from '../../http/deps';
import { listAudit } from './audit';

export const auditView = z
  .object({
    id: z.string(),
    at: z.date(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    ip: z.string().nullable(),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

const auditQuery = z.object({
  action: z.string().max(60).optional(),
  actorId: idSchema.optional(),
  from: z.coerce.date().optional(),
  to: z.coerce.date().optional(),
  limit: limitSchema,
  cursor: z.string().max(100).optional(),
});

export function auditRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    r.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: '管理操作日志 Audit log of administrative actions',
          querystring: auditQuery,
          response: { 200: z.object({ items: z.array(auditView), nextCursor: z.string().nullable() }) },
        },
      },
      async (req) => listAudit(deps.db, authorize(req, 'audit.read').orgId, req.query),
    );
  };
}
