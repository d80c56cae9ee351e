import { useEffect, useRef, useState } from 'react';

/**
 * Text typed into a filter box, handed on after a short pause (blank as undefined). The latest `apply` is kept in a
 * ref, so that re-renders of the page (a list refetching) do not restart the pause.
 */
export function useDebouncedText(current: string | undefined, apply: (text: string | undefined) => void, delay = 300) {
  const [text, setText] = useState(current ?? '');
  const applyRef = useRef(apply);
  useEffect(() => {
    applyRef.current = apply;
  });
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = text.trim() || undefined;
      if (next !== current) applyRef.current(next);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, current, delay]);
  return [text, setText] as const;
}
