/**
 * The island's single polite live region. Result changes are announced (never the first value,
 * so nothing speaks on page load); `say` announces one-off feedback such as "Copied".
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export function useLiveRegion(message: string): [text: string, say: (text: string) => void] {
  const first = useRef(true);
  const [text, setText] = useState('');
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // A short pause lets fast typing settle into one announcement.
    const timer = setTimeout(() => setText(message), 500);
    return () => clearTimeout(timer);
  }, [message]);
  // A trailing no-break space toggles so the same words are announced again.
  const say = useCallback((next: string) => setText((prev) => (prev === next ? `${next}\u00a0` : next)), []);
  return [text, say];
}
