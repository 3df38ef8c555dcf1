import { useEffect, useState } from 'preact/hooks';

/**
 * False during the server render and the hydration render, true once the island is live, so the
 * first client render matches the server HTML exactly (no mismatch, no layout shift).
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
