/**
 * Shared browser harness for the e2e tests: Debian's Chromium driven by playwright-core, offline,
 * against the built site served by scripts/serve.mjs (which applies dist/_headers). The vitest
 * fixtures in fixtures.ts wrap it (one browser and server per worker, contexts closed and checked
 * after each test); keyboard.ts has the keyboard helpers.
 *
 *   launchBrowser()                                  → Browser
 *   startServer()                                    → { url, close } serving dist/ with headers
 *   newCheckedContext(browser, srvUrl, options?)     → { context, page, problems, dialogs, close }
 *   networkQuiet(page)                               → resolves once no request is in flight
 *   waitForIslands(page)                             → loads lazy elements, wakes every island, waits for hydration; → what it wrote into the HTML
 *   axeViolations(page, label?)                      → axe-core WCAG 2.2 AA violations, one line each
 *   sitePages()                                      → URL paths of every page in dist/sitemap.xml (+ 404 and embeds)
 *
 * `problems` collects, as readable strings: console errors (CSP violations show up there too),
 * `securitypolicyviolation` events, uncaught page errors, responses with status ≥ 400, failed
 * requests and any request to a host other than the local server (those are aborted).
 * `dialogs` collects alert/confirm/prompt dialogs (dismissed). A clean page leaves both empty.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Frame, type Page, type Request } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { WAIT_MS } from './wait.ts';

/** The estimator's on-demand chart and table (src/islands/timeline/Detail.tsx) as a built script path. */
export const DETAIL_SCRIPT = /\/Detail\.[\w-]+\.js$/;
/** The estimator's on-demand "what moves the estimate" and assumptions (src/islands/timeline/Explain.tsx) as a built script path. */
export const EXPLAIN_SCRIPT = /\/Explain\.[\w-]+\.js$/;
/** A calculator island's own entry script (e.g. DecisionIsland.<hash>.js) as a built script path. */
export const ISLAND_SCRIPT = /Island\.[\w-]+\.js$/;
/** Whether the page has loaded a script whose path matches. */
export async function loadedScript(page: Page, script: RegExp): Promise<boolean> {
  const paths = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  return paths.some((p) => script.test(p));
}

/** The built site; DIST_DIR points the tests at another build. */
export const DIST = process.env.DIST_DIR ?? 'dist';
export const CHROMIUM = '/usr/bin/chromium';
/**
 * The browser binary itself. Debian's /usr/bin/chromium is a shell wrapper that adds desktop flags
 * (GPU rasterization, remote extensions, which also turn background networking back on); the tests
 * want none of them, and the binary without them used about a fifth less CPU over the same pages.
 */
const CHROMIUM_BINARY = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : CHROMIUM;
/** playwright-core adds --headless, --no-sandbox, --disable-dev-shm-usage itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Offline and hermetic: nothing but the local server resolves (else Chromium calls Google services).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  // V8 in the pages stops at its baseline compilers: Sparkplug for JavaScript (no Maglev or
  // TurboFan) and Liftoff for WebAssembly (Pagefind's). A test page lives for a few seconds and runs
  // each function a handful of times (axe-core most of all), so the optimizing compilers spent more
  // CPU than they saved. Same code, same results. Measured on 2 cores, 2026-11-26: the site walk's
  // 43 pages took Chromium 46–50 CPU-s instead of 61–72; the e2e project alone 222–232 CPU-s
  // instead of 250–292; the two search files 28–33 instead of 32–37 with Liftoff only. The bench's
  // interaction timings (scripts/bench-interaction.mjs) launch Chromium with its defaults, as readers have it.
  '--js-flags=--max-opt=1,--no-wasm-tier-up',
];

/** Launches headless Chromium (one per worker, see fixtures.ts; share it between tests). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_BINARY, args: CHROMIUM_ARGS });
}

/**
 * Serves dist/ on a free port of 127.0.0.1 with the headers from dist/_headers, plus axe-core at
 * AXE_PATH (see axeViolations).
 */
