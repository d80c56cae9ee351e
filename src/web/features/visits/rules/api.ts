import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { VisitRules } from '../../../../domain/visits/rules';
import { api } from '../../../shared/api/client';

/** Shape of /api/settings/visit-rules (src/server/modules/visits/visit-settings.service.ts). Version 0: the defaults. */
export interface VisitSettings {
  rules: VisitRules;
  plan: { dailyCapacity: number; checkInToleranceMetres: number };
  version: number;
  isDefault: boolean;
}

export type VisitSettingsBody = Omit<VisitSettings, 'isDefault'>;

const key = ['settings', 'visit-rules'] as const;

export function useVisitSettings() {
  return useQuery({ queryKey: key, queryFn: () => api.get<VisitSettings>('/settings/visit-rules') });
}

export function useSaveVisitSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: VisitSettingsBody) => api.put<VisitSettings>('/settings/visit-rules', body),
    onSuccess: (saved) => client.setQueryData(key, saved),
  });
}
