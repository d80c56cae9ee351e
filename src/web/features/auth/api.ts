import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ChangePasswordInput, LoginInput } from '../../../domain/identity/schemas';
import { endSessionLocally, ME_KEY, startSession } from '../../app/session';
import { api } from '../../shared/api/client';
import type { Me } from '../../shared/api/types';
import { rememberOrgCode } from './org-code';

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<Me>('/auth/login', input),
    onSuccess: (me, input) => {
      rememberOrgCode(input.orgCode);
      startSession(client, me);
    },
  });
}

/** Signs out here; the local session ends even if the server already forgot it. */
export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<{ ok: true }>('/auth/logout'),
    onSettled: () => endSessionLocally(client),
  });
}

/** Ends every session of the person, this one included. */
export function useLogoutAll() {
  return useMutation({ mutationFn: () => api.post<{ ended: number }>('/auth/logout-all') });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ChangePasswordInput) => api.post<{ ok: true }>('/auth/password', input),
    onSuccess: () => {
      client.setQueryData<Me | null>(ME_KEY, (me) => (me ? { ...me, user: { ...me.user, mustChangePassword: false } } : me));
      void client.invalidateQueries({ queryKey: ME_KEY });
    },
  });
}
