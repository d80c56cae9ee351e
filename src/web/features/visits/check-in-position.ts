import type { Bilingual } from '../../shared/i18n/lang';
import type { PhonePosition } from './visit-record-api';
import { visitRecordText } from './visit-record-text';

export type Located = { position: PhonePosition; problem: null } | { position: null; problem: Bilingual };

/**
 * The phone's position from navigator.geolocation (WGS-84), or why there is none. Never fails: a check-in without a
 * position is still recorded (and flagged) by the server.
 */
export function currentPosition(timeoutMs = 15_000): Promise<Located> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) return Promise.resolve({ position: null, problem: visitRecordText.geoUnsupported });
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ position: { lng: p.coords.longitude, lat: p.coords.latitude, datum: 'WGS-84', accuracy: Number.isFinite(p.coords.accuracy) ? p.coords.accuracy : null }, problem: null }),
      (err) => resolve({ position: null, problem: err.code === err.PERMISSION_DENIED ? visitRecordText.geoDenied : visitRecordText.geoUnavailable }),
      // A fresh fix: a remembered one may be from the previous customer.
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 0 },
    );
  });
}
