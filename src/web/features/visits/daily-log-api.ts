import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../shared/api/client';
import type { VisitDay } from './visit-record-api';

/** Shapes of /api/daily-logs (src/server/modules/visits/daily-log.presenter.ts), as the SPA receives them. */
export interface DailyLog {
  id: string;
  repId: string;
  repName: string;
  officeId: string;
  date: string;
  summary: string;
  summaryAt: string;
  comment: { text: string; byId: string; byName: string; at: string } | null;
  editable: boolean;
  plannedContacts: number;
  doneContacts: number;
  flaggedContacts: number;
  version: number;
}

export interface DailyLogDay {
  day: VisitDay;
  log: DailyLog | null;
}

const KEY = ['daily-logs'] as const;

/** A rep's day with its log: the signed-in rep's when repId is left out. */
export function useDailyLogDay(date: string, repId?: string, enabled = true) {
  return useQuery({ queryKey: [...KEY, 'day', repId ?? 'me', date], queryFn: () => api.get<DailyLogDay>('/daily-logs/day', { date, repId }), enabled, placeholderData: keepPreviousData });
}

export function useDailyLogs(query: { from: string; to: string; uncommented: boolean }) {
  return useQuery({
    queryKey: [...KEY, 'list', query],
    queryFn: () => api.get<{ from: string; to: string; items: DailyLog[] }>('/daily-logs', { from: query.from, to: query.to, uncommented: query.uncommented ? 'true' : undefined }),
    placeholderData: keepPreviousData,
  });
}

export function useWriteDailyLog() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { date: string; summary: string; version: number }) => api.put<DailyLog>('/daily-logs/day', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}

export function useCommentDailyLog() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; comment: string }) => api.post<DailyLog>(`/daily-logs/${id}/comment`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: KEY }),
  });
}
