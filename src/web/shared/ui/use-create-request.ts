import { useEffect } from 'react';
import { useSearchParams } from 'react-router';

/** Runs `open` once when the page is reached with `?create=1` (the home page's shortcuts), then drops the parameter. */
export function useCreateRequest(allowed: boolean, open: () => void): void {
  const [params, setParams] = useSearchParams();
  const requested = params.get('create') === '1';
  useEffect(() => {
    if (!requested) return;
    if (allowed) open();
    setParams(
      (p) => {
        p.delete('create');
        return p;
      },
      { replace: true },
    );
  }, [requested, allowed, open, setParams]);
}