export function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  return serve(DIST, { headers: true, extra: { [AXE_PATH]: AXE_SOURCE } });
}

export interface CheckedContext {
  context: BrowserContext;
  /** The context's first page. */
  page: Page;
  /** Everything that went wrong so far, one readable line each. */
  problems: string[];
  /** Dialogs (alert, confirm, prompt) the pages opened, as `type: message`; each is dismissed. */
  dialogs: string[];
  close: () => Promise<void>;
}

export interface CheckOptions extends BrowserContextOptions {
  /** Further origins the pages may load from (e.g. a test's own host page); all others are blocked. */
  alsoAllow?: string[];
}

/** Reports CSP violations from inside every page, also ones the console would not show (workers, report-only). */
const CSP_LISTENER = `addEventListener('securitypolicyviolation', (e) => {
  try { window.__reportCsp?.([e.effectiveDirective, e.blockedURI, e.sourceFile + ':' + e.lineNumber, e.sample].join(' | ')); } catch {}
}, true);`;

/** Requests in flight per context, so tests can wait for a quiet network without networkidle's fixed 500 ms. */
interface Traffic {
  inflight: Set<Request>;
  /** Requests started so far: tells a quiet moment from a gap between two requests. */
  started: number;
}
const traffic = new WeakMap<BrowserContext, Traffic>();

/**
 * A fresh browser context that records every problem (see the file comment).
 * @param options passed to browser.newContext (viewport, colorScheme, permissions, …), plus alsoAllow
 * @example
 *   const { page, problems, close } = await newCheckedContext(browser, srv.url);
 *   await page.goto(srv.url + '/tools/decision/');
 *   expect(problems).toEqual([]);
 *   await close();
 */
