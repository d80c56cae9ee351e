import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, type Coordinate } from '../customers/coordinates';
import { checkInVerdict } from './check-in';

const gcj = (lng: number, lat: number): Coordinate => ({ lng, lat, datum: 'GCJ-02' });
/** 中牟县人民医院, roughly. */
const HOSPITAL = gcj(113.976, 34.719);

describe('checkInVerdict', () => {
  it('measures great-circle metres: 0.001° of latitude is 111 m, 0.002° is 222 m', () => {
    const near = checkInVerdict({ position: gcj(113.976, 34.72), customer: HOSPITAL });
    expect(near).toMatchObject({ status: 'within', distanceMetres: 111, accepted: true, flagged: false, toleranceMetres: 200 });
    expect(near.message.zh).toBe('距客户 111 米，签到成功');
    const far = checkInVerdict({ position: gcj(113.976, 34.721), customer: HOSPITAL });
    expect(far).toMatchObject({ status: 'outside', distanceMetres: 222, accepted: true, flagged: true });
    expect(far.message.zh).toContain('超出 200 米范围');
  });

  it('knows longer distances: 郑州 (113.625, 34.746) to 中牟 (113.976, 34.719) is about 32.2 km', () => {
    const v = checkInVerdict({ position: gcj(113.625, 34.746), customer: HOSPITAL });
    expect(v.status).toBe('outside');
    expect(v.distanceMetres).toBeGreaterThan(32_000);
    expect(v.distanceMetres).toBeLessThan(32_400);
  });

  it('takes the organisation’s tolerance', () => {
    expect(checkInVerdict({ position: gcj(113.976, 34.721), customer: HOSPITAL, toleranceMetres: 300 }).status).toBe('within');
    expect(checkInVerdict({ position: gcj(113.976, 34.72), customer: HOSPITAL, toleranceMetres: 100 }).status).toBe('outside');
    expect(() => checkInVerdict({ position: HOSPITAL, customer: HOSPITAL, toleranceMetres: -1 })).toThrow(RangeError);
  });

  it('compares the same place alike when the phone reports WGS-84 (GPS) and the customer is stored in GCJ-02', () => {
    const gps = { ...gcj02ToWgs84(HOSPITAL), datum: 'WGS-84' as const };
    // Taken naively, the two datums are some 500 m apart here.
    expect(Math.abs(gps.lng - HOSPITAL.lng) + Math.abs(gps.lat - HOSPITAL.lat)).toBeGreaterThan(0.004);
    expect(checkInVerdict({ position: gps, customer: HOSPITAL })).toMatchObject({ status: 'within', distanceMetres: 0 });
  });

  it('records and flags a check-in without a position, and one at a customer without coordinates', () => {
    const blind = checkInVerdict({ position: null, customer: HOSPITAL });
    expect(blind).toMatchObject({ status: 'no-position', accepted: true, flagged: true, distanceMetres: null });
    expect(blind.message.zh).toContain('已记录并标记');
    const unknown = checkInVerdict({ position: HOSPITAL, customer: null });
    expect(unknown).toMatchObject({ status: 'customer-no-location', accepted: true, flagged: true, distanceMetres: null });
    expect(unknown.message.zh).toContain('尚无坐标');
  });
});
