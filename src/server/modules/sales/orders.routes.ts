import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarDateSchema } from '../../../domain/customers/calendar-dates';
import { idSchema } from '../../../domain/identity/schemas';
import { collectionInputSchema, orderInputSchema } from '../../../domain/sales/ledger-schemas';
import { authorize } from '../../http/auth';
import { idParams, limitSchema } from '../../http/common-schemas';
import type { AppDeps } from '../../http/deps';
import { collect } from './collections.service';
import { erpOrderBody } from './erp-input';
import { collectionView, customerSalesView, orderDetailView, orderSummaryView } from './orders.presenter';
import { listCollections, listOrders } from './orders.queries';
import { customerSales, enterOrder, getOrder, pushErpOrder } from './orders.service';

const placeFilters = {
  customerId: idSchema.optional(),
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
  officeId: idSchema.optional(),
  ownerId: idSchema.optional(),
  limit: limitSchema,
  cursor: z.string().max(100).optional(),
};
const orderListQuery = z.object({
  ...placeFilters,
  kind: z.enum(['sale', 'return']).optional(),
  owing: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
});
const collectionListQuery = z.object({ ...placeFilters, orderId: idSchema.optional() });
const collectionBody = collectionInputSchema.omit({ orderId: true });

/**
 * The sales ledger: orders and returns (entered by hand, imported or pushed by the ERP; never edited — a wrong
 * order is corrected by a return) and collections (回款). Everything is limited to the customers in the actor's scope.
 */
export function orderRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['sales ledger'];

    r.get(
      '/orders',
      { schema: { tags, summary: '订单与退货列表（按客户、日期、类型、办事处、负责人筛选）List orders and returns', querystring: orderListQuery, response: { 200: z.object({ items: z.array(orderSummaryView), nextCursor: z.string().nullable() }) } } },
      async (req) => listOrders(deps.db, authorize(req, 'order.read'), req.query),
    );

    r.post(
      '/orders',
      {
        schema: {
          tags,
          summary: '录入销售单或退货单（带外部单号时幂等）Enter a sale or a return (idempotent with an external number)',
          body: orderInputSchema,
          response: { 200: orderDetailView, 201: orderDetailView },
        },
      },
      async (req, reply) => {
        const { order, created } = await enterOrder(deps.db, authorize(req, 'order.create'), req.body, 'manual', deps.now());
        return reply.code(created ? 201 : 200).send(order);
      },
    );

    r.get('/orders/:id', { schema: { tags, summary: '订单详情：明细、回款、退货、欠款 One order with lines, collections, returns and what is owed', params: idParams, response: { 200: orderDetailView } } }, async (req) =>
      getOrder(deps.db, authorize(req, 'order.read'), req.params.id),
    );

    r.post(
      '/orders/:id/collections',
      { schema: { tags, summary: '登记回款（不能超过欠款）Book a collection (at most what is owed)', params: idParams, body: collectionBody, response: { 201: orderDetailView } } },
      async (req, reply) => reply.code(201).send(await collect(deps.db, authorize(req, 'collection.create'), req.params.id, req.body, deps.now())),
    );

    r.get(
      '/collections',
      { schema: { tags, summary: '回款列表（财务）List collections', querystring: collectionListQuery, response: { 200: z.object({ items: z.array(collectionView), nextCursor: z.string().nullable() }) } } },
      async (req) => listCollections(deps.db, authorize(req, 'order.read'), req.query),
    );

    r.post(
      '/erp/orders',
      {
        schema: {
          tags,
          summary:
            'ERP 推送订单：以 ERP 单号幂等，同号同内容返回原单（200），同号不同内容拒绝（409）；客户可用 id 或外部编号，产品可用 id 或编码；ERP 以系统管理员或销售部经理账号登录后调用 ' +
            'ERP push: idempotent by the ERP number (same content → the existing order, 200; different content → 409); customer by id or external code, product by id or code; the ERP signs in as an administrator or sales manager',
          body: erpOrderBody,
          response: { 200: orderDetailView, 201: orderDetailView },
        },
      },
      async (req, reply) => {
        const { order, created } = await pushErpOrder(deps.db, authorize(req, 'order.push'), req.body, deps.now());
        return reply.code(created ? 201 : 200).send(order);
      },
    );

    r.get('/customers/:id/sales', { schema: { tags, summary: '客户销售概况：近 12 个月销售额、欠款 A customer’s sales: last 12 months, owed', params: idParams, response: { 200: customerSalesView } } }, async (req) =>
      customerSales(deps.db, authorize(req, 'order.read'), req.params.id, deps.now()),
    );
  };
}
