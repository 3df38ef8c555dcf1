/**
 * The vitest `test` for the browser tests, with fixtures:
 * - `site` (per worker): one Chromium and one server for dist/, shared by every test the worker runs;
 * - `open` (per test): opens a page in a fresh checked context (helpers.ts); after the test every
 *   context it opened is closed and must have recorded no problem and no dialog;
 * - `pages` (per file): checked pages reused from test to test, for read-only checks of many pages
 *   (a new context costs a renderer process, ~0.5–1 s on 2 cores);
 * Browser tests run concurrently (`describe.concurrent`), but `open` and `pages` lend a browser to
 * at most TESTS_AT_ONCE tests of a file at once; tests without a browser never wait.
 * Use `test.for` (not `test.each`) for tables: only it passes the fixtures. Take `expect` from the
 * test context too: tests run concurrently, and expect.poll needs to know which test it is in.
 */
import { test as base, expect } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, newCheckedContext, startServer, waitForIslands, wakeIslands, type CheckOptions, type CheckedContext } from './helpers.ts';

/**
 * Browser tests running at once. Two keep both cores busy while one test waits on the browser;
 * more only queue on the CPU (vitest's own maxConcurrency is 5).
 */
const TESTS_AT_ONCE = 2;

export { WAIT_MS } from './wait.ts';

export interface Site {
  browser: Browser;
  /** The server's origin, e.g. http://127.0.0.1:40123 (no trailing slash). */
  url: string;
}

export interface OpenOptions extends CheckOptions {
  /**
   * What to wait for after the load event: 'hydrated', the first island is interactive (tool
   * pages: an earlier key press would hit the bare form); 'islands', every island is hydrated
   * and the network is quiet.
   */
  wait?: 'load' | 'hydrated' | 'islands';
}

/** Opens a site path (or a full URL) in a fresh checked context. */
export type Open = (target: string, options?: OpenOptions) => Promise<CheckedContext>;

/** Checked pages lent to one test at a time; a page keeps its context from test to test. */
export interface PagePool {
  use<T>(check: (checked: CheckedContext) => Promise<T>): Promise<T>;
}

const VIEWPORT = { width: 1280, height: 900 };

/** Context options every test starts from. */
const DEFAULTS: CheckOptions = {
  viewport: VIEWPORT,
  // The "Copy link" and "Copy code" buttons write to the clipboard; without the permission they fail.
  permissions: ['clipboard-read', 'clipboard-write'],
};

/** The pool's pages: light mode and no motion, so whole-page checks (axe, layout) need no waiting for animations. */
const POOL_OPTIONS = { ...DEFAULTS, colorScheme: 'light', reducedMotion: 'reduce' } as const;

/** A counting semaphore: `acquire` resolves when one of `size` places is free and returns its release. */
function places(size: number) {
  let free = size;
  const queue: (() => void)[] = [];
  return async (): Promise<() => void> => {
    if (free > 0) free--;
    else await new Promise<void>((r) => queue.push(r));
    return () => {
      const next = queue.shift();
      if (next) next();
      else free++;
    };
  };
}
const acquireSlot = places(TESTS_AT_ONCE);

/** Waits for what `wait` names (see OpenOptions). */
async function arrive({ page }: CheckedContext, wait: OpenOptions['wait']): Promise<void> {
  if (wait === 'hydrated') {
    await wakeIslands(page, 'first');
    await page.locator('astro-island:not([ssr])').first().waitFor();
  }
  if (wait === 'islands') await waitForIslands(page);
}

/** Everything a test's checked contexts recorded, labelled by the page each started on. */
function leftovers(opened: { label: string; checked: CheckedContext }[]): string[] {
  return opened.flatMap(({ label, checked }) => [...checked.problems, ...checked.dialogs.map((d) => `dialog: ${d}`)].map((p) => `${label}: ${p}`));
}

export const test = base
  .extend('site', { scope: 'worker' }, async ({}, { onCleanup }): Promise<Site> => {
    const [browser, server] = await Promise.all([launchBrowser(), startServer()]);
    onCleanup(async () => {
      await browser.close();
      await server.close();
    });
    return { browser, url: server.url };
  })
  .extend('open', async ({ site }, { onCleanup }): Promise<Open> => {
    const release = await acquireSlot();
    const opened: { label: string; checked: CheckedContext }[] = [];
    onCleanup(async () => {
      try {
        expect(leftovers(opened), 'console/page errors, CSP violations, ≥400 responses, third-party requests, dialogs').toEqual([]);
      } finally {
        await Promise.all(opened.map(({ checked }) => checked.close()));
        release();
      }
    });
    return async (target, { wait = 'load', ...options } = {}) => {
      const checked = await newCheckedContext(site.browser, site.url, { ...DEFAULTS, ...options });
      opened.push({ label: target, checked });
      await checked.page.goto(/^https?:/.test(target) ? target : site.url + target, { waitUntil: 'load' });
      await arrive(checked, wait);
      return checked;
    };
  })
  .extend('pages', { scope: 'file' }, async ({ site }, { onCleanup }): Promise<PagePool> => {
    // A page is lent only with a slot, so the pool grows to TESTS_AT_ONCE pages at most.
    const made: Promise<CheckedContext>[] = [];
    const idle: CheckedContext[] = [];
    onCleanup(async () => {
      await Promise.all(made.map(async (c) => (await c).close()));
    });
    return {
      async use(check) {
        const release = await acquireSlot();
        let checked = idle.pop();
        try {
          if (!checked) {
            const making = newCheckedContext(site.browser, site.url, POOL_OPTIONS);
            made.push(making);
            checked = await making;
          }
          // A fresh start: nothing recorded, the pool's own emulation and viewport again.
          checked.problems.length = 0;
          checked.dialogs.length = 0;
          await checked.page.setViewportSize(VIEWPORT);
          await checked.page.emulateMedia({ media: 'screen', colorScheme: POOL_OPTIONS.colorScheme, reducedMotion: POOL_OPTIONS.reducedMotion });
          return await check(checked);
        } finally {
          if (checked) idle.push(checked);
          release();
        }
      },
    };
  });
