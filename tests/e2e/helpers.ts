/**
 * Shared browser harness for the e2e tests: Debian's Chromium driven by playwright-core, offline,
 * against the built site served by scripts/serve.mjs (which applies dist/_headers).
 *
 * Small, stable API (tools.test.ts and embed.test.ts import it too):
 *   launchBrowser()                                  → Browser
 *   startServer()                                    → { url, close } serving dist/ with headers
 *   newCheckedContext(browser, srvUrl, options?)     → { context, page, problems, close }
 *   waitForIslands(page)                             → scrolls the page so every client:visible island hydrates
 *   axeViolations(page, label?)                      → axe-core WCAG 2.2 AA violations, one line each
 *   sitePages()                                      → URL paths of every page in dist/sitemap.xml (+ 404 and embeds)
 *
 * `problems` collects, as readable strings: console errors (CSP violations show up there too),
 * `securitypolicyviolation` events, uncaught page errors, responses with status ≥ 400, failed
 * requests and any request to a host other than the local server (those are aborted).
 * A test ends with `expect(problems).toEqual([])`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

/** The built site; DIST_DIR points the tests at another build. */
export const DIST = process.env.DIST_DIR ?? 'dist';
export const CHROMIUM = '/usr/bin/chromium';
/** playwright-core adds --headless, --no-sandbox, --disable-dev-shm-usage itself. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  // Offline and hermetic: nothing but the local server resolves (else Chromium calls Google services).
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

/** Launches headless Chromium (one per test file; share it between tests). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Serves dist/ on a free port of 127.0.0.1 with the headers from dist/_headers. */
export function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  return serve(DIST, { headers: true });
}

export interface CheckedContext {
  context: BrowserContext;
  /** The context's first page. */
  page: Page;
  /** Everything that went wrong so far, one readable line each. */
  problems: string[];
  close: () => Promise<void>;
}

/** Reports CSP violations from inside every page, also ones the console would not show (workers, report-only). */
const CSP_LISTENER = `addEventListener('securitypolicyviolation', (e) => {
  try { window.__reportCsp?.([e.effectiveDirective, e.blockedURI, e.sourceFile + ':' + e.lineNumber, e.sample].join(' | ')); } catch {}
}, true);`;

/**
 * A fresh browser context that records every problem (see the file comment).
 * @param options passed to browser.newContext (viewport, colorScheme, permissions, …)
 * @example
 *   const { page, problems, close } = await newCheckedContext(browser, srv.url);
 *   await page.goto(srv.url + '/tools/decision/');
 *   expect(problems).toEqual([]);
 *   await close();
 */
export async function newCheckedContext(
  browser: Browser,
  srvUrl: string,
  options: BrowserContextOptions = {},
): Promise<CheckedContext> {
  const context = await browser.newContext(options);
  const problems: string[] = [];
  const local = (url: string) => url.startsWith(srvUrl + '/') || url === srvUrl;
  await context.exposeBinding('__reportCsp', ({ page }, text: string) => {
    problems.push(`csp violation on ${page?.url() ?? '?'}: ${text}`);
  });
  await context.addInitScript(CSP_LISTENER);
  context.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error on ${m.page()?.url() ?? '?'}: ${m.text()}`);
  });
  context.on('weberror', (e) => problems.push(`page error on ${e.page()?.url() ?? '?'}: ${e.error().message}`));
  context.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  context.on('requestfailed', (r) => {
    const why = r.failure()?.errorText ?? '';
    // Aborts we cause (third-party, below) are already reported; ERR_ABORTED is a request the
    // page itself cancelled by navigating away.
    if (local(r.url()) && !/ERR_ABORTED/.test(why)) problems.push(`request failed: ${r.url()} (${why})`);
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (local(url) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`third-party request: ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  return { context, page, problems, close: () => context.close() };
}

/**
 * Scrolls to the bottom in viewport steps (client:visible islands hydrate when seen), then waits
 * until no island is left un-hydrated (Astro removes the `ssr` attribute after hydrating) and the
 * network is idle.
 */
export async function waitForIslands(page: Page, timeout = 15_000): Promise<void> {
  await page.evaluate(async () => {
    // Nothing waits for the viewport (no island, no lazy image or frame): no need to scroll.
    if (!document.querySelector('astro-island, [loading="lazy"]')) return;
    const step = Math.max(200, innerHeight - 50);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
    }
    scrollTo(0, 0);
  });
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0, undefined, { timeout });
  await page.waitForLoadState('networkidle');
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

// axe-core itself (the engine @axe-core/playwright wraps), injected once per page: AxeBuilder
// re-injects it on every analyze() and takes ~2.5 s per call on 2 cores; this takes ~0.4 s.
const requireFromAxePlaywright = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const AXE_SOURCE = readFileSync(requireFromAxePlaywright.resolve('axe-core/axe.min.js'), 'utf8');

/** Waits until CSS transitions and animations (e.g. after a theme change) have finished. */
export async function settle(page: Page): Promise<void> {
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 5_000 })
    .catch(() => undefined);
}

/**
 * axe-core violations of the WCAG 2.2 AA tags on the page as it is now, one readable line each
 * (rule, count, first targets, why). Iframes are skipped: each embed page is checked on its own.
 * @example expect(await axeViolations(page, 'dark')).toEqual([]);
 */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  await settle(page);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
        .run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], iframes: false })
        .then((r) => r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }))),
    WCAG_TAGS,
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
