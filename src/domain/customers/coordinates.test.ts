import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitBoth } from '../shared/bilingual-issue';
import {
  bd09ToGcj02,
  convertCoordinate,
  coordinateSchema,
  distanceMetres,
  gcj02ToBd09,
  gcj02ToWgs84,
  haversineMetres,
  wgs84ToGcj02,
  type Datum,
} from './coordinates';

const inChina = fc.record({ lng: fc.double({ min: 74, max: 134, noNaN: true }), lat: fc.double({ min: 18, max: 53, noNaN: true }) });
const datum = fc.constantFrom<Datum>('GCJ-02', 'WGS-84', 'BD-09');

describe('datum conversions', () => {
  it('match the values the published formulas give', () => {
    // Reference values of the widely used formulas for (116.404, 39.915), Tiananmen.
    const gcj = wgs84ToGcj02({ lng: 116.404, lat: 39.915 });
    expect(gcj.lng).toBeCloseTo(116.41024449916938, 9);
    expect(gcj.lat).toBeCloseTo(39.91640428150164, 9);
    const bd = gcj02ToBd09({ lng: 116.404, lat: 39.915 });
    expect(bd.lng).toBeCloseTo(116.41036949371029, 9);
    expect(bd.lat).toBeCloseTo(39.92133699351021, 9);
    // Baidu's closed-form inverse gives (116.39762729, 39.90865674); the refined inverse is within 1e-5° of it.
    const back = bd09ToGcj02({ lng: 116.404, lat: 39.915 });
    expect(Math.abs(back.lng - 116.39762729119315)).toBeLessThan(1e-5);
    expect(Math.abs(back.lat - 39.90865673957631)).toBeLessThan(1e-5);
  });

  it('shifts a point in 郑州 by a few hundred metres between GPS and Chinese maps', () => {
    const gps = { lng: 113.6254, lat: 34.7466 };
    const offset = haversineMetres(gps, wgs84ToGcj02(gps));
    expect(offset).toBeGreaterThan(300);
    expect(offset).toBeLessThan(800);
    const baidu = haversineMetres(wgs84ToGcj02(gps), gcj02ToBd09(wgs84ToGcj02(gps)));
    expect(baidu).toBeGreaterThan(500);
    expect(baidu).toBeLessThan(1500);
  });

  it('inverts GCJ-02 and BD-09 to better than 1e-6°', () => {
    fc.assert(
      fc.property(inChina, (p) => {
        const viaGcj = gcj02ToWgs84(wgs84ToGcj02(p));
        const viaBd = bd09ToGcj02(gcj02ToBd09(p));
        for (const q of [viaGcj, viaBd]) {
          expect(Math.abs(q.lng - p.lng)).toBeLessThan(1e-6);
          expect(Math.abs(q.lat - p.lat)).toBeLessThan(1e-6);
        }
      }),
    );
  });

  it('round-trips between any two datums within 1e-5°', () => {
    fc.assert(
      fc.property(inChina, datum, datum, (p, from, to) => {
        const there = convertCoordinate({ ...p, datum: from }, to);
        expect(there.datum).toBe(to);
        const back = convertCoordinate(there, from);
        expect(Math.abs(back.lng - p.lng)).toBeLessThan(1e-5);
        expect(Math.abs(back.lat - p.lat)).toBeLessThan(1e-5);
      }),
    );
  });
});

describe('distance', () => {
  it('measures a degree of latitude and Beijing to Shanghai', () => {
    expect(haversineMetres({ lng: 113, lat: 34 }, { lng: 113, lat: 35 })).toBeCloseTo(111195, 0);
    // 天安门 to 上海人民广场: about 1068 km as the crow flies.
    const km = haversineMetres({ lng: 116.3975, lat: 39.9087 }, { lng: 121.4737, lat: 31.2304 }) / 1000;
    expect(km).toBeGreaterThan(1060);
    expect(km).toBeLessThan(1075);
  });

  it('compares points given in different datums', () => {
    const gps = { lng: 113.6254, lat: 34.7466, datum: 'WGS-84' as const };
    expect(distanceMetres(gps, convertCoordinate(gps, 'BD-09'))).toBeLessThan(0.5);
    expect(distanceMetres(gps, { ...gps, datum: 'GCJ-02' })).toBeGreaterThan(300);
  });
});

describe('coordinate input', () => {
  it('defaults to GCJ-02 and refuses points outside China with a clear message', () => {
    expect(coordinateSchema.parse({ lng: 113.66, lat: 34.76 })).toEqual({ lng: 113.66, lat: 34.76, datum: 'GCJ-02' });
    const swapped = coordinateSchema.safeParse({ lng: 34.76, lat: 113.66 });
    expect(swapped.success).toBe(false);
    const outside = coordinateSchema.safeParse({ lng: 2.35, lat: 48.85, datum: 'WGS-84' });
    expect(splitBoth(outside.error?.issues[0]?.message ?? '')?.zh).toBe('坐标不在中国境内（经度 73–136，纬度 3–54），请检查经纬度是否填反');
    expect(coordinateSchema.safeParse({ lng: 113.66, lat: 34.76, datum: 'CGCS2000' }).success).toBe(false);
  });
});
