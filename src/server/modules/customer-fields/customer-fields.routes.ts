import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../http/auth';
import { idParams } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { createFieldBody, fieldListQuery, updateFieldBody } from './customer-field-input';
import { customFieldView } from './customer-fields.presenter';
import { listFields } from './customer-fields.queries';
import { createField, getField, setFieldActive, updateField } from './customer-fields.service';

export function customerFieldRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['customer-fields'];

    r.get(
      '/customer-fields',
      {
        schema: {
          tags,
          summary: '自定义字段（typeCode：某类型客户的字段，含适用于全部类型的）Custom fields (typeCode: those a customer of that type has)',
          querystring: fieldListQuery,
          response: { 200: z.object({ items: z.array(customFieldView) }) },
        },
      },
      async (req) => ({ items: await listFields(deps.db, authorize(req, 'customer.read').orgId, req.query) }),
    );

    r.get('/customer-fields/:id', { schema: { tags, summary: '查看自定义字段 Get a custom field', params: idParams, response: { 200: customFieldView } } }, async (req) =>
      getField(deps.db, authorize(req, 'customer.read').orgId, req.params.id),
    );

    r.post('/customer-fields', { schema: { tags, summary: '新建自定义字段 Create a custom field', body: createFieldBody, response: { 201: customFieldView } } }, async (req, reply) => {
      const field = await createField(deps.db, authorize(req, 'customerField.manage'), req.body, requestMeta(req, deps));
      return reply.code(201).send(field);
    });

    r.patch(
      '/customer-fields/:id',
      {
        schema: {
          tags,
          summary: '修改自定义字段（代码和类型不能改；在用的选项不能删）Update a custom field (key and kind are fixed; options in use stay)',
          params: idParams,
          body: updateFieldBody,
          response: { 200: customFieldView },
        },
      },
      async (req) => updateField(deps.db, authorize(req, 'customerField.manage'), req.params.id, req.body, requestMeta(req, deps)),
    );

    r.post(
      '/customer-fields/:id/deactivate',
      { schema: { tags, summary: '停用自定义字段（已填的值保留）Disable a custom field (stored values stay)', params: idParams, response: { 200: customFieldView } } },
      async (req) => setFieldActive(deps.db, authorize(req, 'customerField.manage'), req.params.id, false, requestMeta(req, deps)),
    );

    r.post('/customer-fields/:id/activate', { schema: { tags, summary: '启用自定义字段 Enable a custom field', params: idParams, response: { 200: customFieldView } } }, async (req) =>
      setFieldActive(deps.db, authorize(req, 'customerField.manage'), req.params.id, true, requestMeta(req, deps)),
    );
  };
}
