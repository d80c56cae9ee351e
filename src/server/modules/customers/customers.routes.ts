import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CUSTOMER_STATUSES } from '../../../domain/customers/customer-options';
import { idSchema } from '../../../domain/identity/schemas';
import { authorize } from '../../http/auth';
import { idParams, limitSchema, okResponse } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { createCustomerBody, updateCustomerBody } from './customer-input';
import { listCustomerTypes } from './customer-types';
import { customerSummaryView, customerView, historyView } from './customers.presenter';
import { findCustomer, listCustomers } from './customers.queries';
import { createCustomer, setCustomerDeleted, updateCustomer } from './customers.service';
import { customerHistoryOf } from './history.queries';
import { mergeBody } from './merge-input';
import { mergeCustomer, refuseMerged } from './merge.service';
import { reassignCustomers } from './reassign.service';
import { customFilters } from '../customer-fields/custom-filters';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true').optional();
/** The list's filters, sort and page; saved views store the same filters and sort. */
export const listQuery = z.object({
  q: z.string().max(60).optional(),
  typeCode: z.string().max(40).optional(),
  status: z.enum(CUSTOMER_STATUSES).optional(),
  officeId: idSchema.optional(),
  ownerId: idSchema.optional(),
  unassigned: flag,
  regionCode: z.string().regex(/^\d{2}(\d{2}(\d{2})?)?$/).optional(),
  tag: z.string().max(20).optional(),
  deleted: flag,
  sort: z.enum(['name', 'updated']).default('name'),
  limit: limitSchema,
  cursor: z.string().max(300).optional(),
}).catchall(
  // Custom-field filters, cf.<key>=<value>: equal to the value, or for a multiple choice containing every value given.
  z.union([z.string().max(200), z.array(z.string().max(200)).max(20)]),
);

export function customerRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['customers'];

    r.get('/customer-types', { schema: { tags, summary: '客户类型 Customer types', response: { 200: z.object({ items: z.array(z.object({ code: z.string(), zh: z.string(), en: z.string() })) }) } } }, async (req) => ({
      items: await listCustomerTypes(deps.db, authorize(req, 'customer.read').orgId),
    }));

    r.get(
      '/customers',
      { schema: { tags, summary: '客户列表与搜索（按数据范围；cf.<字段代码>=<值> 按自定义字段筛选）List and search customers in scope (cf.<key>=<value> filters by a custom field)', querystring: listQuery, response: { 200: z.object({ items: z.array(customerSummaryView), nextCursor: z.string().nullable() }) } } },
      async (req) => {
        const actor = authorize(req, req.query.deleted ? 'customer.delete' : 'customer.read');
        return listCustomers(deps.db, actor, { ...req.query, custom: await customFilters(deps.db, actor.orgId, req.query) });
      },
    );

    r.post('/customers', { schema: { tags, summary: '新建客户（先查重）Create a customer (duplicates checked first)', body: createCustomerBody, response: { 201: customerView } } }, async (req, reply) => {
      const customer = await createCustomer(deps.db, authorize(req, 'customer.create'), req.body, requestMeta(req, deps));
      return reply.code(201).send(customer);
    });

    r.post(
      '/customers/reassign',
      {
        schema: {
          tags,
          summary: '批量分配客户（ownerId 为空则放回办事处待分配）Reassign customers (null owner: back to the office pool)',
          body: z.object({ customerIds: z.array(idSchema).min(1).max(500), ownerId: idSchema.nullable() }),
          response: { 200: z.object({ moved: z.number() }) },
        },
      },
      async (req) => ({ moved: await reassignCustomers(deps.db, authorize(req, 'customer.reassign'), req.body.customerIds, req.body.ownerId, requestMeta(req, deps)) }),
    );

    r.get('/customers/:id', { schema: { tags, summary: '客户档案（已合并的客户答 404 CUSTOMER_MERGED 并给出合并到的客户）A customer with its key people (a merged one: 404 CUSTOMER_MERGED naming where it went)', params: idParams, response: { 200: customerView } } }, async (req) => {
      const actor = authorize(req, 'customer.read');
      const customer = await findCustomer(deps.db, actor, req.params.id);
      if (!customer) throw new AppError('NOT_FOUND');
      if (customer.deletedAt) await refuseMerged(deps.db, actor, customer.id);
      return customer;
    });

    r.post(
      '/customers/:id/merge',
      { schema: { tags, summary: '合并重复客户：另一个客户并入本客户 Merge a duplicate customer into this one', params: idParams, body: mergeBody, response: { 200: customerView } } },
      async (req) => mergeCustomer(deps.db, authorize(req, 'customer.merge'), req.params.id, req.body, requestMeta(req, deps)),
    );

    r.patch('/customers/:id', { schema: { tags, summary: '修改客户 Update a customer', params: idParams, body: updateCustomerBody, response: { 200: customerView } } }, async (req) =>
      updateCustomer(deps.db, authorize(req, 'customer.update'), req.params.id, req.body, requestMeta(req, deps)),
    );

    r.delete('/customers/:id', { schema: { tags, summary: '删除客户（可撤销）Delete a customer (can be undone)', params: idParams, response: { 200: okResponse } } }, async (req) => {
      await setCustomerDeleted(deps.db, authorize(req, 'customer.delete'), req.params.id, true, requestMeta(req, deps));
      return { ok: true as const };
    });

    r.post('/customers/:id/restore', { schema: { tags, summary: '撤销删除 Undo a delete', params: idParams, response: { 200: customerView } } }, async (req) =>
      setCustomerDeleted(deps.db, authorize(req, 'customer.delete'), req.params.id, false, requestMeta(req, deps)),
    );

    r.get('/customers/:id/history', { schema: { tags, summary: '变更记录 History of a customer', params: idParams, response: { 200: z.object({ items: z.array(historyView) }) } } }, async (req) => {
      const actor = authorize(req, 'customer.read');
      const customer = await findCustomer(deps.db, actor, req.params.id);
      if (!customer) throw new AppError('NOT_FOUND');
      if (customer.deletedAt) await refuseMerged(deps.db, actor, customer.id);
      return { items: await customerHistoryOf(deps.db, actor.orgId, req.params.id) };
    });
  };
}
