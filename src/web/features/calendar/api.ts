import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Bilingual } from '../../../domain/shared/messages';
import { api } from '../../shared/api/client';

/** Shapes of /api/calendar (src/server/modules/calendar/calendar.routes.ts), as the SPA receives them. */
export type OverrideKind = 'workday' | 'holiday';
export type DayReason = 'weekday' | 'weekend' | 'official-holiday' | 'official-workday' | 'override-holiday' | 'override-workday';

export interface CalendarOverride {
  date: string;
  kind: OverrideKind;
  note: string;
  createdByName: string;
  createdAt: string;
}

export interface CalendarDay {
  date: string;
  weekday: number;
  working: boolean | null;
  reason: DayReason | null;
  label: Bilingual | null;
  officialWorking: boolean | null;
  override: CalendarOverride | null;
}

export interface CalendarMonth {
  year: number;
  month: number;
  knownYear: boolean;
  officialYear: boolean;
  notice: Bilingual | null;
  days: CalendarDay[];
}

const KEY = ['calendar'] as const;

export function useCalendarMonth(month: string) {
  return useQuery({ queryKey: [...KEY, 'month', month], queryFn: () => api.get<CalendarMonth>(`/calendar/months/${month}`) });
}

export function useYearOverrides(year: number) {
  return useQuery({ queryKey: [...KEY, 'overrides', year], queryFn: () => api.get<{ items: CalendarOverride[] }>('/calendar/overrides', { year }).then((r) => r.items) });
}

/** Adds or removes an override; every calendar view is read again afterwards. */
export function useChangeOverride() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: { add: { date: string; kind: OverrideKind; note: string } } | { remove: string }) =>
      'add' in change ? api.post<{ ok: true }>('/calendar/overrides', change.add) : api.delete<{ ok: true }>(`/calendar/overrides/${change.remove}`),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
}
