import { z } from 'zod';
import { both } from '../shared/bilingual-issue';

/**
 * Coordinates are stored with their datum: GCJ-02 is what Chinese maps (高德, 腾讯) use and the
 * default here; WGS-84 is what GPS and most foreign maps give; BD-09 is Baidu's own offset on GCJ-02.
 */
export const DATUMS = ['GCJ-02', 'WGS-84', 'BD-09'] as const;
export type Datum = (typeof DATUMS)[number];

export interface LngLat {
  lng: number;
  lat: number;
}

export interface Coordinate extends LngLat {
  datum: Datum;
}

/** A rough box around the mainland, Hainan and the South China Sea islands; enough to catch swapped or zero coordinates. */
export const CHINA_BOUNDS = { minLng: 73, maxLng: 136, minLat: 3, maxLat: 54 } as const;

export function isInChina(p: LngLat): boolean {
  return p.lng >= CHINA_BOUNDS.minLng && p.lng <= CHINA_BOUNDS.maxLng && p.lat >= CHINA_BOUNDS.minLat && p.lat <= CHINA_BOUNDS.maxLat;
}

// The published GCJ-02 obfuscation: Krasovsky 1940 ellipsoid and two trigonometric series.
const KRASOVSKY_A = 6378245.0;
const KRASOVSKY_EE = 0.006693421622965943;

function series(x: number, y: number, a: readonly [number, number], period: readonly [number, number]): number {
  const { PI, sin } = Math;
  return (
    ((20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2) / 3 +
    ((a[0] * sin(y * PI) + 2 * a[0] * sin((y / 3) * PI)) * 2) / 3 +
    ((a[1] * sin((y / period[0]) * PI) + 2 * a[1] * sin((y / period[1]) * PI)) * 2) / 3
  );
}

function latOffset(x: number, y: number): number {
  return -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) + series(x, y, [20, 160], [12, 30]);
}

function lngOffset(x: number, y: number): number {
  return 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) + series(x, x, [20, 150], [12, 30]);
}

export function wgs84ToGcj02(p: LngLat): LngLat {
  const x = p.lng - 105;
  const y = p.lat - 35;
  const radLat = (p.lat / 180) * Math.PI;
  const magic = 1 - KRASOVSKY_EE * Math.sin(radLat) ** 2;
  const sqrtMagic = Math.sqrt(magic);
  const dLat = (latOffset(x, y) * 180) / (((KRASOVSKY_A * (1 - KRASOVSKY_EE)) / (magic * sqrtMagic)) * Math.PI);
  const dLng = (lngOffset(x, y) * 180) / ((KRASOVSKY_A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return { lng: p.lng + dLng, lat: p.lat + dLat };
}

const X_PI = (Math.PI * 3000) / 180;

export function gcj02ToBd09(p: LngLat): LngLat {
  const z = Math.hypot(p.lng, p.lat) + 0.00002 * Math.sin(p.lat * X_PI);
  const theta = Math.atan2(p.lat, p.lng) + 0.000003 * Math.cos(p.lng * X_PI);
  return { lng: z * Math.cos(theta) + 0.0065, lat: z * Math.sin(theta) + 0.006 };
}

/** The closed-form inverse Baidu publishes; `invert` refines it. */
function bd09ToGcj02Approx(p: LngLat): LngLat {
  const x = p.lng - 0.0065;
  const y = p.lat - 0.006;
  const z = Math.hypot(x, y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return { lng: z * Math.cos(theta), lat: z * Math.sin(theta) };
}

/** Precision of the inverse conversions, in degrees (about a centimetre). */
export const INVERSE_TOLERANCE = 1e-7;

/**
 * Inverts a conversion that shifts points by a smoothly varying offset: move the guess by what
 * the forward conversion overshoots until it lands within INVERSE_TOLERANCE.
 */
function invert(forward: (p: LngLat) => LngLat, target: LngLat, start: LngLat = target): LngLat {
  let guess = start;
  for (let i = 0; i < 30; i++) {
    const hit = forward(guess);
    const dLng = hit.lng - target.lng;
    const dLat = hit.lat - target.lat;
    if (Math.abs(dLng) < INVERSE_TOLERANCE && Math.abs(dLat) < INVERSE_TOLERANCE) break;
    guess = { lng: guess.lng - dLng, lat: guess.lat - dLat };
  }
  return guess;
}

export function gcj02ToWgs84(p: LngLat): LngLat {
  return invert(wgs84ToGcj02, p);
}

export function bd09ToGcj02(p: LngLat): LngLat {
  return invert(gcj02ToBd09, p, bd09ToGcj02Approx(p));
}

function toGcj02(c: Coordinate): LngLat {
  if (c.datum === 'WGS-84') return wgs84ToGcj02(c);
  if (c.datum === 'BD-09') return bd09ToGcj02(c);
  return { lng: c.lng, lat: c.lat };
}

/** The same place in another datum. */
export function convertCoordinate(c: Coordinate, to: Datum): Coordinate {
  if (c.datum === to) return { ...c };
  const gcj = toGcj02(c);
  const p = to === 'WGS-84' ? gcj02ToWgs84(gcj) : to === 'BD-09' ? gcj02ToBd09(gcj) : gcj;
  return { ...p, datum: to };
}

/** Mean Earth radius (IUGG), in metres. */
export const EARTH_RADIUS_M = 6371008.8;

/** Great-circle distance in metres between two points of the same datum. */
export function haversineMetres(a: LngLat, b: LngLat): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Distance in metres between two coordinates, whatever their datums (both are taken to WGS-84 first). */
export function distanceMetres(a: Coordinate, b: Coordinate): number {
  return haversineMetres(convertCoordinate(a, 'WGS-84'), convertCoordinate(b, 'WGS-84'));
}

/** A coordinate with its datum (GCJ-02 unless said otherwise); the China box is its only range check, so a swapped pair gets one clear message. */
export const coordinateSchema = z
  .object({
    lng: z.number(),
    lat: z.number(),
    datum: z.enum(DATUMS).default('GCJ-02'),
  })
  .refine(isInChina, {
    message: both(
      `坐标不在中国境内（经度 ${CHINA_BOUNDS.minLng}–${CHINA_BOUNDS.maxLng}，纬度 ${CHINA_BOUNDS.minLat}–${CHINA_BOUNDS.maxLat}），请检查经纬度是否填反`,
      `is outside China (longitude ${CHINA_BOUNDS.minLng}–${CHINA_BOUNDS.maxLng}, latitude ${CHINA_BOUNDS.minLat}–${CHINA_BOUNDS.maxLat}); check that longitude and latitude are not swapped`,
    ),
  });
