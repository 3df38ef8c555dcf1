import { useEffect, useState } from 'preact/hooks';

/**
 * A module an island loads with import() once `when` turns true (the reader opens or uses the part
 * that needs it), so its code stays out of what the reader's first interaction waits for: pins, the
 * embed kit, the estimator's detail (Deferred.tsx builds on this). null until it has arrived (and
 * always during the server render), so the island must render something sensible without it.
 * @example const pinned = useLazy(() => import('./Pins.tsx'), pins.length > 0);
 */
export function useLazy<T>(load: () => Promise<T>, when: boolean): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    if (!when || mod) return;
    let live = true;
    void load().then((m) => live && setMod(() => m));
    return () => {
      live = false;
    };
  }, [when]);
  return mod;
}
