import type { Itinerary } from './api';

/** Whether the day ends somewhere else than where it starts (the rep's end point), not back at the start. */
export function endsElsewhere(itinerary: Pick<Itinerary, 'start' | 'end'>): boolean {
  return itinerary.start.lng !== itinerary.end.lng || itinerary.start.lat !== itinerary.end.lat;
}

/** The start point's green and the end point's purple (apart from the grades' colours), on the map and in the list. */
export const START_COLOR = '#389e0d';
export const END_COLOR = '#531dab';
