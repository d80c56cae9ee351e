import { z } from 'zod';
import { DATUMS, type Coordinate, type Datum } from '../../../domain/customers/coordinates';
import { checkInMessage, CHECK_IN_STATUSES } from '../../../domain/visits/check-in';
import type { VisitAnswers } from '../../../domain/visits/visit-record';
import type { photosOf, VisitRow } from './visit-record.queries';

const gradeView = z.enum(['A', 'B', 'C', 'none']);
const positionView = z.object({ lng: z.number(), lat: z.number(), accuracy: z.number().nullable() });
const answerView = z.object({ before: z.string().nullable(), after: z.string().nullable() });

export const photoView = z.object({ id: z.string(), contentType: z.string(), sizeBytes: z.number(), createdAt: z.date() });

const checkInView = z.object({
  at: z.date(),
  position: positionView.nullable(),
  distanceMetres: z.number().nullable(),
  /** null for a phone contact (nothing to check). */
  status: z.enum(CHECK_IN_STATUSES).nullable(),
  toleranceMetres: z.number().nullable(),
  flagged: z.boolean(),
  message: z.string().nullable(),
  message_en: z.string().nullable(),
});

/** A visit without its photos and questionnaire: what a list shows. */
export const visitSummaryView = z.object({
  id: z.string(),
  repId: z.string(),
  repName: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  kind: z.enum(['visit', 'phone']),
  date: z.string(),
  planned: z.boolean(),
  checkIn: checkInView,
  checkOut: z.object({ at: z.date(), position: positionView.nullable() }).nullable(),
  answers: z.record(z.string(), answerView),
  notes: z.string().nullable(),
  nextSteps: z.string().nullable(),
  photoCount: z.number(),
  version: z.number(),
});
export type VisitSummaryView = z.infer<typeof visitSummaryView>;

/** One visit record as the record page needs it: the customer's profile to prefill the questionnaire, the photos. */
export const visitView = visitSummaryView.extend({
  officeId: z.string(),
  /** null: never graded. */
  customerGrade: gradeView.nullable(),
  customerAddress: z.string().nullable(),
  customerLocation: z.object({ lng: z.number(), lat: z.number(), datum: z.string() }).nullable(),
  /** The customer's business profile now (the questionnaire's starting values); null when the customer is no longer in the asker's scope. */
  profile: z.record(z.string(), z.string()).nullable(),
  photos: z.array(photoView),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type VisitView = z.infer<typeof visitView>;

const datumOf = (d: string | null): Datum => ((DATUMS as readonly string[]).includes(d ?? '') ? (d as Datum) : 'GCJ-02');

export function customerCoordinate(lng: number | null, lat: number | null, datum: string | null): Coordinate | null {
  return lng !== null && lat !== null ? { lng, lat, datum: datumOf(datum) } : null;
}

const position = (lng: number | null, lat: number | null, accuracy: number | null) => (lng !== null && lat !== null ? { lng, lat, accuracy } : null);

export function presentVisitSummary(row: VisitRow, photoCount: number): VisitSummaryView {
  const message = row.checkInStatus ? checkInMessage(row.checkInStatus, row.checkInDistance, row.checkInTolerance ?? 0) : null;
  return {
    id: row.id,
    repId: row.repId,
    repName: row.repName,
    customerId: row.customerId,
    customerName: row.customerName,
    kind: row.kind,
    date: row.date,
    planned: row.planId !== null,
    checkIn: {
      at: row.checkInAt,
      position: position(row.checkInLng, row.checkInLat, row.checkInAccuracy),
      distanceMetres: row.checkInDistance,
      status: row.checkInStatus,
      toleranceMetres: row.checkInTolerance,
      flagged: row.flagged,
      message: message?.zh ?? null,
      message_en: message?.en ?? null,
    },
    checkOut: row.checkOutAt ? { at: row.checkOutAt, position: position(row.checkOutLng, row.checkOutLat, row.checkOutAccuracy) } : null,
    answers: row.answers as VisitAnswers as Record<string, z.infer<typeof answerView>>,
    notes: row.notes,
    nextSteps: row.nextSteps,
    photoCount,
    version: row.version,
  };
}

export function presentVisit(row: VisitRow, photos: Awaited<ReturnType<typeof photosOf>>, profile: Record<string, string> | null): VisitView {
  return {
    ...presentVisitSummary(row, photos.length),
    officeId: row.officeId,
    customerGrade: row.customerGrade,
    customerAddress: row.customerAddress,
    customerLocation: customerCoordinate(row.customerLng, row.customerLat, row.customerDatum),
    profile,
    photos: photos.map((p) => ({ id: p.id, contentType: p.contentType, sizeBytes: p.sizeBytes, createdAt: p.createdAt })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
