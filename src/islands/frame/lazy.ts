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

/** The handlers that show a reader is about to use a part: pointer, focus or touch reaching it. */
export type IntentHandlers = { onPointerEnter: () => void; onFocusIn: () => void; onTouchStart: () => void };

/**
 * A module a part loads on the reader's intent towards it (spread `intent` on the part), such as
 * the code that builds hand-off links with the reader's answers: until it arrives the links point
 * at the plain tool pages, and a click that comes first waits for it (`follow`).
 * @example const links = useOnIntent(() => import('./on-demand.ts')); <p {...links.intent}>…</p>
 */
export function useOnIntent<T>(load: () => Promise<T>): {
  mod: T | null;
  intent: IntentHandlers;
  follow: (e: MouseEvent, href: (m: T) => string, act?: (m: T) => boolean) => void;
} {
  const [wanted, setWanted] = useState(false);
  const mod = useLazy(load, wanted);
  const want = () => setWanted(true);
  /**
   * A click on a link the module builds: `act` may handle it in the page (it returns true); else
   * the link is followed. When the module is not here yet, a plain click waits for it and then
   * goes to `href` (in a new tab for target=_blank), since the link's own address does not carry
   * the reader's answers yet; a click with a modifier key or another button keeps the browser's way.
   */
  const follow = (e: MouseEvent, href: (m: T) => string, act?: (m: T) => boolean) => {
    if (mod) {
      if (act?.(mod)) e.preventDefault();
      return;
    }
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    const target = (e.currentTarget as HTMLAnchorElement | null)?.target;
    void load().then((m) => {
      if (act?.(m)) return;
      if (target === '_blank') window.open(href(m), '_blank', 'noopener');
      else location.assign(href(m));
    });
  };
  return { mod, intent: { onPointerEnter: want, onFocusIn: want, onTouchStart: want }, follow };
}
