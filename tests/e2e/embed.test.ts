/**
 * The embed kit across origins: a test page on another port (a second, plain HTTP server) frames
 * /embed/<tool>/ and loads /embed.js from the site. The frame reports its height with
 * { type: 'train-or-optimize:resize', height } and embed.js sizes it; messages from any other
 * origin, or from a window that is not one of the site's iframes, change nothing.
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { describe } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { DIST, wakeIslands, type CheckedContext } from './helpers.ts';
import { test as siteTest } from './fixtures.ts';

/** The embedding page: our iframe and script, plus a same-origin decoy frame that tries to resize ours. */
const hostPage = (siteUrl: string, tool: string, query = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body>
  <h1>Someone else's page</h1>
  <iframe id="embed" src="${siteUrl}/embed/${tool}/${query}" title="Calculator" width="100%" height="150"></iframe>
  <iframe id="decoy" src="/decoy" title="Decoy" width="300" height="50"></iframe>
  <script src="${siteUrl}/embed.js" defer></script>
</body></html>`;

const test = siteTest
  /** Someone else's site: a second, plain HTTP server on another port serving hostPage. */
  .extend('hostUrl', { scope: 'file' }, async ({ site }, { onCleanup }): Promise<string> => {
    const host = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://host');
      if (url.pathname === '/decoy') {
        res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Decoy</title><p>decoy</p>');
        return;
      }
      const tool = url.searchParams.get('tool') ?? 'decision';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostPage(site.url, tool, url.searchParams.get('q') ?? ''));
    });
    await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
    onCleanup(() => new Promise<void>((ok) => host.close(() => ok())));
    const address = host.address();
    return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  })
  /** Opens the host page framing /embed/<tool>/<query>, once the embed's island is hydrated. */
  .extend('openHost', async ({ open, hostUrl }) => async (tool: string, query = ''): Promise<CheckedContext & { frame: Frame }> => {
    // The host page lives on another origin, so the checked context allows it too.
    const checked = await open(`${hostUrl}/?tool=${tool}&q=${encodeURIComponent(query)}`, { viewport: { width: 1000, height: 800 }, alsoAllow: [hostUrl] });
    const frame = checked.page.frame({ url: (u) => u.pathname === `/embed/${tool}/` }) as Frame;
    await frame.locator('astro-island').first().waitFor({ state: 'attached' });
    await wakeIslands(frame); // hydration on intent: a reader's pointer over the calculator
    await frame.locator('astro-island:not([ssr])').first().waitFor();
    return { ...checked, frame };
  });

/** The frame's inner height (its border excluded). */
const embedHeight = (page: Page) => page.locator('#embed').evaluate((f) => (f as HTMLIFrameElement).clientHeight);
/** How far the frame's height is from its content's (0 once embed.js has applied the last report). */
const heightGap = async (page: Page, frame: Frame) =>
  Math.abs((await embedHeight(page)) - (await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height))));
/**
 * Waits until the frame has been sized to its settled content: every island hydrated and the
 * height within 2 px of the content's. (Past 400 px alone is not enough on a busy machine: the
 * content can still be growing, so a height read then changes later.)
 */
async function sized(page: Page, frame: Frame, expect: { poll: (fn: () => Promise<number>) => { toBeLessThanOrEqual: (n: number) => Promise<void> } }) {
  await frame.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
  await expect.poll(() => heightGap(page, frame)).toBeLessThanOrEqual(2);
  return embedHeight(page);
}

describe.concurrent('embed kit', () => {
  test('embed.js stays under 1 KB (brotli) and plain', ({ expect }) => {
    const source = readFileSync(`${DIST}/embed.js`);
    expect(brotliCompressSync(source).length).toBeLessThan(1024);
    expect(source.toString()).not.toMatch(/\bimport\b|\brequire\(/);
  });

  test.for(['decision', 'comparison', 'timeline', 'payback'])('the %s embed sizes its iframe on another origin', async (tool, { openHost, expect }) => {
    const { page, frame } = await openHost(tool);
    expect(await sized(page, frame, expect)).toBeGreaterThan(400);
    // Attribution back to the full tool, opening outside the frame.
    const attribution = frame.locator('[data-embed-attribution]');
    expect(await attribution.getAttribute('href')).toMatch(new RegExp(`/tools/${tool}/$`));
    expect(await attribution.getAttribute('target')).toBe('_blank');
  });

  test('the frame follows its content as it grows and shrinks', async ({ openHost, expect }) => {
    const { page, frame } = await openHost('comparison');
    const full = await sized(page, frame, expect);
    expect(full).toBeGreaterThan(400);
    await frame.getByLabel('Search the table').fill('calibration');
    await expect.poll(() => embedHeight(page)).toBeLessThan(full - 100);
    await frame.getByLabel('Search the table').fill('');
    await expect.poll(() => embedHeight(page)).toBeGreaterThan(full - 5);
  });

  test('ignores resize messages from other origins and from other windows', async ({ openHost, site, expect }) => {
    const { page, frame } = await openHost('decision');
    const before = await sized(page, frame, expect);
    expect(before).toBeGreaterThan(400);
    // The host page itself (wrong origin), a decoy frame on the host origin, and a window on the
    // site's own origin that is not one of the embeds (a popup) all claim a new height.
    await page.evaluate(() => window.postMessage({ type: 'train-or-optimize:resize', height: 7 }, '*'));
    await page.frame({ url: (u) => u.pathname === '/decoy' })!.evaluate(() => parent.postMessage({ type: 'train-or-optimize:resize', height: 9 }, '*'));
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.evaluate((url) => void window.open(url, '_blank'), site.url + '/favicon.svg')]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).origin).toBe(site.url);
    await popup.evaluate(() => (window.opener as Window).postMessage({ type: 'train-or-optimize:resize', height: 11 }, '*'));
    await page.waitForTimeout(300); // nothing to wait for: the height must stay as it is
    expect(await embedHeight(page)).toBe(before);
    await popup.close();
  });

  test("takes ?theme= and the tools' own URL state", async ({ openHost, expect }) => {
    const { frame } = await openHost('decision', '?theme=dark&has=no');
    expect(await frame.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await frame.getByTestId('decision-result').getByText('Train first', { exact: true }).waitFor();
    // The state sync keeps ?theme= in the frame's address.
    // (with no model yet, only the model-kind question follows: the others would not change the path)
    await frame.getByRole('group', { name: /kind of model/i }).getByLabel('Language model').check();
    await expect.poll(() => new URL(frame.url()).searchParams.get('mk')).toBe('llm');
    expect(new URL(frame.url()).searchParams.get('theme')).toBe('dark');
  });
});
