import type { FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/identity/policies';
import type { Bilingual } from '../../../domain/shared/messages';
import { checkPhoto, PHOTO_MAX_BYTES } from '../../../domain/visits/visit-record-photos';
import type { Db } from '../../db/client';
import { visitPhotos } from '../../db/schema';
import { AppError } from '../../http/errors';
import { recordAudit } from '../admin/audit';
import type { RequestMeta } from '../identity/auth.service';
import { findPhoto, findVisit, lockVisit, photoCount } from './visit-record.queries';

/** Multipart limits of a photo upload: one file of at most 5 MB. */
export const PHOTO_UPLOAD_LIMITS = { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 2, parts: 3 };

function photoError(reason: Bilingual): AppError {
  return new AppError('VISIT_PHOTO_INVALID', [{ field: 'file', message: `照片：${reason.zh}`, message_en: `Photo: ${reason.en}` }]);
}

/** The bytes of the one photo of a multipart upload, refused with the reason when missing or too large. */
export async function uploadedPhoto(req: FastifyRequest): Promise<Buffer> {
  const missing = { zh: '请选择要上传的照片', en: 'choose a photo to upload' };
  if (!req.isMultipart()) throw photoError(missing);
  const part = await req.file();
  if (!part) throw photoError(missing);
  try {
    return await part.toBuffer();
  } catch (err) {
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw photoError({ zh: '照片不能超过 5 MB', en: 'a photo must not exceed 5 MB' });
    throw err;
  }
}

/** Adds a photo to a visit of the rep's (the visit is checked before the upload is read). */
export async function addPhoto(db: Db, actor: Actor, visitId: string, read: () => Promise<Buffer>, meta: RequestMeta): Promise<string> {
  if (!(await findVisit(db, actor, visitId))) throw new AppError('NOT_FOUND');
  const bytes = await read();
  return db.transaction(async (tx) => {
    const t = tx as Db;
    if (!(await lockVisit(t, actor, visitId))) throw new AppError('NOT_FOUND');
    const check = checkPhoto(bytes, await photoCount(t, actor.orgId, visitId));
    if (!check.ok) throw photoError(check.reason);
    const [made] = await t
      .insert(visitPhotos)
      .values({ orgId: actor.orgId, visitId, contentType: check.type, sizeBytes: bytes.length, data: bytes, createdBy: actor.userId, createdAt: meta.now })
      .returning({ id: visitPhotos.id });
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'visit.photo.add', targetType: 'visit', targetId: visitId, after: { photoId: made!.id, contentType: check.type, sizeBytes: bytes.length }, ip: meta.ip }, meta.now);
    return made!.id;
  });
}

/** Removes a photo from a visit of the rep's. */
export async function deletePhoto(db: Db, actor: Actor, photoId: string, meta: RequestMeta): Promise<void> {
  await db.transaction(async (tx) => {
    const t = tx as Db;
    const photo = await findPhoto(t, actor, photoId);
    if (!photo || !(await lockVisit(t, actor, photo.visitId))) throw new AppError('NOT_FOUND');
    await t.delete(visitPhotos).where(and(eq(visitPhotos.orgId, actor.orgId), eq(visitPhotos.id, photoId)));
    await recordAudit(t, { orgId: actor.orgId, actorId: actor.userId, action: 'visit.photo.delete', targetType: 'visit', targetId: photo.visitId, before: { photoId, contentType: photo.contentType, sizeBytes: photo.sizeBytes }, ip: meta.ip }, meta.now);
  });
}
