import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../http/auth';
import type { AppDeps } from '../../http/deps';
import { shanghaiDate } from '../../jobs/shanghai-date';
import { checkPeriod, periodShape, resolvePeriod } from '../abc/abc-period';
import { picksOf, scopeShape } from '../abc/abc-scope';
import { customerFactsView } from '../abc/abc.presenter';
import { attachment } from '../customers/import/import-workbooks';
import { customerValueRows, salesRows } from './analysis-tables';
import { VALUE_SORTS } from './customer-value.queries';
import { customerValues } from './customer-value.service';
import { salesAnalysis } from './sales-analysis.service';
import { GROUP_BYS } from './sales-analysis.queries';
import { TABLE_TYPES, tableFile, type TableFormat } from './table-file';

const format = { format: z.enum(['xlsx', 'csv']).default('xlsx') };
const valueQuery = z.object({
  ...scopeShape,
  sort: z.enum(VALUE_SORTS).default('currentSales'),
  order: z.enum(['asc', 'desc']).default('desc'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
/** An export holds at most this many customers (the rest: narrow the scope). */
const MAX_EXPORT_ROWS = 20_000;
const salesShape = { ...periodShape, ...scopeShape, groupBy: z.enum(GROUP_BYS).default('category'), interval: z.enum(['month', 'quarter']).default('month') };
const salesQuery = z.object(salesShape).superRefine(checkPeriod);
const salesExportQuery = z.object({ ...salesShape, ...format }).superRefine(checkPeriod);

const figures = {
  historicalSalesFen: z.number(),
  historicalMarginFen: z.number(),
  historicalMarginBp: z.number().nullable(),
  currentSalesFen: z.number(),
  currentMarginFen: z.number(),
  currentMarginBp: z.number().nullable(),
  previousSalesFen: z.number(),
  changeBp: z.number().nullable(),
  trend: z.enum(['inactive', 'new', 'stopped', 'rising', 'steady', 'falling']),
  /** Visits and expenses will feed this; null until then. */
  costToServeFen: z.number().nullable(),
};
const window = z.object({ from: z.string(), to: z.string() });
const customerValueView = z
  .object({
    asOf: z.string(),
    current: window,
    previous: window,
    sort: z.enum(VALUE_SORTS),
    order: z.enum(['asc', 'desc']),
    offset: z.number(),
    limit: z.number(),
    total: z.number(),
    totals: z.object(figures),
    items: z.array(z.object({ customer: customerFactsView, ...figures })),
  })
  .meta({ id: 'CustomerValue' });
const salesAnalysisView = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    groupBy: z.enum(GROUP_BYS),
    interval: z.enum(['month', 'quarter']),
    buckets: z.array(z.string()),
    series: z.array(
      z.object({ key: z.string().nullable(), label: z.string(), salesFen: z.array(z.number()), costFen: z.array(z.number()), totalSalesFen: z.number(), totalCostFen: z.number(), marginFen: z.number() }),
    ),
    totals: z.array(z.number()),
    totalSalesFen: z.number(),
    totalCostFen: z.number(),
  })
  .meta({ id: 'SalesAnalysis' });

/** Customer value and sales analysis (DOMAIN.md §9), within the actor's data scope, with exports of the tables. */
export function analysisRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['analysis'];
    const send = async (reply: { type: (t: string) => unknown; header: (k: string, v: string) => unknown; send: (b: Buffer) => unknown }, name: string, fmt: TableFormat, file: Promise<Buffer>) => {
      const stamp = shanghaiDate(deps.now()).replaceAll('-', '');
      reply.type(TABLE_TYPES[fmt]);
      reply.header('content-disposition', attachment(`${name.split('|')[0]}-${stamp}.${fmt}`, `${name.split('|')[1]}-${stamp}.${fmt}`));
      reply.header('cache-control', 'no-store');
      return reply.send(await file);
    };

    r.get(
      '/analysis/customer-value',
      {
        schema: {
          tags,
          summary: '客户价值：历史、当前（最近 12 个月）与趋势，毛利；可排序（最好与最差客户）Customer value: historical, current (last 12 months), trend and gross margin; sortable (best and worst)',
          querystring: valueQuery,
          response: { 200: customerValueView },
        },
      },
      async (req) => customerValues(deps.db, authorize(req, 'analysis.read'), shanghaiDate(deps.now()), { ...picksOf(req.query), ...req.query }),
    );

    r.get(
      '/analysis/customer-value/export',
      { schema: { tags, summary: '导出客户价值表（xlsx 或 CSV）Export the customer value table (xlsx or CSV)', querystring: valueQuery.omit({ offset: true, limit: true }).extend(format) } },
      async (req, reply) => {
        const actor = authorize(req, 'analysis.read');
        const value = await customerValues(deps.db, actor, shanghaiDate(deps.now()), { ...req.query, offset: 0, limit: MAX_EXPORT_ROWS });
        const table = customerValueRows(value);
        return send(reply, '客户价值|customer-value', req.query.format, tableFile('客户价值', table.headers, table.rows, req.query.format));
      },
    );

    r.get(
      '/analysis/sales',
      {
        schema: {
          tags,
          summary: '销售分析：按产品类别、客户类型、地区、办事处或业务员，按月或季度 Sales by category, customer type, region, office or rep, per month or quarter',
          querystring: salesQuery,
          response: { 200: salesAnalysisView },
        },
      },
      async (req) => {
        const actor = authorize(req, 'analysis.read');
        return salesAnalysis(deps.db, actor, resolvePeriod(req.query, shanghaiDate(deps.now())), req.query.groupBy, req.query.interval, picksOf(req.query));
      },
    );

    r.get(
      '/analysis/sales/export',
      { schema: { tags, summary: '导出销售分析表（xlsx 或 CSV）Export the sales analysis table (xlsx or CSV)', querystring: salesExportQuery } },
      async (req, reply) => {
        const actor = authorize(req, 'analysis.read');
        const analysis = await salesAnalysis(deps.db, actor, resolvePeriod(req.query, shanghaiDate(deps.now())), req.query.groupBy, req.query.interval, picksOf(req.query));
        const table = salesRows(analysis);
        return send(reply, '销售分析|sales-analysis', req.query.format, tableFile('销售分析', table.headers, table.rows, req.query.format));
      },
    );
  };
}
