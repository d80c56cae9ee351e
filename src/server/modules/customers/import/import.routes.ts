import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../../http/auth';
import { requestMeta, type AppDeps } from '../../../http/deps';
import { listFields } from '../../customer-fields/customer-fields.queries';
import { listCustomerTypes } from '../customer-types';
import { ImportJobs } from '../../imports/import-jobs';
import { MAX_UPLOAD_MB, UPLOAD_LIMITS, uploadedFile } from '../../imports/upload';
import { XLSX_TYPE, attachment, problemsWorkbook, templateWorkbook } from './import-workbooks';
import { customerImportView, uploadedImportView } from './import.presenter';
import { currentImport, currentProblems, startCheck, startImport, uploadImport, type ImportScope } from './import.service';

const mappingSchema = z.record(z.string().max(200), z.string().max(60).nullable());

/**
 * Customer import: upload a file (.xlsx or .csv), map its columns, check every row (dry run), import all or
 * nothing. Each person works on one import at a time, their latest upload ("current"); checks and imports run
 * after the request has answered (202) and the web polls GET current for their progress.
 */
export function customerImportRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyMultipart, { limits: UPLOAD_LIMITS });
    const jobs: ImportScope['jobs'] = new ImportJobs(app.log, 'customer');
    app.addHook('onClose', () => jobs.drain());
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['customer-import'];
    const scope = (req: FastifyRequest): ImportScope => ({ db: deps.db, jobs, actor: authorize(req, 'customer.import'), meta: requestMeta(req, deps) });

    r.get('/customer-imports/template', { schema: { tags, summary: '下载客户导入模板（.xlsx）Download the customer import template (.xlsx)' } }, async (req, reply) => {
      const actor = authorize(req, 'customer.import');
      const body = await templateWorkbook(await listCustomerTypes(deps.db, actor.orgId), await listFields(deps.db, actor.orgId));
      return reply.type(XLSX_TYPE).header('content-disposition', attachment('客户导入模板.xlsx', 'customer-import-template.xlsx')).send(body);
    });

    r.post(
      '/customer-imports',
      {
        schema: {
          tags,
          summary: `上传要导入的客户文件（multipart，字段 file：.xlsx 或 .csv，最大 ${MAX_UPLOAD_MB} MB）Upload a customer file to import (multipart field "file": .xlsx or .csv)`,
          consumes: ['multipart/form-data'],
          response: { 201: uploadedImportView },
        },
      },
      async (req, reply) => {
        const s = scope(req);
        return reply.code(201).send(await uploadImport(s, await uploadedFile(req)));
      },
    );

    r.get(
      '/customer-imports/current',
      { schema: { tags, summary: '当前导入：状态、进度、检查结果 The current import: status, progress, check results', response: { 200: z.object({ import: customerImportView.nullable() }) } } },
      async (req) => ({ import: await currentImport(scope(req)) }),
    );

    r.post(
      '/customer-imports/current/check',
      {
        schema: {
          tags,
          summary: '按列对应检查每一行（不写入客户；202 后轮询 current）Check every row with this column mapping (writes no customer; poll current after 202)',
          body: z.object({ mapping: mappingSchema }),
          response: { 202: customerImportView },
        },
      },
      async (req, reply) => reply.code(202).send(await startCheck(scope(req), req.body.mapping)),
    );

    r.post(
      '/customer-imports/current/import',
      {
        schema: {
          tags,
          summary: '导入（全部成功或全部不写入；202 后轮询 current）Import, all or nothing (poll current after 202)',
          body: z.object({ mapping: mappingSchema.optional() }).optional(),
          response: { 202: customerImportView },
        },
      },
      async (req, reply) => reply.code(202).send(await startImport(scope(req), req.body?.mapping)),
    );

    r.get('/customer-imports/current/problems', { schema: { tags, summary: '下载问题清单（.xlsx：行、列、问题）Download every problem (.xlsx: row, column, reason)' } }, async (req, reply) => {
      const { fileName, problems } = await currentProblems(scope(req));
      const base = fileName.replace(/\.[^.]+$/, '');
      return reply.type(XLSX_TYPE).header('content-disposition', attachment(`${base}-问题清单.xlsx`, 'import-problems.xlsx')).send(await problemsWorkbook(problems));
    });
  };
}
