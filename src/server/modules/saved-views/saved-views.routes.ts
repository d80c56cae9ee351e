import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../http/auth';
import { idParams, okResponse } from '../../http/common-schemas';
import type { AppDeps } from '../../http/deps';
import { createSavedViewBody, updateSavedViewBody } from './saved-views.input';
import { savedView } from './saved-views.presenter';
import { listSavedViews } from './saved-views.queries';
import { createSavedView, deleteSavedView, updateSavedView } from './saved-views.service';

/** Each user's named customer-list filters; only one's own views are visible (another user's id is a 404). */
export function savedViewRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['saved views'];

    r.get('/saved-views', { schema: { tags, summary: '我的客户视图 My saved customer views', response: { 200: z.object({ items: z.array(savedView) }) } } }, async (req) => ({
      items: await listSavedViews(deps.db, authorize(req, 'customer.read')),
    }));

    r.post(
      '/saved-views',
      { schema: { tags, summary: '保存当前筛选为视图 Save the current filters as a view', body: createSavedViewBody, response: { 201: savedView } } },
      async (req, reply) => reply.code(201).send(await createSavedView(deps.db, authorize(req, 'customer.read'), req.body, deps.now())),
    );

    r.patch(
      '/saved-views/:id',
      { schema: { tags, summary: '重命名视图或更新其筛选 Rename a view or replace its filters', params: idParams, body: updateSavedViewBody, response: { 200: savedView } } },
      async (req) => updateSavedView(deps.db, authorize(req, 'customer.read'), req.params.id, req.body, deps.now()),
    );

    r.delete('/saved-views/:id', { schema: { tags, summary: '删除视图 Delete a view', params: idParams, response: { 200: okResponse } } }, async (req) => {
      await deleteSavedView(deps.db, authorize(req, 'customer.read'), req.params.id);
      return { ok: true as const };
    });
  };
}
