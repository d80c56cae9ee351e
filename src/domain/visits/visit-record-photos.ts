import type { Bilingual } from '../shared/messages';

/** Photos a visit may keep: JPEG, PNG or WebP, each at most 5 MB, at most 9 a visit (numbers the organisation may later set). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_PER_VISIT = 9;
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** The image type the bytes really hold (their first bytes, not the name or the browser's claim), or null. */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
  const at = (i: number, ...values: number[]) => values.every((v, k) => bytes[i + k] === v);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}

export type PhotoCheck = { ok: true; type: PhotoType } | { ok: false; reason: Bilingual };

/** Whether a photo may be added to a visit that already has `existing` photos. */
export function checkPhoto(bytes: Uint8Array, existing: number): PhotoCheck {
  if (bytes.length === 0) return { ok: false, reason: { zh: '照片是空的', en: 'the photo is empty' } };
  if (bytes.length > PHOTO_MAX_BYTES) return { ok: false, reason: { zh: '照片不能超过 5 MB', en: 'a photo must not exceed 5 MB' } };
  if (existing >= PHOTOS_PER_VISIT) return { ok: false, reason: { zh: `每次拜访最多 ${PHOTOS_PER_VISIT} 张照片`, en: `at most ${PHOTOS_PER_VISIT} photos a visit` } };
  const type = sniffPhotoType(bytes);
  if (!type) return { ok: false, reason: { zh: '只能上传 JPEG、PNG 或 WebP 格式的照片', en: 'only JPEG, PNG or WebP photos can be uploaded' } };
  return { ok: true, type };
}
