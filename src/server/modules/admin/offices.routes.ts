import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { officeInput, updateOfficeInput } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { createOffice, getVisibleOffice, listOffices, officeView, updateOffice } from './offices.service';

export function officeRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['offices'];

    r.get('/offices', { schema: { tags, summary: '办事处列表 List offices', response: { 200: z.object({ items: z.array(officeView) }) } } }, async (req) => ({
      items: await listOffices(deps.db, authorize(req, 'office.read')),
    }));

    r.get('/offices/:id', { schema: { tags, summary: '查看办事处 Get an office', params: idParams, response: { 200: officeView } } }, async (req) =>
      getVisibleOffice(deps.db, authorize(req, 'office.read'), req.params.id),
    );

    r.post('/offices', { schema: { tags, summary: '新建办事处 Create an office', body: officeInput, response: { 201: officeView } } }, async (req, reply) => {
      const office = await createOffice(deps.db, authorize(req, 'office.manage'), req.body, requestMeta(req, deps));
      return reply.code(201).send(office);
    });

    r.patch(
      '/offices/:id',
      { schema: { tags, summary: '修改或停用办事处 Update or close an office', params: idParams, body: updateOfficeInput, response: { 200: officeView } } },
      async (req) => updateOffice(deps.db, authorize(req, 'office.manage'), req.params.id, req.body, requestMeta(req, deps)),
    );
  };
}
