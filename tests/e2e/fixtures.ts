/**
 * The vitest `test` for the browser tests, with fixtures:
 * - `site` (per worker): one Chromium and one server for dist/, shared by every test the worker runs;
 * - `open` (per test): opens a page in a checked context (helpers.ts) that no other test is using;
 *   after the test every context it opened must have recorded no problem and no dialog, and is
 *   reset and kept for a later test with the same options (see idleContexts);
 * - `pages` (per file): checked pages reused from test to test, for read-only checks of many pages
 *   (a new context costs a renderer process, ~0.5–1 s on 2 cores);
 * Browser tests run concurrently (`describe.concurrent`), but `open` and `pages` lend a browser to
 * at most TESTS_AT_ONCE tests of a worker at once; tests without a browser never wait. A test takes
 * `open` or `pages`, never both: each holds a place until the test ends.
 * Use `test.for` (not `test.each`) for tables: only it passes the fixtures. Take `expect` from the
 * test context too: tests run concurrently, and expect.poll needs to know which test it is in.
 */
import { test as base, expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newCheckedContext, startServer, waitForIslands, wakeIslands, type CheckOptions, type CheckedContext } from './helpers.ts';

/**
 * Browser tests a worker runs at once. One: the two vitest workers already keep both cores busy,
 * and each extra page rendering at the same time made Chromium burn more CPU for the same work
 * (the whole e2e project: 442 CPU-s with two at once, 341 with one, same machine load).
 */
const TESTS_AT_ONCE = 1;

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
  /**
   * A context no other test has used and none will reuse: for a test that changes the context
   * itself (routes, CDP throttling), which a reset could not undo.
   */
  fresh?: boolean;
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

/**
 * Contexts `open` lends out, kept per browser and server (`site`) between tests and keyed by their options. A new
 * context costs Chromium a renderer process: about 1.6 CPU-s on this 2-core machine, against 0.7
 * for a page load in a context that exists (measured over 16 loads each). Between tests a context
 * is reset to what a first visit sees: one blank page, no cookies, no local or session storage
 * for any origin it was allowed, nothing recorded; the next test's emulation and viewport are set
 * when it is lent (`emulate`). Its HTTP cache
 * stays, as a returning reader's would. A context that recorded a problem is closed, not reused,
 * and so is one a test asked to have fresh.
 */
const idleContexts = new WeakMap<Site, Map<string, CheckedContext[]>>();
const idleFor = (site: Site) => idleContexts.get(site) ?? idleContexts.set(site, new Map()).get(site)!;

/**
 * What a page can change after its context exists (`emulate` sets them on every lend), so contexts
 * that differ only in these are interchangeable: a test at 390 px and one in dark mode reuse the
 * context a 1,280 px test left, instead of each paying for a new one.
 */
const EMULATED = new Set(['viewport', 'colorScheme', 'reducedMotion']);
/** The options that make two contexts interchangeable, as one string. */
const signature = (options: CheckOptions) =>
  JSON.stringify(
    Object.fromEntries(Object.entries(options).filter(([k]) => !EMULATED.has(k))),
    (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v),
  );

/** Gives a page the emulated options a test asked for (see EMULATED). */
async function emulate(page: Page, options: CheckOptions): Promise<void> {
  await page.emulateMedia({ media: 'screen', colorScheme: options.colorScheme ?? 'light', reducedMotion: options.reducedMotion ?? 'no-preference' });
  if (options.viewport) await page.setViewportSize(options.viewport);
}

async function resetContext(checked: CheckedContext, origins: string[]): Promise<boolean> {
  const { context, page } = checked;
  if (page.isClosed()) return false;
  await Promise.all(context.pages().filter((p) => p !== page).map((p) => p.close()));
  await page.goto('about:blank');
  await context.clearCookies();
  const cdp = await context.newCDPSession(page);
  try {
    for (const origin of origins) await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  } finally {
    await cdp.detach();
  }
  checked.problems.length = 0;
  checked.dialogs.length = 0;
  return true;
}

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
    const opened: { label: string; checked: CheckedContext; key: string | undefined; options: CheckOptions }[] = [];
    onCleanup(async () => {
      try {
        expect(leftovers(opened), 'console/page errors, CSP violations, ≥400 responses, third-party requests, dialogs').toEqual([]);
      } finally {
        const clean = leftovers(opened).length === 0;
        await Promise.all(
          opened.map(async ({ checked, key, options }) => {
            const origins = [site.url, ...(options.alsoAllow ?? [])];
            const reusable = clean && key !== undefined && (await resetContext(checked, origins).catch(() => false));
            if (reusable) idleFor(site).set(key, [...(idleFor(site).get(key) ?? []), checked]);
            else await checked.close();
          }),
        );
        release();
      }
    });
    return async (target, { wait = 'load', fresh = false, ...options } = {}) => {
      const contextOptions = { ...DEFAULTS, ...options };
      const key = fresh ? undefined : signature(contextOptions);
      const idle = key !== undefined ? idleFor(site).get(key)?.pop() : undefined;
      if (idle) await emulate(idle.page, contextOptions);
      const checked = idle ?? (await newCheckedContext(site.browser, site.url, contextOptions));
      opened.push({ label: target, checked, key, options: contextOptions });
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
