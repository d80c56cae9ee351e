import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, hasCode } from '../shared/api/client';
import { endSessionLocally, requirePasswordChange } from './session';

/** A request the server refused for the session's sake: 401 goes to login, 403 PASSWORD_CHANGE_REQUIRED to the change page. */
function onSessionError(client: QueryClient, err: unknown): void {
  if (hasCode(err, 'UNAUTHENTICATED', 'SESSION_EXPIRED')) endSessionLocally(client, err.code);
  else if (hasCode(err, 'PASSWORD_CHANGE_REQUIRED')) requirePasswordChange(client);
}

/** Client errors (4xx) will not change on a second try; network and server errors may. */
function shouldRetry(failures: number, err: unknown): boolean {
  if (err instanceof ApiError && err.status >= 400 && err.status < 500) return false;
  return failures < 2;
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (err) => onSessionError(client, err) }),
    mutationCache: new MutationCache({ onError: (err) => onSessionError(client, err) }),
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
  return client;
}
