/**
 * Text for the island's single polite live region: result changes are announced after a short
 * pause (fast typing settles into one announcement); the first value is not, so nothing speaks on
 * page load.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useLiveRegion(message: string): string {
  const first = useRef(true);
  const [text, setText] = useState('');
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const timer = setTimeout(() => setText(message), 500);
    return () => clearTimeout(timer);
  }, [message]);
  return text;
}
