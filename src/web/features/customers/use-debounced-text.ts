import { useEffect, useState } from 'react';

/** Text typed into a filter box, handed on after a short pause (blank as undefined). */
export function useDebouncedText(current: string | undefined, apply: (text: string | undefined) => void, delay = 300) {
  const [text, setText] = useState(current ?? '');
  useEffect(() => {
    const timer = setTimeout(() => {
      const next = text.trim() || undefined;
      if (next !== current) apply(next);
    }, delay);
    return () => clearTimeout(timer);
  }, [text, current, apply, delay]);
  return [text, setText] as const;
}
