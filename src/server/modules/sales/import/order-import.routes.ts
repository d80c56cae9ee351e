import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../../http/auth';
import { requestMeta, type AppDeps } from '../../../http/deps';
import { ImportJobs } from '../../imports/import-jobs';
import { MAX_UPLOAD_MB, UPLOAD_LIMITS, uploadedFile } from '../../imports/upload';
import { XLSX_TYPE, attachment, problemsWorkbook } from '../../imports/workbooks';
import type { OrderOutcome } from './order-import-plan';
import { orderTemplateWorkbook } from './order-import-template';
import { orderImportView, uploadedOrderImportView } from './order-import.presenter';
import { currentOrderImport, currentOrderProblems, startOrderCheck, startOrderImport, uploadOrderImport, type OrderImportScope } from './order-import.service';

const mappingSchema = z.record(z.string().max(200), z.string().max(60).nullable());

/**
 * Order import: upload a file of order lines (.xlsx or .csv; rows with the same 订单号 form one order), map its
 * columns, check every row (dry run), import all or nothing. Whoever may enter orders may import them, for the
 * customers in their scope. Each person works on their latest upload ("current"); runs answer 202 and the web polls.
 */
export function orderImportRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyMultipart, { limits: UPLOAD_LIMITS });
    const jobs = new ImportJobs<OrderOutcome>(app.log, 'order');
    app.addHook('onClose', () => jobs.drain());
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['order-import'];
    const scope = (req: FastifyRequest): OrderImportScope => ({ db: deps.db, jobs, actor: authorize(req, 'order.create'), meta: requestMeta(req, deps) });

    r.get('/order-imports/template', { schema: { tags, summary: '下载订单导入模板（.xlsx）Download the order import template (.xlsx)' } }, async (req, reply) => {
      authorize(req, 'order.create');
      return reply.type(XLSX_TYPE).header('content-disposition', attachment('订单导入模板.xlsx', 'order-import-template.xlsx')).send(await orderTemplateWorkbook());
    });

    r.post(
      '/order-imports',
      {
        schema: {
          tags,
          summary: `上传要导入的订单文件（multipart，字段 file：.xlsx 或 .csv，最大 ${MAX_UPLOAD_MB} MB）Upload a file of order lines to import (multipart field "file")`,
          consumes: ['multipart/form-data'],
          response: { 201: uploadedOrderImportView },
        },
      },
      async (req, reply) => {
        const s = scope(req);
        return reply.code(201).send(await uploadOrderImport(s, await uploadedFile(req)));
      },
    );

    r.get(
      '/order-imports/current',
      { schema: { tags, summary: '当前订单导入：状态、进度、检查结果 The current order import: status, progress, check results', response: { 200: z.object({ import: orderImportView.nullable() }) } } },
      async (req) => ({ import: await currentOrderImport(scope(req)) }),
    );

    r.post(
      '/order-imports/current/check',
      {
        schema: {
          tags,
          summary: '按列对应检查每一行（不写入订单；202 后轮询 current）Check every row with this column mapping (writes no order; poll current after 202)',
          body: z.object({ mapping: mappingSchema }),
          response: { 202: orderImportView },
        },
      },
      async (req, reply) => reply.code(202).send(await startOrderCheck(scope(req), req.body.mapping)),
    );

    r.post(
      '/order-imports/current/import',
      {
        schema: {
          tags,
          summary: '导入订单（全部成功或全部不写入；已导入的订单号原样保留；202 后轮询 current）Import the orders, all or nothing; numbers imported before stay as they are (poll current after 202)',
          body: z.object({ mapping: mappingSchema.optional() }).optional(),
          response: { 202: orderImportView },
        },
      },
      async (req, reply) => reply.code(202).send(await startOrderImport(scope(req), req.body?.mapping)),
    );

    r.get('/order-imports/current/problems', { schema: { tags, summary: '下载问题清单（.xlsx：行、列、问题）Download every problem (.xlsx: row, column, reason)' } }, async (req, reply) => {
      const { fileName, problems } = await currentOrderProblems(scope(req));
      const base = fileName.replace(/\.[^.]+$/, '');
      return reply.type(XLSX_TYPE).header('content-disposition', attachment(`${base}-问题清单.xlsx`, 'order-import-problems.xlsx')).send(await problemsWorkbook(problems));
    });
  };
}
