/**
 * Someone else's blog post framing one of our embeds, for the embed tests (embed.test.ts,
 * calculators-embeds.test.ts): a second, plain HTTP server on another port serves a page with a
 * 680 px column holding our iframe and /embed.js from the site, as a blog would paste the snippet.
 * The page records every result message from the site's origin in window.received (as a blog's
 * own analytics would receive them), and holds a same-origin decoy frame that tries to resize ours.
 */
import { createServer } from 'node:http';
import type { Frame, Page } from 'playwright-core';
import { wakeIslands, type CheckedContext } from './helpers.ts';
import { test as siteTest } from './fixtures.ts';

/** A blog post's column: the iframe is 680 px wide, as in a typical content column. */
export const COLUMN = 680;

const hostPage = (siteUrl: string, tool: string, query = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>A blog post</title></head>
<body>
  <main>
    <h1>A blog post</h1>
    <iframe id="embed" src="${siteUrl}/embed/${tool}/${query}" title="Calculator" width="${COLUMN}" height="150" style="border:0" loading="lazy"></iframe>
    <iframe id="decoy" src="/decoy" title="Decoy" width="300" height="50"></iframe>
  </main>
  <script>
    window.received = [];
    addEventListener('message', (e) => {
      if (e.origin === ${JSON.stringify(siteUrl)} && e.data && e.data.type === 'train-or-optimize:result') window.received.push(e.data);
    });
  </script>
  <script src="${siteUrl}/embed.js" defer></script>
</body></html>`;

/** A `train-or-optimize:result` message as the host page receives it. */
export interface Report {
  type: string;
  tool: string;
  shared: boolean;
  path?: string | null;
  confidence?: string;
  rows?: number;
  totals?: { days: number; gpuHours: number; costUsd: number | null };
}

export type Hosted = CheckedContext & { frame: Frame };

export const test = siteTest
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
  /** Opens the host page framing /embed/<tool>/<query> and hydrates the embed (a reader's pointer over it). */
  .extend('openHost', async ({ open, hostUrl }) => async (tool: string, query = ''): Promise<Hosted> => {
    // The host page lives on another origin, so the checked context allows it too.
    const checked = await open(`${hostUrl}/?tool=${tool}&q=${encodeURIComponent(query)}`, { viewport: { width: 1000, height: 800 }, alsoAllow: [hostUrl] });
    const frame = await (await checked.page.locator('#embed').elementHandle())!.contentFrame();
    if (!frame) throw new Error('no embed frame');
    await frame.waitForLoadState();
    await wakeIslands(frame);
    await frame.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
    return { ...checked, frame };
  });

/** The frame's inner height (its border excluded). */
export const embedHeight = (page: Page) => page.locator('#embed').evaluate((f) => (f as HTMLIFrameElement).clientHeight);

/**
 * The frame's height once embed.js has applied the content's settled height (within 2 px). Past
 * some height alone is not enough on a busy machine: the content can still be growing.
 */
export async function settledHeight(
  page: Page,
  frame: Frame,
  expect: { poll: (fn: () => Promise<number>) => { toBeLessThanOrEqual: (n: number) => Promise<void> } },
) {
  const content = () => frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  await expect.poll(async () => Math.abs((await embedHeight(page)) - (await content()))).toBeLessThanOrEqual(2);
  return embedHeight(page);
}

/** The result messages the host page has received so far. */
export const received = (page: Page) => page.evaluate(() => (window as unknown as { received: Report[] }).received);

/** The embed links back to its full tool, opening outside the frame. */
export async function attribution(frame: Frame, tool: string) {
  const link = frame.locator('[data-embed-attribution]');
  return { href: await link.getAttribute('href'), target: await link.getAttribute('target'), expected: new RegExp(`/tools/${tool}/$`) };
}
