import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../shared/api/client';
import type { Page, User } from '../../shared/api/types';
import type { GradeOrNone } from '../abc/api';
import type { CustomerSummary } from '../customers/types';

/** Shapes of /api/visit-plans (src/server/modules/visits/visit-plans.presenter.ts), as the SPA receives them. */
export type PlanStatus = 'draft' | 'submitted' | 'approved' | 'returned';
export type ContactKind = 'visit' | 'phone';

export interface PlanSummary {
  id: string;
  repId: string;
  repName: string;
  officeId: string;
  month: string;
  status: PlanStatus;
  version: number;
  comment: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  /** The office manager's last adjustment while reviewing the plan: when and who. */
  adjustedAt: string | null;
  adjustedBy: string | null;
  adjustedByName: string | null;
}

/** A customer's stored grade: A/B/C, 'none' (graded, no sales: 无销售), null (never graded: 未分级). */
export type PlanGrade = GradeOrNone | null;

export interface PlanItem {
  seq: number;
  customerId: string;
  customerName: string;
  grade: PlanGrade;
  kind: ContactKind;
  objective: string;
  objectiveEn: string | null;
}

export interface Point {
  lng: number;
  lat: number;
}

/** A visit on the day's route: the way from the previous stop (or the start), when the rep arrives and leaves (HH:MM). */
export interface RouteStop {
  customerId: string;
  customerName: string;
  grade: PlanGrade;
  point: Point;
  metres: number;
  travelSeconds: number;
  arriveAt: string;
  leaveAt: string;
  visitMinutes: number;
}

export interface Itinerary {
  start: Point;
  end: Point;
  stops: RouteStop[];
  unlocated: { customerId: string; customerName: string }[];
  back: { metres: number; travelSeconds: number; arriveAt: string } | null;
  totals: { metres: number; travelSeconds: number; visitMinutes: number; startAt: string; finishAt: string };
}

export interface PlanDay {
  date: string;
  week: number;
  route: { totalMetres: number; totalTravelSeconds: number; finishSecond: number };
  itinerary: Itinerary;
  visitCount: number;
  items: PlanItem[];
}

export interface UnplacedContact {
  customerId: string;
  customerName: string;
  grade: PlanGrade;
  contactNumber: number;
  contactsRequired: number;
  reason: 'capacity' | 'more-than-working-days' | 'not-in-plan';
  window: { from: string; to: string } | null;
  message: string;
  message_en: string;
}

export interface Plan extends PlanSummary {
  dailyCapacity: number;
  mode: 'motorbike' | 'car' | 'bus';
  days: PlanDay[];
  unplaced: UnplacedContact[];
  totals: { visits: number; phoneCalls: number; unplaced: number; metres: number };
}

/** A rule the plan breaks, as submit lists them (errors refuse the submission, warnings do not). */
export interface Breach {
  code: string;
  severity: 'error' | 'warning';
  customerId: string | null;
  customerName: string | null;
  date: string | null;
  message: string;
  message_en: string;
}

export interface ServerMessage {
  message: string;
  message_en: string;
}

export type PlanChange =
  | { action: 'move'; customerId: string; from: string; to: string }
  | { action: 'add'; customerId: string; date: string; kind: ContactKind; objective?: string }
  | { action: 'remove'; customerId: string; date: string };

const planKey = (id: string) => ['visit-plans', 'one', id] as const;

/** The plans of a month in the person's scope (a rep: their own; an office manager: the office's reps). */
export function usePlans(month: string) {
  return useQuery({ queryKey: ['visit-plans', 'list', month], queryFn: () => api.get<{ items: PlanSummary[] }>('/visit-plans', { month }).then((r) => r.items) });
}

export function usePlan(id: string | undefined) {
  return useQuery({ queryKey: planKey(id ?? ''), queryFn: () => api.get<Plan>(`/visit-plans/${id}`), enabled: Boolean(id) });
}

/** Active reps in the person's scope (an office manager: the office's), to pick whose plan to see. */
export function useReps(enabled: boolean) {
  return useQuery({
    queryKey: ['users', 'reps'],
    queryFn: () => api.get<Page<User>>('/users', { role: 'rep', active: 'true', limit: 200 }).then((r) => r.items),
    enabled,
  });
}

/** Customers of one rep matching a search, to add one to the rep's plan. */
export function useRepCustomerSearch(q: string, ownerId: string) {
  return useQuery({
    queryKey: ['customers', 'search', q, ownerId],
    queryFn: () => api.get<Page<CustomerSummary>>('/customers', { q, ownerId, limit: 20 }).then((r) => r.items),
    enabled: q.trim().length > 0,
  });
}

function storePlan(client: QueryClient, plan: Plan) {
  client.setQueryData(planKey(plan.id), plan);
  void client.invalidateQueries({ queryKey: ['visit-plans', 'list'] });
  void client.invalidateQueries({ queryKey: ['visit-plans', 'revisions', plan.id] });
}

/** Generates (or regenerates) the month's draft: a rep's own, or an office manager's for a rep of the office. */
export function useGeneratePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { month: string; repId?: string }) => api.post<Plan>('/visit-plans/generate', body),
    onSuccess: (plan) => storePlan(client, plan),
  });
}

/** Moves, adds or removes contacts of a plan at the version shown: its rep's draft or returned plan, or a submitted one its office manager adjusts. */
export function useEditPlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; changes: PlanChange[] }) => api.patch<Plan & { warnings: ServerMessage[] }>(`/visit-plans/${id}/items`, body),
    onSuccess: (plan) => storePlan(client, plan),
  });
}

export type ReviewStep = 'submit' | 'approve' | 'return';

/** Submit (the rep), approve or return (the office manager), at the version shown. */
export function useReviewStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, ...body }: { step: ReviewStep; version: number; comment?: string }) => api.post<Plan & { warnings?: Breach[] }>(`/visit-plans/${id}/${step}`, body),
    onSuccess: (plan) => storePlan(client, plan),
  });
}

/** An approved version of a plan (第 N 版), with what it held and, once revised, who reopened it and why. */
export interface PlanRevision {
  revision: number;
  approvedAt: string;
  approvedByName: string | null;
  comment: string | null;
  reopenedAt: string | null;
  reopenedByName: string | null;
  reopenReason: string | null;
  contacts: { date: string; customerId: string; customerName: string; kind: ContactKind; objective: string }[];
}

export function usePlanRevisions(id: string) {
  return useQuery({ queryKey: ['visit-plans', 'revisions', id], queryFn: () => api.get<{ items: PlanRevision[] }>(`/visit-plans/${id}/revisions`).then((r) => r.items) });
}

/** Its rep reopens an approved plan for revision, saying why. */
export function useReopenPlan(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) => api.post<Plan>(`/visit-plans/${id}/reopen`, body),
    onSuccess: (plan) => storePlan(client, plan),
  });
}

/** Reloads a plan (after a version conflict). */
export function useReloadPlan() {
  const client = useQueryClient();
  return (id: string) => client.invalidateQueries({ queryKey: ['visit-plans'] }).then(() => client.refetchQueries({ queryKey: planKey(id) }));
}

/** The breaches listed by a refused submission (409 VISIT_PLAN_INVALID), or null for any other error. */
export function breachesOf(err: unknown): Breach[] | null {
  if (!(err instanceof ApiError) || err.code !== 'VISIT_PLAN_INVALID') return null;
  const list = (err.body as { breaches?: Breach[] }).breaches;
  return Array.isArray(list) ? list : [];
}
