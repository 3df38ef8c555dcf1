/**
 * Component tests wait on conditions (`waitFor`, `findBy…`), never on time. Testing Library's
 * default bound for such a wait is 1 s, which a loaded 2-core machine can exceed when a test
 * first imports code on demand (the estimator's export and pins load with import()). The bound
 * only caps a wait that is already polling for its condition, so a passing test is no slower.
 */
import { configure } from '@testing-library/preact';

configure({ asyncUtilTimeout: 15_000 });

/**
 * happy-dom's IntersectionObserver never reports. Islands load parts when they come near the
 * screen (frame/Deferred.tsx) and show the result bar by what is on screen, so here every
 * observed element is on screen, reported once, as a browser reports a visible element on observe.
 * tests/islands/deferred.test.tsx swaps in its own observer to test the off-screen case.
 */
class OnScreen {
  #callback: IntersectionObserverCallback;
  #live = true;
  constructor(callback: IntersectionObserverCallback) {
    this.#callback = callback;
  }
  observe(target: Element) {
    queueMicrotask(() => this.#live && this.#callback([{ target, isIntersecting: true } as IntersectionObserverEntry], this as unknown as IntersectionObserver));
  }
  unobserve() {}
  disconnect() {
    this.#live = false;
  }
  takeRecords() {
    return [];
  }
}
globalThis.IntersectionObserver = OnScreen as unknown as typeof IntersectionObserver;
