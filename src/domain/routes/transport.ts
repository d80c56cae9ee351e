import type { Bilingual } from '../shared/messages';

/** How a rep gets around on a visiting day (DOMAIN §3: the route map depends on the transport). */
export const TRANSPORT_MODES = ['motorbike', 'car', 'bus'] as const;
export type TransportMode = (typeof TRANSPORT_MODES)[number];

export const TRANSPORT_MODE_LABELS: Record<TransportMode, Bilingual> = {
  motorbike: { zh: '摩托车', en: 'Motorbike' },
  car: { zh: '汽车', en: 'Car' },
  bus: { zh: '公交车', en: 'Bus' },
};

/** What turns a straight-line distance into a travel time; defaults an administrator can change. */
export interface TravelSettings {
  /** Average speed door to door, in km/h, stops and waits included (a bus's waits make it slow). */
  speedKmh: Record<TransportMode, number>;
  /** Road distance ÷ straight-line distance: roads wind, so the way is longer than the great circle. */
  detourFactor: number;
}

export const DEFAULT_TRAVEL_SETTINGS: TravelSettings = {
  speedKmh: { motorbike: 30, car: 40, bus: 15 },
  detourFactor: 1.3,
};

/** Seconds it takes to cover one metre of straight-line distance by `mode`: the way is `detourFactor` times longer. */
export function secondsPerMetre(mode: TransportMode, settings: TravelSettings): number {
  const speed = settings.speedKmh[mode];
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`speed of ${mode} must be a positive number of km/h, not ${speed}`);
  if (!(settings.detourFactor >= 1) || !Number.isFinite(settings.detourFactor)) throw new RangeError(`detour factor must be 1 or more, not ${settings.detourFactor}`);
  return (settings.detourFactor * 3.6) / speed;
}
