/**
 * A deferred part (src/islands/frame/Deferred.tsx) keeps the server's HTML until its code is needed
 * and the part is near the screen: on a phone the estimator's chart, far below the field the
 * reader changes, does not load with the first interaction. The observer is swapped for one the
 * test drives (setup.ts's reports every element on screen).
 */
import { act, cleanup, waitFor } from '@testing-library/preact';
import { hydrate, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deferred } from '../../src/islands/frame/Deferred.tsx';

const observed: { target: Element; report: (isIntersecting: boolean) => void; live: boolean }[] = [];
class Driven {
  #callback: IntersectionObserverCallback;
  #mine: (typeof observed)[number][] = [];
  constructor(callback: IntersectionObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element) {
    const entry = {
      target,
      live: true,
      report: (isIntersecting: boolean) => entry.live && this.#callback([{ target, isIntersecting } as IntersectionObserverEntry], this as unknown as IntersectionObserver),
    };
    this.#mine.push(entry);
    observed.push(entry);
  }
  unobserve() {}
  disconnect() {
    for (const e of this.#mine) e.live = false;
  }
  takeRecords() {
    return [];
  }
}

const onScreen = globalThis.IntersectionObserver;
let container: HTMLElement;
beforeEach(() => {
  observed.length = 0;
  globalThis.IntersectionObserver = Driven as unknown as typeof IntersectionObserver;
  container = document.body.appendChild(document.createElement('div'));
  // What the server rendered: the part's HTML inside the deferred element.
  container.innerHTML = '<div data-testid="part"><p>server figures</p></div>';
});
afterEach(() => {
  globalThis.IntersectionObserver = onScreen;
  cleanup();
  container.remove();
});

const Fresh = ({ n }: { n: number }) => <p>fresh figures {n}</p>;

/** Hydrates the part over the server's HTML (current), then, when `changed`, renders it as the island does once the reader's change makes that HTML out of date. */
function hydrateThen(changed: boolean) {
  const load = vi.fn(() => Promise.resolve(Fresh));
  const part = (stale: boolean) => <Deferred load={load} props={{ n: 2 }} needed={stale} stale={stale} testId="part" />;
  act(() => hydrate(part(false), container));
  if (changed) act(() => render(part(true), container));
  return load;
}

describe('Deferred', () => {
  it('keeps the server HTML, marked busy, while a needed part is off screen; loads and renders once it comes near', async () => {
    const load = hydrateThen(true);
    await waitFor(() => expect(observed).toHaveLength(1));
    act(() => observed[0]!.report(false));
    expect(load).not.toHaveBeenCalled();
    const part = container.querySelector('[data-testid="part"]')!;
    expect(part.textContent).toBe('server figures');
    expect(part.getAttribute('aria-busy')).toBe('true');
    act(() => observed[0]!.report(true));
    await waitFor(() => expect(container.textContent).toBe('fresh figures 2'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads nothing and watches nothing while the part is not needed (its HTML is current)', async () => {
    const load = hydrateThen(false);
    await act(async () => {});
    expect(observed).toHaveLength(0);
    expect(load).not.toHaveBeenCalled();
    expect(container.textContent).toBe('server figures');
  });
});
