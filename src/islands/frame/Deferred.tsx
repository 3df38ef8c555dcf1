/**
 * A part of an island whose code loads on demand (the estimator's phase chart and table, its
 * explanations). The server renders it in full, so the page reads the same with JavaScript off.
 * In the browser, until its code has loaded, the element keeps the server's HTML: Preact's
 * hydration leaves an element with `dangerouslySetInnerHTML` untouched, and later renders with
 * the same empty markup change nothing. The code loads when the part is `needed` (e.g. the result
 * changed while it is open) and near the screen, or when there is no server HTML to keep (a
 * client-only render). Near: within half a screen of the viewport, so on a phone, where the
 * estimator's chart sits far below the field the reader changes, the chart's code waits until the
 * reader scrolls towards it instead of riding on the first interaction. While the kept HTML is out
 * of date (`stale`) the element says so with aria-busy. Built on useLazy (./lazy.ts), the island's
 * one way to load a part on demand.
 */
import type { ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLazy } from './lazy.ts';

export interface DeferredProps<P> {
  /** Loads the component (a dynamic import()). */
  load: () => Promise<ComponentType<P>>;
  /** The component itself where it is already at hand: the server render (import.meta.env.SSR). */
  ready?: ComponentType<P> | undefined;
  props: P;
  /** Load once near the screen: the kept HTML no longer matches and the part is open. */
  needed: boolean;
  /** The kept HTML no longer matches the island's state. */
  stale: boolean;
  class?: string;
  testId?: string;
}

/** How close to the viewport a needed part must come before its code loads. */
const NEAR = '50% 0px';

/** Whether the element has come near the viewport (see NEAR) since `watch` turned true; stays true once it has. Without IntersectionObserver, always. */
function useNear(ref: { current: Element | null }, watch: boolean): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (near || !watch || !element) return;
    if (typeof IntersectionObserver === 'undefined') return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), { rootMargin: NEAR });
    observer.observe(element);
    return () => observer.disconnect();
  }, [watch, near]);
  return near;
}

export function Deferred<P extends object>({ load, ready, props, needed, stale, class: cls, testId }: DeferredProps<P>) {
  const ref = useRef<HTMLDivElement>(null);
  // A client-only render has no server HTML to keep: load at once.
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    if (ref.current?.childNodes.length === 0) setEmpty(true);
  }, []);
  const near = useNear(ref, !ready && needed);
  const loaded = useLazy(load, !ready && ((needed && near) || empty));
  const Part = ready ?? loaded;
  if (Part) {
    return (
      <div class={cls} data-testid={testId}>
        <Part {...props} />
      </div>
    );
  }
  return <div ref={ref} class={cls} data-testid={testId} aria-busy={stale ? 'true' : undefined} dangerouslySetInnerHTML={{ __html: '' }} />;
}
