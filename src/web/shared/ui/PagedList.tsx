import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Page } from '../api/types';
import { LoadMore } from './LoadMore';
import { QueryView } from './QueryView';

/** The rows of a keyset-paged query so far, rendered by the caller, with "加载更多" below. */
export function PagedList<T>({ query, children }: { query: UseInfiniteQueryResult<InfiniteData<Page<T>>>; children: (rows: T[], refreshing: boolean) => ReactNode }) {
  return (
    <QueryView query={query}>
      {(data) => {
        const rows = data.pages.flatMap((p) => p.items);
        return (
          <>
            {children(rows, query.isFetching && !query.isFetchingNextPage)}
            <div style={{ paddingBottom: 16 }}>
              <LoadMore shown={rows.length} hasMore={query.hasNextPage} loading={query.isFetchingNextPage} onMore={() => void query.fetchNextPage()} />
            </div>
          </>
        );
      }}
    </QueryView>
  );
}
