import type { QueryClient } from '@tanstack/react-query';

/**
 * People and offices show up in each other's lists, on the home page and in the header (an administrator
 * may have changed their own name or office): refresh them together.
 */
export function invalidateDirectory(client: QueryClient): Promise<void> {
  return client.invalidateQueries({ predicate: (q) => ['users', 'offices', 'home', 'audit', 'me'].includes(String(q.queryKey[0])) });
}
