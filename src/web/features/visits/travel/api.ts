import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TravelSettingsInput } from '../../../../domain/visits/travel-schemas';
import { api } from '../../../shared/api/client';

/** Shape of /api/visit-travel/:id (src/server/modules/visits/visit-travel.service.ts). Version 0: never set. */
export interface TravelSettings {
  userId: string;
  userName: string;
  startKind: 'home' | 'office';
  start: { lng: number; lat: number; datum: 'GCJ-02' | 'WGS-84' | 'BD-09' } | null;
  end: { lng: number; lat: number; datum: 'GCJ-02' | 'WGS-84' | 'BD-09' } | null;
  /** HH:mm, when the rep sets off (08:30 when never set). */
  dayStart: string;
  mode: 'motorbike' | 'car' | 'bus';
  dailyCapacity: number | null;
  orgDailyCapacity: number;
  version: number;
  updatedAt: string | null;
}

const key = (userId: string) => ['visit-travel', userId] as const;

export const fetchTravel = (userId: string) => api.get<TravelSettings>(`/visit-travel/${userId}`);

export function useTravel(userId: string | undefined) {
  return useQuery({ queryKey: key(userId ?? ''), queryFn: () => fetchTravel(userId!), enabled: Boolean(userId) });
}

export function useSaveTravel(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TravelSettingsInput & { version: number }) => api.put<TravelSettings>(`/visit-travel/${userId}`, body),
    onSuccess: (saved) => client.setQueryData(key(userId), saved),
  });
}
