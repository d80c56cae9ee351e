import { distanceMetres, type Coordinate } from '../customers/coordinates';
import type { Bilingual } from '../shared/messages';
import { DEFAULT_CHECK_IN_TOLERANCE_METRES } from './rule-schemas';

/**
 * Checking in at a visit: how far the rep's position (GCJ-02 from the phone's map SDK, or any datum) is from the
 * customer's coordinates, great-circle metres (src/domain/customers/coordinates: distanceMetres), and what that
 * means. Within the tolerance (200 m unless the organisation changes it) the check-in is plain; farther away it is
 * accepted but flagged for the office manager (a customer's coordinates may be off, or the visit elsewhere);
 * without a position (location off, no signal) nothing can be checked, so it is accepted and flagged as well (issue
 * 5: flagged, never blocked); a customer without coordinates cannot be checked either, so the check-in is accepted
 * and flagged, and the customer should get coordinates.
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

/** What a verdict tells the rep (and, stored with the visit, whoever reads it later). */
export function checkInMessage(status: CheckInStatus, metres: number | null, toleranceMetres: number): Bilingual {
  switch (status) {
    case 'no-position':
      return { zh: '未取得当前位置，签到已记录并标记；请打开定位', en: 'No position: the check-in is recorded and flagged; turn on location' };
    case 'customer-no-location':
      return { zh: '该客户尚无坐标，签到已记录并标记；请补充客户坐标', en: 'The customer has no coordinates: the check-in is recorded and flagged; add the coordinates' };
    case 'within':
      return { zh: `距客户 ${metres} 米，签到成功`, en: `${metres} m from the customer: checked in` };
    case 'outside':
      return {
        zh: `距客户 ${metres} 米，超出 ${toleranceMetres} 米范围；签到已记录并标记`,
        en: `${metres} m from the customer, beyond ${toleranceMetres} m: the check-in is recorded and flagged`,
      };
  }
}

export function checkInVerdict({ position, customer, toleranceMetres = DEFAULT_CHECK_IN_TOLERANCE_METRES }: CheckInRequest): CheckInVerdict {
  if (!(toleranceMetres >= 0) || !Number.isFinite(toleranceMetres)) throw new RangeError(`tolerance must be 0 or more metres, not ${toleranceMetres}`);
  const verdict = (status: CheckInStatus, metres: number | null, flagged: boolean): CheckInVerdict => ({
    status,
    distanceMetres: metres,
    toleranceMetres,
    accepted: true,
    flagged,
    message: checkInMessage(status, metres, toleranceMetres),
  });
  if (!position) return verdict('no-position', null, true);
  if (!customer) return verdict('customer-no-location', null, true);
  const metres = Math.round(distanceMetres(position, customer));
  return metres <= toleranceMetres ? verdict('within', metres, false) : verdict('outside', metres, true);
}
