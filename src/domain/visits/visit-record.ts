import { z } from 'zod';
import { convertCoordinate, distanceMetres, type Coordinate } from '../customers/coordinates';
import { PROFILE_ITEMS, type ProfileItem } from '../customers/customer-options';
import { optionalText } from '../customers/text-fields';

/**
 * What a visit records (issue 5, point 4): the questionnaire answers that changed the customer's business profile
 * (DOMAIN.md §1), the position of a check-in or check-out, and the day's stops with the distance from the previous
 * one. Pure: the server stores the answers and writes the archive through the customer service.
 */

/** One answer a visit changed: the archive's value before and the value the rep gave. */
export interface AnswerChange {
  before: string | null;
  after: string | null;
}
export type VisitAnswers = Partial<Record<ProfileItem, AnswerChange>>;
export type ProfileValues = Partial<Record<ProfileItem, string | null | undefined>>;

const ANSWER_MAX = 2000;

/** The answers a rep sends: only the items they changed; blank or null clears an item. */
export const answersInputSchema = z
  .object(Object.fromEntries(PROFILE_ITEMS.map((item) => [item, optionalText(ANSWER_MAX)])) as Record<ProfileItem, ReturnType<typeof optionalText>>)
  .partial()
  .strict();
export type AnswersInput = z.infer<typeof answersInputSchema>;

const norm = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v);

/** The sent answers that differ from the profile, each with its value before and after (in questionnaire order). */
export function changedAnswers(profile: ProfileValues, sent: AnswersInput): VisitAnswers {
  const changes: VisitAnswers = {};
  for (const item of PROFILE_ITEMS) {
    if (!(item in sent)) continue;
    const before = norm(profile[item]);
    const after = norm(sent[item]);
    if (before !== after) changes[item] = { before, after };
  }
  return changes;
}

/**
 * A visit's recorded answers after a later edit: an item keeps the value it had before the visit first changed it
 * and takes the latest value; an item changed back to where it started is no longer a change.
 */
export function mergeAnswers(recorded: VisitAnswers, changes: VisitAnswers): VisitAnswers {
  const merged: VisitAnswers = { ...recorded };
  for (const item of PROFILE_ITEMS) {
    const change = changes[item];
    if (!change) continue;
    const first = recorded[item];
    const before = first ? first.before : change.before;
    if (before === change.after) delete merged[item];
    else merged[item] = { before, after: change.after };
  }
  return merged;
}

/** The profile with the changes applied: what the customer service is asked to store. */
export function profileWith(profile: ProfileValues, changes: VisitAnswers): ProfileValues {
  const next: ProfileValues = { ...profile };
  for (const item of PROFILE_ITEMS) {
    const change = changes[item];
    if (change) next[item] = change.after;
  }
  return next;
}

/** A phone's position: any datum (a browser gives WGS-84), with the accuracy it states in metres. */
export const positionSchema = z.object({
  lng: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
  datum: z.enum(['GCJ-02', 'WGS-84', 'BD-09']).default('WGS-84'),
  accuracy: z.number().min(0).max(100_000).nullish(),
});
export type PositionInput = z.infer<typeof positionSchema>;

/** A position as stored: GCJ-02, as the customer archive keeps coordinates. */
export function storedPosition(p: PositionInput): { lng: number; lat: number; accuracy: number | null } {
  const gcj = convertCoordinate({ lng: p.lng, lat: p.lat, datum: p.datum }, 'GCJ-02');
  return { lng: gcj.lng, lat: gcj.lat, accuracy: p.accuracy ?? null };
}

/** A stop of a rep's day and where it is (null: the customer has no coordinates, or a call). */
export interface DayStop {
  location: Coordinate | null;
}

/**
 * Straight-line metres to each located stop from the previous located one (the first from the day's start point,
 * when known); null for a stop without a location (calls, customers without coordinates).
 */
export function distancesFromPrevious(start: Coordinate | null, stops: readonly DayStop[]): (number | null)[] {
  let previous = start;
  return stops.map((stop) => {
    if (!stop.location) return null;
    const metres = previous ? Math.round(distanceMetres(previous, stop.location)) : null;
    previous = stop.location;
    return metres;
  });
}
