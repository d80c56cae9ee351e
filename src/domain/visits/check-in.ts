import { distanceMetres, type Coordinate } from '../customers/coordinates';
import type { Bilingual } from '../shared/messages';
import { DEFAULT_CHECK_IN_TOLERANCE_METRES } from './rule-schemas';

/**
 * Checking in at a visit: how far the rep's position (GCJ-02 from the phone's map SDK, or any datum) is from the
 * customer's coordinates, great-circle metres (src/domain/customers/coordinates: distanceMetres), and what that
 * means. Within the tolerance (200 m unless the organisation changes it) the check-in is plain; farther away it is
 * accepted but flagged for the office manager (a customer's coordinates may be off, or the visit elsewhere);
 * without a position it is refused (nothing to check); a customer without coordinates cannot be checked, so the
 * check-in is accepted and flagged, and the customer should get coordinates.
 */
export const CHECK_IN_STATUSES = ['within', 'outside', 'no-position', 'customer-no-location'] as const;
export type CheckInStatus = (typeof CHECK_IN_STATUSES)[number];

export interface CheckInVerdict {
  status: CheckInStatus;
  /** Whole metres; null when either point is missing. */
  distanceMetres: number | null;
  toleranceMetres: number;
  accepted: boolean;
  flagged: boolean;
  message: Bilingual;
}

export interface CheckInRequest {
  position: Coordinate | null;
  customer: Coordinate | null;
  toleranceMetres?: number;
}

export function checkInVerdict({ position, customer, toleranceMetres = DEFAULT_CHECK_IN_TOLERANCE_METRES }: CheckInRequest): CheckInVerdict {
  if (!(toleranceMetres >= 0) || !Number.isFinite(toleranceMetres)) throw new RangeError(`tolerance must be 0 or more metres, not ${toleranceMetres}`);
  const base = { toleranceMetres };
  if (!position) {
    return {
      ...base,
      status: 'no-position',
      distanceMetres: null,
      accepted: false,
      flagged: false,
      message: { zh: '未取得当前位置，无法签到；请打开定位后重试', en: 'No position: turn on location and check in again' },
    };
  }
  if (!customer) {
    return {
      ...base,
      status: 'customer-no-location',
      distanceMetres: null,
      accepted: true,
      flagged: true,
      message: { zh: '该客户尚无坐标，签到已记录并标记；请补充客户坐标', en: 'The customer has no coordinates: the check-in is recorded and flagged; add the coordinates' },
    };
  }
  const metres = Math.round(distanceMetres(position, customer));
  if (metres <= toleranceMetres) {
    return { ...base, status: 'within', distanceMetres: metres, accepted: true, flagged: false, message: { zh: `距客户 ${metres} 米，签到成功`, en: `${metres} m from the customer: checked in` } };
  }
  return {
    ...base,
    status: 'outside',
    distanceMetres: metres,
    accepted: true,
    flagged: true,
    message: {
      zh: `距客户 ${metres} 米，超出 ${toleranceMetres} 米范围；签到已记录并标记`,
      en: `${metres} m from the customer, beyond ${toleranceMetres} m: the check-in is recorded and flagged`,
    },
  };
}
