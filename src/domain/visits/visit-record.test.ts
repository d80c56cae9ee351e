import { describe, expect, it } from 'vitest';
import { distanceMetres, gcj02ToWgs84, type Coordinate } from '../customers/coordinates';
import { checkPhoto, PHOTO_MAX_BYTES, PHOTOS_PER_VISIT, sniffPhotoType } from './visit-record-photos';
import { answersInputSchema, changedAnswers, distancesFromPrevious, mergeAnswers, profileWith, storedPosition } from './visit-record';

const gcj = (lng: number, lat: number): Coordinate => ({ lng, lat, datum: 'GCJ-02' });

describe('questionnaire answers', () => {
  const profile = { businessNature: '民营', competitors: '修正', paymentMethod: '' };

  it('keeps only the answers that differ from the archive; blank means empty', () => {
    const sent = answersInputSchema.parse({ businessNature: '民营', competitors: '华润三九', paymentMethod: '  ', needs: '送货快' });
    expect(changedAnswers(profile, sent)).toEqual({ competitors: { before: '修正', after: '华润三九' }, needs: { before: null, after: '送货快' } });
    expect(changedAnswers(profile, answersInputSchema.parse({ competitors: '' }))).toEqual({ competitors: { before: '修正', after: null } });
  });

  it('refuses items the questionnaire does not have', () => {
    expect(answersInputSchema.safeParse({ shoeSize: '42' }).success).toBe(false);
  });

  it('keeps the first value before over several edits, and forgets an answer changed back', () => {
    const first = mergeAnswers({}, { competitors: { before: '修正', after: '华润三九' }, needs: { before: null, after: '送货快' } });
    const second = mergeAnswers(first, { competitors: { before: '华润三九', after: '华润三九、以岭' }, needs: { before: '送货快', after: null } });
    expect(second).toEqual({ competitors: { before: '修正', after: '华润三九、以岭' } });
  });

  it('applies the changes to the profile and leaves the rest', () => {
    expect(profileWith(profile, { competitors: { before: '修正', after: null } })).toEqual({ businessNature: '民营', competitors: null, paymentMethod: '' });
  });
});

describe('positions and the day’s distances', () => {
  it('stores a phone’s WGS-84 position as GCJ-02', () => {
    const customer = gcj(113.976, 34.719);
    const phone = gcj02ToWgs84(customer);
    const stored = storedPosition({ ...phone, datum: 'WGS-84', accuracy: 12 });
    expect(distanceMetres({ ...stored, datum: 'GCJ-02' }, customer)).toBeLessThan(0.5);
    expect(stored.accuracy).toBe(12);
  });

  it('measures each located stop from the previous one, the first from the start, skipping stops without a place', () => {
    const start = gcj(113.976, 34.719);
    const stops = [{ location: gcj(113.976, 34.72) }, { location: null }, { location: gcj(113.976, 34.722) }];
    expect(distancesFromPrevious(start, stops)).toEqual([111, null, 222]);
    expect(distancesFromPrevious(null, stops)).toEqual([null, null, 222]);
  });
});

describe('visit photos', () => {
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
  const webp = Uint8Array.from([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50]);

  it('knows JPEG, PNG and WebP by their bytes, whatever the name says', () => {
    expect(sniffPhotoType(jpeg)).toBe('image/jpeg');
    expect(sniffPhotoType(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffPhotoType(webp)).toBe('image/webp');
    expect(sniffPhotoType(new TextEncoder().encode('GIF89a'))).toBeNull();
  });

  it('refuses empty, oversized and surplus photos with the reason', () => {
    expect(checkPhoto(jpeg, 0)).toEqual({ ok: true, type: 'image/jpeg' });
    expect(checkPhoto(new Uint8Array(), 0)).toMatchObject({ ok: false });
    const big = new Uint8Array(PHOTO_MAX_BYTES + 1);
    big.set(jpeg);
    expect(checkPhoto(big, 0)).toMatchObject({ ok: false, reason: { zh: '照片不能超过 5 MB' } });
    expect(checkPhoto(jpeg, PHOTOS_PER_VISIT)).toMatchObject({ ok: false });
  });
});
