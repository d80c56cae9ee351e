import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { calendarDateSchema } from '../../../domain/customers/calendar-dates';
import { FIRST_EFFECTIVE_DATE } from '../../../domain/expenses/standard-history';
import { productInputSchema } from '../../../domain/sales/ledger-schemas';
import { authorize } from '../../http/auth';
import { idParams, limitSchema } from '../../http/common-schemas';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { productView } from './products.presenter';
import { findProduct, listProducts } from './products.queries';
import { createProduct, setProductActive, updateProduct } from './products.service';
import { standardHistoryOf } from './products.standards';

const productListQuery = z.object({
  q: z.string().max(60).optional(),
  category: z.string().max(40).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: limitSchema,
  cursor: z.string().max(40).optional(),
});
const versionBody = z.object({ version: z.number().int().min(1) });
/** 生效日期 of a changed 客情费 standard: today (Asia/Shanghai) when left out; never after today. */
const standardDate = { standardEffectiveFrom: calendarDateSchema.optional() };
const createProductBody = productInputSchema.extend(standardDate);
const updateProductBody = productInputSchema.partial().extend(versionBody.shape).extend(standardDate);
const standardHistoryView = z.object({
  items: z.array(z.object({ effectiveFrom: z.string(), standardFen: z.number().int(), createdByName: z.string().nullable(), createdAt: z.date() })),
});

/** The product catalogue (产品): prices, cost and the 客情费 standard, in integer fen. */
export function productRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['sales ledger'];
    const meta = (ip: string | undefined) => ({ ip: ip ?? null, now: deps.now() });

    r.get(
      '/products',
      { schema: { tags, summary: '产品列表（按编码、名称、类别搜索）List products, searched by code, name or category', querystring: productListQuery, response: { 200: z.object({ items: z.array(productView), nextCursor: z.string().nullable() }) } } },
      async (req) => listProducts(deps.db, authorize(req, 'product.read').orgId, req.query),
    );

    r.get('/products/:id', { schema: { tags, summary: '产品详情 One product', params: idParams, response: { 200: productView } } }, async (req) => {
      const product = await findProduct(deps.db, authorize(req, 'product.read').orgId, req.params.id);
      if (!product) throw new AppError('NOT_FOUND');
      return product;
    });

    r.get(
      '/products/:id/standards',
      { schema: { tags, summary: '产品客情费标准的历史（按生效日期，新的在前）A product’s 客情费 standards by effective date, newest first', params: idParams, response: { 200: standardHistoryView } } },
      async (req) => {
        const orgId = authorize(req, 'product.read').orgId;
        const product = await findProduct(deps.db, orgId, req.params.id);
        if (!product) throw new AppError('NOT_FOUND');
        const items = await standardHistoryOf(deps.db, orgId, req.params.id);
        // A product never changed since the history began has had its current standard all along (as generation reads it).
        return { items: items.length ? items : [{ effectiveFrom: FIRST_EFFECTIVE_DATE, standardFen: product.expenseStandardFen, createdByName: null, createdAt: product.updatedAt }] };
      },
    );

    r.post('/products', { schema: { tags, summary: '新建产品 Create a product', body: createProductBody, response: { 201: productView } } }, async (req, reply) =>
      reply.code(201).send(await createProduct(deps.db, authorize(req, 'product.manage'), req.body, meta(req.ip))),
    );

    r.patch('/products/:id', { schema: { tags, summary: '修改产品（须带版本号）Edit a product (with the version read)', params: idParams, body: updateProductBody, response: { 200: productView } } }, async (req) =>
      updateProduct(deps.db, authorize(req, 'product.manage'), req.params.id, req.body, meta(req.ip)),
    );

    r.post('/products/:id/deactivate', { schema: { tags, summary: '停用产品（不能再销售，可退货）Discontinue a product (no more sales; returns still allowed)', params: idParams, body: versionBody, response: { 200: productView } } }, async (req) =>
      setProductActive(deps.db, authorize(req, 'product.manage'), req.params.id, req.body.version, false, meta(req.ip)),
    );

    r.post('/products/:id/activate', { schema: { tags, summary: '重新启用产品 Put a product back on sale', params: idParams, body: versionBody, response: { 200: productView } } }, async (req) =>
      setProductActive(deps.db, authorize(req, 'product.manage'), req.params.id, req.body.version, true, meta(req.ip)),
    );
  };
}
