import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OfficeInput } from '../../../../domain/identity/schemas';
import { api } from '../../../shared/api/client';
import type { Office } from '../../../shared/api/types';
import { invalidateDirectory } from '../invalidate';

export const OFFICES_KEY = ['offices'] as const;

export function useOffices(enabled = true) {
  return useQuery({ queryKey: OFFICES_KEY, queryFn: () => api.get<{ items: Office[] }>('/offices').then((r) => r.items), enabled });
}

export const fetchOffice = (id: string) => api.get<Office>(`/offices/${id}`);

export interface OfficeChange {
  name?: string;
  regionCode?: string;
  address?: string;
  active?: boolean;
}

/** Creates an office (no id) or changes one under its version. */
export function useSaveOffice() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, change }: { id?: string; version?: number; change: OfficeChange }) =>
      id ? api.patch<Office>(`/offices/${id}`, { version, ...change }) : api.post<Office>('/offices', change as OfficeInput),
    onSettled: () => invalidateDirectory(client),
  });
}
