import { useEffect, useState } from 'preact/hooks';

/**
 * A module an island loads with import() once it is live (or once `when` turns true), so its code
 * stays out of what the reader's first interaction waits for: hand-off links, pins, export, the
 * embed kit. null until it has arrived (and always during the server render), so the island must
 * render something sensible without it.
 * @example const links = useLazy(() => import('./links.ts'), hydrated);
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
