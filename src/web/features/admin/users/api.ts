import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '../../../../domain/identity/roles';
import { api } from '../../../shared/api/client';
import type { Page, User } from '../../../shared/api/types';
import { invalidateDirectory } from '../invalidate';

export const PAGE_SIZE = 20;

export interface UserFilters {
  q?: string;
  role?: Role;
  officeId?: string;
  active?: 'true' | 'false';
}

/** Users in the person's scope, keyset-paged by user name. */
export function useUserList(filters: UserFilters) {
  return useInfiniteQuery({
    queryKey: ['users', filters],
    queryFn: ({ pageParam }) => api.get<Page<User>>('/users', { ...filters, limit: PAGE_SIZE, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export const fetchUser = (id: string) => api.get<User>(`/users/${id}`);

export interface UserFields {
  displayName: string;
  role: Role;
  officeId: string | null;
  phone: string;
  email: string;
}

export type UserSave =
  | { kind: 'create'; body: UserFields & { username: string; password: string } }
  | { kind: 'update'; id: string; body: UserFields & { version: number } }
  | { kind: 'activate' | 'deactivate'; id: string }
  | { kind: 'reset-password'; id: string; password: string };

function send(save: UserSave): Promise<User> {
  switch (save.kind) {
    case 'create':
      return api.post<User>('/users', save.body);
    case 'update':
      return api.patch<User>(`/users/${save.id}`, save.body);
    case 'reset-password':
      return api.post<User>(`/users/${save.id}/reset-password`, { password: save.password });
    default:
      return api.post<User>(`/users/${save.id}/${save.kind}`);
  }
}

/** Every change an administrator makes to a user; afterwards people, offices and home are reloaded. */
export function useSaveUser() {
  const client = useQueryClient();
  return useMutation({ mutationFn: send, onSettled: () => invalidateDirectory(client) });
}
