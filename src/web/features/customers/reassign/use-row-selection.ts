import { useCallback, useState } from 'react';

/**
 * Ticked rows of a list, kept only while the list shows the same thing: when `scope` (e.g. the filters) changes,
 * the selection starts empty again.
 */
export function useRowSelection(scope: string) {
  const [state, setState] = useState<{ scope: string; ids: string[] }>({ scope, ids: [] });
  const ids = state.scope === scope ? state.ids : [];
  const set = useCallback((next: string[]) => setState({ scope, ids: next }), [scope]);
  return { ids, set, clear: useCallback(() => setState({ scope, ids: [] }), [scope]) };
}
export type RowSelection = ReturnType<typeof useRowSelection>;
