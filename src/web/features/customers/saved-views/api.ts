import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../shared/api/client';

/** A user's named customer-list filters; the query is the list's URL query (filters and sort). */
export interface SavedView {
  id: string;
  name: string;
  query: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

const KEY = ['saved-views'] as const;

export function useSavedViews() {
  return useQuery({ queryKey: KEY, queryFn: () => api.get<{ items: SavedView[] }>('/saved-views').then((r) => r.items) });
}

export type SavedViewSave =
  | { kind: 'create'; name: string; query: Record<string, string> }
  | { kind: 'update'; id: string; name?: string; query?: Record<string, string> }
  | { kind: 'delete'; id: string };

function send(save: SavedViewSave): Promise<SavedView | { ok: true }> {
  if (save.kind === 'create') return api.post<SavedView>('/saved-views', { name: save.name, query: save.query });
  if (save.kind === 'update') return api.patch<SavedView>(`/saved-views/${save.id}`, { name: save.name, query: save.query });
  return api.delete<{ ok: true }>(`/saved-views/${save.id}`);
}

export function useSaveView() {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => client.invalidateQueries({ queryKey: KEY }) });
}
