import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../shared/api/client';
import type { Page } from '../../shared/api/types';
import type { CustomerSummary } from '../customers/types';
import type { ContactKind, PlanGrade } from './api';

/** Shapes of /api/visits (src/server/modules/visits/visit-record.presenter.ts and visit-record-day.ts), as the SPA receives them. */
export type CheckInStatus = 'within' | 'outside' | 'no-position' | 'customer-no-location';

export interface Position {
  lng: number;
  lat: number;
  accuracy: number | null;
}

export interface AnswerChange {
  before: string | null;
  after: string | null;
}

export interface VisitSummary {
  id: string;
  repId: string;
  repName: string;
  customerId: string;
  customerName: string;
  kind: ContactKind;
  date: string;
  planned: boolean;
  checkIn: {
    at: string;
    position: Position | null;
    distanceMetres: number | null;
    status: CheckInStatus | null;
    toleranceMetres: number | null;
    flagged: boolean;
    message: string | null;
    message_en: string | null;
  };
  checkOut: { at: string; position: Position | null } | null;
  answers: Record<string, AnswerChange>;
  notes: string | null;
  nextSteps: string | null;
  photoCount: number;
  version: number;
}

export interface VisitPhoto {
  id: string;
  contentType: string;
  sizeBytes: number;
  createdAt: string;
}

export interface VisitRecord extends VisitSummary {
  officeId: string;
  customerGrade: PlanGrade;
  customerAddress: string | null;
  customerLocation: { lng: number; lat: number; datum: string } | null;
  profile: Record<string, string> | null;
  photos: VisitPhoto[];
  createdAt: string;
  updatedAt: string;
}

export interface DayStop {
  customerId: string;
  customerName: string;
  grade: PlanGrade;
  address: string | null;
  location: { lng: number; lat: number; datum: string } | null;
  kind: ContactKind;
  planned: boolean;
  objective: string | null;
  objectiveEn: string | null;
  distanceFromPreviousMetres: number | null;
  visit: VisitSummary | null;
}

export interface VisitDay {
  date: string;
  repId: string;
  repName: string;
  toleranceMetres: number;
  plan: { id: string; status: string } | null;
  stops: DayStop[];
}

/** A browser position as the API takes it (WGS-84, as navigator.geolocation gives it). */
export interface PhonePosition {
  lng: number;
  lat: number;
  datum: 'WGS-84';
  accuracy: number | null;
}

const dayKey = ['visits', 'day'] as const;
const visitKey = (id: string) => ['visits', 'one', id] as const;

/** Today's stops of the signed-in rep (Asia/Shanghai, as the server counts days). */
export function useVisitDay() {
  return useQuery({ queryKey: dayKey, queryFn: () => api.get<VisitDay>('/visits/day') });
}

export function useVisitRecord(id: string) {
  return useQuery({ queryKey: visitKey(id), queryFn: () => api.get<VisitRecord>(`/visits/${id}`) });
}

/** A customer's visits, newest first (the customer page). */
export function useCustomerVisits(customerId: string) {
  return useQuery({ queryKey: ['visits', 'customer', customerId], queryFn: () => api.get<{ items: VisitSummary[] }>(`/customers/${customerId}/visits`).then((r) => r.items) });
}

/** The rep's customers matching a search (the list is scoped by the server), for an unplanned visit. */
export function useOwnCustomerSearch(q: string) {
  return useQuery({
    queryKey: ['customers', 'search', 'own', q],
    queryFn: () => api.get<Page<CustomerSummary>>('/customers', { q, limit: 20 }).then((r) => r.items),
    enabled: q.trim().length > 0,
  });
}

function storeVisit(client: QueryClient, visit: VisitRecord) {
  client.setQueryData(visitKey(visit.id), visit);
  void client.invalidateQueries({ queryKey: dayKey });
  void client.invalidateQueries({ queryKey: ['visits', 'customer', visit.customerId] });
  void client.invalidateQueries({ queryKey: ['customers'] });
}

export function useCheckIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { customerId: string; kind: ContactKind; position: PhonePosition | null }) => api.post<VisitRecord>('/visits', body),
    onSuccess: (visit) => storeVisit(client, visit),
  });
}

export interface VisitChanges {
  version: number;
  answers?: Record<string, string | null>;
  notes?: string | null;
  nextSteps?: string | null;
}

export function useUpdateVisit(id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: (body: VisitChanges) => api.patch<VisitRecord>(`/visits/${id}`, body), onSuccess: (visit) => storeVisit(client, visit) });
}

export function useCheckOut(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; position: PhonePosition | null }) => api.post<VisitRecord>(`/visits/${id}/check-out`, body),
    onSuccess: (visit) => storeVisit(client, visit),
  });
}

/** Uploads one photo as multipart (the JSON client does not send files). */
async function uploadPhoto(visitId: string, file: Blob, name: string): Promise<VisitRecord> {
  const form = new FormData();
  form.append('file', file, name);
  const res = await fetch(`/api/visits/${visitId}/photos`, { method: 'POST', body: form, credentials: 'same-origin' });
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) throw new ApiError(res.status, (body as ApiError['body'] | null) ?? { code: 'INTERNAL', message: '上传失败', message_en: 'Upload failed' });
  return body as VisitRecord;
}

export function useAddPhoto(id: string) {
  const client = useQueryClient();
  return useMutation({ mutationFn: ({ file, name }: { file: Blob; name: string }) => uploadPhoto(id, file, name), onSuccess: (visit) => storeVisit(client, visit) });
}

export function useDeletePhoto(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (photoId: string) => api.delete(`/visit-photos/${photoId}`),
    onSuccess: () => client.invalidateQueries({ queryKey: visitKey(id) }),
  });
}

/** The visit a refused check-in names (409 VISIT_ALREADY_RECORDED), to open it instead. */
export function recordedVisitOf(err: unknown): string | null {
  if (!(err instanceof ApiError) || err.code !== 'VISIT_ALREADY_RECORDED') return null;
  const id = (err.body as { visitId?: unknown }).visitId;
  return typeof id === 'string' ? id : null;
}