export async function newCheckedContext(browser: Browser, srvUrl: string, options: CheckOptions = {}): Promise<CheckedContext> {
  const { alsoAllow = [], ...contextOptions } = options;
  const context = await browser.newContext(contextOptions);
  const problems: string[] = [];
  const dialogs: string[] = [];
  const origins = [srvUrl, ...alsoAllow];
  const local = (url: string) => origins.some((o) => url.startsWith(o + '/') || url === o);
  const seen: Traffic = { inflight: new Set(), started: 0 };
  traffic.set(context, seen);
  context.on('request', (r) => {
    seen.inflight.add(r);
    seen.started++;
  });
  context.on('requestfinished', (r) => seen.inflight.delete(r));
  await context.exposeBinding('__reportCsp', ({ page }, text: string) => {
    problems.push(`csp violation on ${page?.url() ?? '?'}: ${text}`);
  });
  await context.addInitScript(CSP_LISTENER);
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error on ${m.page()?.url() ?? '?'}: ${m.text()}`);
  });
  context.on('weberror', (e) => problems.push(`page error on ${e.page()?.url() ?? '?'}: ${e.error().message}`));
  context.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  context.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  context.on('requestfailed', (r) => {
    seen.inflight.delete(r);
    const why = r.failure()?.errorText ?? '';
    // Third-party requests (below) are already reported; ERR_ABORTED is a request the page itself
    // cancelled by navigating away.
    if (local(r.url()) && !/ERR_ABORTED/.test(why)) problems.push(`request failed: ${r.url()} (${why})`);
  });
  // Third-party requests are recorded here and cannot leave the machine: CHROMIUM_ARGS resolve no
  // host but the local server. They are observed, not intercepted: a route on every request sent
  // each one through this process and turned Chromium's HTTP cache off (Playwright disables it
  // while routes are set), so every page fetched and compiled its scripts and fonts again.
  context.on('request', (r) => {
    const url = r.url();
    if (!local(url) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`third-party request: ${url}`);
  });
  // Waits end on their condition; this bounds only a failing one (wait.ts).
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  return { context, page, problems, dialogs, close: () => context.close() };
}

/**
 * Resolves once the page's context has had no request in flight for `quietMs` (late requests,
 * e.g. an island's chunks or a lazy image, are then done and their problems recorded). Like
 * Playwright's 'networkidle', which always waits 500 ms, but it returns as soon as it is quiet.
 * @example await networkQuiet(page);
 */
export async function networkQuiet(page: Page, { quietMs = 100, timeout = WAIT_MS } = {}): Promise<void> {
  const seen = traffic.get(page.context());
  if (!seen) return page.waitForLoadState('networkidle', { timeout });
  const deadline = Date.now() + timeout;
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  for (;;) {
    const started = seen.started;
    if (seen.inflight.size === 0) {
      await pause(quietMs);
      if (seen.inflight.size === 0 && seen.started === started) return;
    } else if (Date.now() > deadline) {
      throw new Error(`network still busy after ${timeout} ms: ${[...seen.inflight].map((r) => r.url()).join(', ')}`);
    } else {
      await pause(20);
    }
  }
}

/**
 * Shows intent to every island that has not hydrated yet (calculators hydrate on client:intent:
 * the reader's first pointer, focus, touch or key inside them), as a reader moving over them would.
 * @example await wakeIslands(page); // then wait for astro-island:not([ssr])
 */
export async function wakeIslands(page: Page | Frame, which: 'all' | 'first' = 'all'): Promise<void> {
  await page.evaluate((first) => {
    const islands = [...document.querySelectorAll('astro-island')].slice(0, first ? 1 : undefined);
    for (const island of islands) {
      if (island.hasAttribute('ssr')) (island.firstElementChild ?? island).dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
    }
  }, which === 'first');
}

/**
 * Brings every lazy element (images, frames) into view so it loads, wakes every island (they
 * hydrate on intent, see wakeIslands), then waits until no island is left un-hydrated (Astro
 * removes the `ssr` attribute after hydrating) and the network is quiet. It no longer scrolls the
 * whole page in viewport steps: no island waits for the viewport any more, and painting every
 * screen of a long guide cost about 0.3 CPU-s a page on 2 cores.
 *
 * Resolves with what hydration wrote into the server's HTML, one line each: text it changed and
 * nodes it added. Hydration should take the server's DOM as it is; it may only remove what works
 * without JavaScript alone (the "Update result" button, questions that do not apply, the embed
 * panel's static copy). Text the server wrote as one node but the island renders as several
 * (`{label} <span>`, `{a}: {b}`), or an empty string rendered as a child, makes Preact rewrite and
 * insert text nodes on the reader's first interaction.
 * @example expect(await waitForIslands(page)).toEqual([]); // then check the page as readers see it
 */
export async function waitForIslands(page: Page, timeout = WAIT_MS): Promise<string[]> {
  await page.evaluate(async () => {
    const w = window as unknown as { __hydrationWrites?: string[]; __hydrationWatch?: MutationObserver };
    const writes: string[] = (w.__hydrationWrites = []);
    const where = (node: Node) => {
      const e = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      return e ? `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/)[0] : ''}` : '?';
    };
    const text = (node: Node) => JSON.stringify((node.textContent ?? '').slice(0, 60));
    w.__hydrationWatch = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') writes.push(`text in ${where(r.target)}: ${JSON.stringify(r.oldValue)} became ${text(r.target)}`);
        for (const node of r.addedNodes) writes.push(`${node.nodeName.toLowerCase()} added to ${where(r.target)}: ${text(node)}`);
      }
    });
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      w.__hydrationWatch.observe(island, { subtree: true, childList: true, characterData: true, characterDataOldValue: true });
    }
    const lazy = [...document.querySelectorAll('[loading="lazy"], astro-island[client="visible"]')];
    if (!lazy.length) return;
    for (const element of lazy) {
      element.scrollIntoView({ block: 'center' });
      // One frame: intersection observers take their reading in it and deliver it after the page scrolls on.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    scrollTo(0, 0);
  });
  await wakeIslands(page);
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout });
  await networkQuiet(page, { timeout });
  return page.evaluate(() => {
    const w = window as unknown as { __hydrationWrites?: string[]; __hydrationWatch?: MutationObserver };
    w.__hydrationWatch?.disconnect();
    return w.__hydrationWrites ?? [];
  });
}

/**
 * Every page to check in a browser: the URL paths in dist/sitemap.xml, plus the pages the
 * sitemap rightly leaves out (404, /embed/<tool>/). Fallback when there is no sitemap: every
 * index.html in dist.
 */
export function sitePages(): string[] {
  const extra = ['/404.html'];
  if (existsSync(`${DIST}/embed`)) {
    for (const d of readdirSync(`${DIST}/embed`, { withFileTypes: true })) {
      if (d.isDirectory() && existsSync(`${DIST}/embed/${d.name}/index.html`)) extra.push(`/embed/${d.name}/`);
    }
  }
  let listed: string[];
  if (existsSync(`${DIST}/sitemap.xml`)) {
    listed = [...readFileSync(`${DIST}/sitemap.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  } else {
    listed = (readdirSync(DIST, { recursive: true }) as string[])
      .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
      .map((f) => '/' + f.replace(/(^|\/)index\.html$/, '$1'));
  }
  return [...new Set([...listed, ...extra.filter((p) => existsSync(DIST + (p.endsWith('/') ? p + 'index.html' : p)))])].sort();
}

