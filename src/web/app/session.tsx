import { useQuery, type QueryClient } from '@tanstack/react-query';
import { createContext, useContext } from 'react';
import type { Action } from '../../domain/identity/policies';
import { api, ApiError, type ClientErrorCode } from '../shared/api/client';
import type { Me } from '../shared/api/types';

export const ME_KEY = ['me'] as const;

/** The signed-in person, or null when there is no valid session. */
async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/auth/me');
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return null;
    throw err;
  }
}

export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 5 * 60_000, retry: 1 });
}

let signOutReason: ClientErrorCode | null = null;

/** Forgets the session and everything loaded under it; the guards then send the browser to the login page. */
export function endSessionLocally(client: QueryClient, reason: ClientErrorCode | null = null): void {
  signOutReason = reason;
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
  client.setQueryData(ME_KEY, null);
}

/** Why the last session ended (expired, signed out elsewhere); null after a deliberate sign-out or a new sign-in. */
export function lastSignOutReason(): ClientErrorCode | null {
  return signOutReason;
}

/** Stores the person who just signed in as the session. */
export function startSession(client: QueryClient, me: Me): void {
  signOutReason = null;
  client.setQueryData(ME_KEY, me);
}

/** Marks the session as needing a new password; the guards then show the forced change page. */
export function requirePasswordChange(client: QueryClient): void {
  client.setQueryData<Me | null>(ME_KEY, (me) => (me ? { ...me, user: { ...me.user, mustChangePassword: true } } : me));
}

export interface Session {
  me: Me;
  can: (action: Action) => boolean;
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in person; only inside RequireSession. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside RequireSession');
  return session;
}
