import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../http/auth';
import { idParams, okResponse } from '../../http/common-schemas';
import { requestMeta, type AppDeps } from '../../http/deps';
import { AppError } from '../../http/errors';
import { findCustomer } from '../customers/customers.queries';
import { dayQuery, dayView, loadDay } from './visit-record-day';
import { addPhoto, deletePhoto, PHOTO_UPLOAD_LIMITS, uploadedPhoto } from './visit-record-photos.service';
import { presentVisitSummary, visitSummaryView, visitView } from './visit-record.presenter';
import { findPhoto, photosOf, visitsOfCustomer } from './visit-record.queries';
import { checkIn, checkInBody, checkOut, checkOutBody, updateVisit, updateVisitBody, visitOrNotFound } from './visit-record.service';

/** Visit execution (issue 5, point 4): a rep's day, check-in, the visit record, photos, check-out; a customer's visits. */
export function visitRecordRoutes(deps: AppDeps) {
  return async (app: FastifyInstance) => {
    await app.register(fastifyMultipart, { limits: PHOTO_UPLOAD_LIMITS });
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['visits'];

    r.get(
      '/visits/day',
      { schema: { tags, summary: '某天的拜访：计划中的客户（按路线顺序、距上一站的距离）与已做的拜访 A rep’s day: planned stops in route order with distances, and the visits made', querystring: dayQuery, response: { 200: dayView } } },
      async (req) => loadDay(deps.db, authorize(req, 'visit.read'), req.query, deps.now()),
    );

    r.post(
      '/visits',
      {
        schema: {
          tags,
          summary: '签到（或记录电话联系）：超出范围或无定位时记录并标记，不拒绝 Check in (or record a call): far away or without a position it is recorded and flagged, never refused',
          body: checkInBody,
          response: { 201: visitView },
        },
      },
      async (req, reply) => reply.code(201).send(await checkIn(deps.db, authorize(req, 'visit.record'), req.body, requestMeta(req, deps))),
    );

    r.get('/visits/:id', { schema: { tags, summary: '一条拜访记录（含客户当前档案，用于预填问卷）A visit record, with the customer’s profile to prefill the questionnaire', params: idParams, response: { 200: visitView } } }, async (req) =>
      visitOrNotFound(deps.db, authorize(req, 'visit.read'), req.params.id),
    );

    r.patch(
      '/visits/:id',
      {
        schema: {
          tags,
          summary: '填写拜访记录：只提交改动的问卷项（写入客户档案并留下变更记录）、备注、下一步 Fill in the record: only the changed answers (written to the archive with history), notes, next steps',
          params: idParams,
          body: updateVisitBody,
          response: { 200: visitView },
        },
      },
      async (req) => updateVisit(deps.db, authorize(req, 'visit.record'), req.params.id, req.body, requestMeta(req, deps)),
    );

    r.post(
      '/visits/:id/check-out',
      { schema: { tags, summary: '签退 Check out', params: idParams, body: checkOutBody, response: { 200: visitView } } },
      async (req) => checkOut(deps.db, authorize(req, 'visit.record'), req.params.id, req.body, requestMeta(req, deps)),
    );

    r.post(
      '/visits/:id/photos',
      {
        schema: {
          tags,
          summary: '上传拜访照片（multipart，字段 file：JPEG/PNG/WebP，最大 5 MB，每次拜访最多 9 张）Add a photo (multipart field "file": JPEG, PNG or WebP, at most 5 MB, 9 a visit)',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 201: visitView },
        },
      },
      async (req, reply) => {
        const actor = authorize(req, 'visit.record');
        await addPhoto(deps.db, actor, req.params.id, () => uploadedPhoto(req), requestMeta(req, deps));
        return reply.code(201).send(await visitOrNotFound(deps.db, actor, req.params.id));
      },
    );

    r.get('/visit-photos/:id', { schema: { tags, summary: '拜访照片 A visit photo (the image itself)', params: idParams } }, async (req, reply) => {
      const photo = await findPhoto(deps.db, authorize(req, 'visit.read'), req.params.id);
      if (!photo) throw new AppError('NOT_FOUND');
      return reply.type(photo.contentType).header('cache-control', 'private, max-age=86400').header('x-content-type-options', 'nosniff').send(photo.data);
    });

    r.delete('/visit-photos/:id', { schema: { tags, summary: '删除拜访照片 Remove a visit photo', params: idParams, response: { 200: okResponse } } }, async (req) => {
      await deletePhoto(deps.db, authorize(req, 'visit.record'), req.params.id, requestMeta(req, deps));
      return { ok: true as const };
    });

    r.get(
      '/customers/:id/visits',
      { schema: { tags, summary: '客户的拜访记录（最近 100 次）A customer’s visits (the latest 100)', params: idParams, response: { 200: z.object({ items: z.array(visitSummaryView) }) } } },
      async (req) => {
        const actor = authorize(req, 'visit.read');
        const customer = await findCustomer(deps.db, actor, req.params.id);
        if (!customer) throw new AppError('NOT_FOUND');
        const rows = await visitsOfCustomer(deps.db, actor.orgId, customer.id);
        const photos = await photosOf(deps.db, actor.orgId, rows.map((v) => v.id));
        return { items: rows.map((v) => presentVisitSummary(v, photos.filter((p) => p.visitId === v.id).length)) };
      },
    );
  };
}
