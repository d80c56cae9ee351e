import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../../http/auth';
import { requestMeta, type AppDeps } from '../../../http/deps';
import { customFilters } from '../../customer-fields/custom-filters';
import { listQuery } from '../customers.routes';
import { attachment } from '../import/import-workbooks';
import { EXPORT_TYPES, exportCustomers, exportFileName } from './export.service';

/** The list's filters and sort (not its page), and the file format. */
const exportQuery = listQuery.omit({ limit: true, cursor: true, deleted: true }).extend({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export function customerExportRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();

    r.get(
      '/customers/export',
      {
        schema: {
          tags: ['customers'],
          summary: '导出客户（与客户列表相同的筛选，按数据范围；xlsx 或 UTF-8 CSV；写入审计日志）Export the customers the list shows for these filters (xlsx or UTF-8 CSV; audited)',
          querystring: exportQuery,
        },
      },
      async (req, reply) => {
        const actor = authorize(req, 'customer.export');
        const { format, ...filters } = req.query;
        const custom = await customFilters(deps.db, actor.orgId, req.query);
        const meta = requestMeta(req, deps);
        const name = exportFileName(meta.now, format);
        return reply
          .type(EXPORT_TYPES[format])
          .header('content-disposition', attachment(name.zh, name.ascii))
          .header('cache-control', 'no-store')
          .send(await exportCustomers(deps.db, actor, { ...filters, custom }, format, meta));
      },
    );
  };
}
