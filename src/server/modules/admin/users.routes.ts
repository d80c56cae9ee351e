import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLES } from '../../../domain/identity/roles';
import { createUserInput, idSchema, resetPasswordInput, updateUserInput } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { idParams, limitSchema } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { userView } from './users.presenter';
import { listUsers } from './users.queries';
import { createUser, getVisibleUser, resetPassword, setUserActive, updateUser } from './users.service';

const listQuery = z.object({
  q: z.string().max(60).optional(),
  role: z.enum(ROLES).optional(),
  officeId: idSchema.optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: limitSchema,
  cursor: z.string().max(64).optional(),
});

export function userRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['users'];

    r.get(
      '/users',
      { schema: { tags, summary: '用户列表（按数据范围）List users in scope', querystring: listQuery, response: { 200: z.object({ items: z.array(userView), nextCursor: z.string().nullable() }) } } },
      async (req) => listUsers(deps.db, authorize(req, 'user.read'), req.query),
    );

    r.get('/users/:id', { schema: { tags, summary: '查看用户 Get a user', params: idParams, response: { 200: userView } } }, async (req) =>
      getVisibleUser(deps.db, authorize(req, 'user.read'), req.params.id),
    );

    r.post('/users', { schema: { tags, summary: '新建用户 Create a user', body: createUserInput, response: { 201: userView } } }, async (req, reply) => {
      const user = await createUser(deps.db, authorize(req, 'user.manage'), req.body, requestMeta(req, deps));
      return reply.code(201).send(user);
    });

    r.patch(
      '/users/:id',
      { schema: { tags, summary: '修改用户（姓名、角色、办事处）Update a user', params: idParams, body: updateUserInput, response: { 200: userView } } },
      async (req) => updateUser(deps.db, authorize(req, 'user.manage'), req.params.id, req.body, requestMeta(req, deps)),
    );

    r.post('/users/:id/deactivate', { schema: { tags, summary: '停用用户 Disable a user', params: idParams, response: { 200: userView } } }, async (req) =>
      setUserActive(deps.db, authorize(req, 'user.manage'), req.params.id, false, requestMeta(req, deps)),
    );

    r.post('/users/:id/activate', { schema: { tags, summary: '启用用户 Enable a user', params: idParams, response: { 200: userView } } }, async (req) =>
      setUserActive(deps.db, authorize(req, 'user.manage'), req.params.id, true, requestMeta(req, deps)),
    );

    r.post(
      '/users/:id/reset-password',
      { schema: { tags, summary: '重置密码 Reset a password', params: idParams, body: resetPasswordInput, response: { 200: userView } } },
      async (req) => resetPassword(deps.db, authorize(req, 'user.manage'), req.params.id, req.body.password, requestMeta(req, deps)),
    );
  };
}
