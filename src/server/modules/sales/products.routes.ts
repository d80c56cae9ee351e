import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { productInputSchema } from '../../../domain/sales/ledger-schemas';
import { authorize } from '../../http/auth';
import { idParams, limitSchema } from '../../http/common-schemas';
import type { AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { productView } from './products.presenter';
import { findProduct, listProducts } from './products.queries';
import { createProduct, setProductActive, updateProduct } from './products.service';

const productListQuery = z.object({
  q: z.string().max(60).optional(),
  category: z.string().max(40).optional(),
  active: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  limit: limitSchema,
  cursor: z.string().max(40).optional(),
});
const versionBody = z.object({ version: z.number().int().min(1) });
const updateProductBody = productInputSchema.partial().extend(versionBody.shape);

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

    r.post('/products', { schema: { tags, summary: '新建产品 Create a product', body: productInputSchema, response: { 201: productView } } }, async (req, reply) =>
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
