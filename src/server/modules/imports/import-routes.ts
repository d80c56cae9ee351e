import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Action, Actor } from '../../../domain/identity/policies';
import { authorize } from '../../http/auth';
import { requestMeta, type AppDeps } from '../../http/deps';
import type { PlanBase, ImportScope, ImportService } from './import-flow';
import { ImportJobs } from './import-jobs';
import { UPLOAD_LIMITS, uploadedFile } from './upload';
import { XLSX_TYPE, attachment, problemsWorkbook } from './workbooks';

const mappingSchema = z.record(z.string().max(200), z.string().max(60).nullable());

/** A download: the file's Chinese name, its ASCII name, and its bytes. */
export interface Download {
  fileName: string;
  asciiName: string;
  body: (actor: Actor) => Promise<Buffer>;
}

/** What the routes of one kind of import say and use; the routes themselves are the same for every kind. */
export interface ImportRoutesSpec<P extends PlanBase<O>, O, V> {
  /** /customer-imports, /order-imports. */
  base: string;
  tag: string;
  /** Who may import this kind. */
  action: Action;
  /** What is imported, for the log: customer, order. */
  what: string;
  service: ImportService<P, O, V>;
  /** The response schemas of the import (what `service` answers with) and of an upload (with the first rows). */
  view: z.ZodType;
  uploadedView: z.ZodType;
  template: Download;
  /** The ASCII name of the problem list's download. */
  problemsAsciiName: string;
  /** The OpenAPI summaries of the kind's routes. */
  summaries: { template: string; upload: string; current: string; check: string; import: string };
}

/**
 * An import's routes: the template, upload a file (.xlsx or .csv), the current import, check every row (dry run),
 * import all or nothing, and the problem list. Each person works on one import of a kind at a time, their latest
 * upload ("current"); checks and imports run after the request has answered (202) and the web polls GET current.
 */
export function importRoutes<P extends PlanBase<O>, O, V>(deps: AppDeps, spec: ImportRoutesSpec<P, O, V>) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyMultipart, { limits: UPLOAD_LIMITS });
    const jobs = new ImportJobs<O>(app.log, spec.what);
    app.addHook('onClose', () => jobs.drain());
    const r = app.withTypeProvider<ZodTypeProvider>();
    const { base, service, summaries } = spec;
    const tags = [spec.tag];
    const scope = (req: FastifyRequest): ImportScope<O> => ({ db: deps.db, jobs, actor: authorize(req, spec.action), meta: requestMeta(req, deps) });

    r.get(`${base}/template`, { schema: { tags, summary: summaries.template } }, async (req, reply) => {
      const actor = authorize(req, spec.action);
      const body = await spec.template.body(actor);
      return reply.type(XLSX_TYPE).header('content-disposition', attachment(spec.template.fileName, spec.template.asciiName)).send(body);
    });

    r.post(
      base,
      {
        schema: {
          tags,
          summary: summaries.upload,
          consumes: ['multipart/form-data'],
          response: { 201: spec.uploadedView },
        },
      },
      async (req, reply) => {
        const s = scope(req);
        return reply.code(201).send(await service.upload(s, await uploadedFile(req)));
      },
    );

    r.get(`${base}/current`, { schema: { tags, summary: summaries.current, response: { 200: z.object({ import: spec.view.nullable() }) } } }, async (req) => ({
      import: await service.current(scope(req)),
    }));

    r.post(
      `${base}/current/check`,
      { schema: { tags, summary: summaries.check, body: z.object({ mapping: mappingSchema }), response: { 202: spec.view } } },
      async (req, reply) => reply.code(202).send(await service.startCheck(scope(req), req.body.mapping)),
    );

    r.post(
      `${base}/current/import`,
      { schema: { tags, summary: summaries.import, body: z.object({ mapping: mappingSchema.optional() }).optional(), response: { 202: spec.view } } },
      async (req, reply) => reply.code(202).send(await service.startImport(scope(req), req.body?.mapping)),
    );

    r.get(`${base}/current/problems`, { schema: { tags, summary: '下载问题清单（.xlsx：行、列、问题）Download every problem (.xlsx: row, column, reason)' } }, async (req, reply) => {
      const { fileName, problems } = await service.problems(scope(req));
      const name = fileName.replace(/\.[^.]+$/, '');
      return reply.type(XLSX_TYPE).header('content-disposition', attachment(`${name}-问题清单.xlsx`, spec.problemsAsciiName)).send(await problemsWorkbook(problems));
    });
  };
}
