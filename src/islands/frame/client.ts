/**
 * The browser half of the Preact renderer, in place of `@astrojs/preact/client.js` (astro.config.mjs
 * aliases that module here). Our islands take props only: no slots or children, no signals in props,
 * no `client:only`, no view transitions. So hydrating is all there is, and this lives in the shared
 * frame chunk instead of a file of its own: about 0.4 KB less per calculator than the stock entry,
 * which also carries signal props, slots, island id masks and unmounting.
 * tests/dist/preact-client.test.ts checks that no island is given children or a slot.
 */
import { h, hydrate, type ComponentType } from 'preact';

export default (element: HTMLElement) => (Component: ComponentType<Record<string, unknown>>, props: Record<string, unknown>) => {
  if (element.hasAttribute('ssr')) hydrate(h(Component, props), element);
};
