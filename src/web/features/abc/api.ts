import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';

export type GradeOrNone = 'A' | 'B' | 'C' | 'none';

export interface AbcScope {
  from?: string | undefined;
  to?: string | undefined;
  officeId?: string | undefined;
  ownerId?: string | undefined;
  typeCode?: string | undefined;
  regionCode?: string | undefined;
}

export interface CustomerFacts {
  id: string;
  name: string;
  typeCode: string;
  regionCode: string | null;
  officeName: string | null;
  ownerName: string | null;
  grade: GradeOrNone | null;
}

export interface MixEntry {
  grade: 'A' | 'B' | 'C';
  customers: number;
  customerBp: number;
  idealBp: number;
  deviationBp: number;
  amountFen: number;
  salesBp: number;
}

export interface AbcAnalysis {
  period: { from: string; to: string };
  settings: { aPercent: number; bPercent: number };
  totals: { customers: number; graded: number; ungraded: number; totalFen: number };
  mix: MixEntry[];
  pareto: { rank: number; salesFen: number; cumulativeBp: number; grade: 'A' | 'B' | 'C' }[];
  rows: (CustomerFacts & { rank: number | null; salesFen: number | null; shareBp: number | null; cumulativeBp: number | null; abcGrade: GradeOrNone })[];
  offset: number;
  limit: number;
  listTotal: number;
}

export interface GradingSummary {
  id: string;
  periodFrom: string;
  periodTo: string;
  computedAt: string;
}

export interface GradeChanges {
  from: GradingSummary | null;
  to: GradingSummary | null;
  counts: Record<'up' | 'down' | 'new' | 'dropped', number>;
  total: number;
  items: { customerId: string; from: GradeOrNone | null; to: GradeOrNone | null; kind: 'up' | 'down' | 'new' | 'dropped'; customer: CustomerFacts; salesBeforeFen: number | null; salesAfterFen: number | null }[];
}

export interface GradeHistoryEntry {
  gradingId: string;
  periodFrom: string;
  periodTo: string;
  computedAt: string;
  grade: GradeOrNone;
  salesFen: number;
  rank: number | null;
  graded: number | null;
}

export const ABC_PAGE_SIZE = 20;

export function useAbc(scope: AbcScope, list: 'ranked' | 'none', page: number) {
  return useQuery({
    queryKey: ['abc', scope, list, page],
    queryFn: () => api.get<AbcAnalysis>('/abc', { ...scope, list, offset: (page - 1) * ABC_PAGE_SIZE, limit: ABC_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useGradeChanges(kind?: 'up' | 'down' | 'new' | 'dropped') {
  return useQuery({ queryKey: ['abc', 'changes', kind], queryFn: () => api.get<GradeChanges>('/abc/changes', { kind, limit: 200 }) });
}

export function useCustomerGrades(customerId: string) {
  return useQuery({ queryKey: ['abc', 'customer', customerId], queryFn: () => api.get<{ items: GradeHistoryEntry[] }>(`/customers/${customerId}/grades`).then((r) => r.items) });
}

export function useSaveGrading() {
  return useMutation({ mutationFn: (scope: AbcScope) => api.post<{ id: string; graded: number }>('/abc/gradings', scope) });
}

export function useRunMonthly() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ created: boolean; periodFrom: string; periodTo: string }>('/abc/monthly/run'),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['abc'] }),
  });
}