/** The WCAG 2.0/2.1/2.2 A and AA rule tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The WCAG A/AA rules whose outcome depends on colours: all that can change when the same page is
 * checked again in the other colour scheme (`colorsOnly`). About a quarter of a full run's time.
 */
const COLOR_RULES = ['color-contrast', 'link-in-text-block'];
/**
 * What axe loads before the rules that ask for it. By default it also fetches every stylesheet
 * again and parses it (its `cssom` asset); of our WCAG rules only `no-autoplay-audio` asks, for
 * `media`, and `cssom` serves `css-orientation-lock` alone, an experimental rule axe does not run.
 * The same rules with the same inputs, and a run a fifth to a third shorter (a tool page 455 → 300 ms).
 */
const AXE_PRELOAD = { assets: ['media'] };

// axe-core itself (the engine @axe-core/playwright wraps), loaded once per page: AxeBuilder
// re-injects it on every analyze() and takes ~2.5 s per call on 2 cores. The test server serves it
// beside the site (CSP script-src 'self' allows it), so Chromium keeps its compiled code from page
// to page: ~70 ms a page after the first, against ~270 ms for evaluating the 654 KB source again.
const requireFromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(requireFromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_PATH = '/__test__/axe.min.js';

/** Waits until CSS transitions and animations (e.g. after a theme change) have finished. */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 }).catch(() => undefined);
}

/**
 * axe-core violations of the WCAG 2.2 AA tags on the page as it is now, one readable line each
 * (rule, count, first targets, why). Iframes are skipped: each embed page is checked on its own.
 * `colorsOnly` runs just the colour rules: for the same page again after a colour-scheme switch.
 * @example expect(await axeViolations(page, 'dark')).toEqual([]);
 */
export async function axeViolations(page: Page, label = '', { colorsOnly = false } = {}): Promise<string[]> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) {
    // A page on another origin (a test's own host page) has no AXE_PATH: evaluate the source there.
    await page.addScriptTag({ url: AXE_PATH }).catch(() => page.evaluate(AXE_SOURCE));
  }
  const runOnly = colorsOnly ? { type: 'rule', values: COLOR_RULES } : { type: 'tag', values: WCAG_TAGS };
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { ...options, resultTypes: ['violations'], iframes: false })
        .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }))),
    { runOnly, preload: AXE_PRELOAD },
  );
  return violations.map(
    (v) =>
      `${label ? `[${label}] ` : ''}${v.id} ×${v.nodes.length}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')} — ${(v.nodes[0]?.failureSummary ?? '').split('\n').slice(0, 2).join(' ')}`,
  );
}

interface AxeViolation {
  id: string;
  nodes: { target: string[]; failureSummary?: string }[];
}
