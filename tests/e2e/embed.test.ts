/**
 * The embed kit across origins: a host page on another port (host.ts) frames /embed/<tool>/ and
 * loads /embed.js from the site. The frame reports its height with
 * { type: 'train-or-optimize:resize', height } and embed.js sizes it; messages from any other
 * origin, or from a window that is not one of the site's iframes, change nothing. The decision,
 * comparison and timeline embeds are sized, followed as they grow and shrink, and given ?theme= in
 * calculators-embeds.test.ts, each in the same page as its height limit and its result events.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { describe } from 'vitest';
import { DIST } from './helpers.ts';
import { attribution, embedHeight, settledHeight, test } from './host.ts';

describe.concurrent('embed kit', () => {
  test('embed.js stays under 1 KB (brotli) and plain', ({ expect }) => {
    const source = readFileSync(`${DIST}/embed.js`);
    expect(brotliCompressSync(source).length).toBeLessThan(1024);
    expect(source.toString()).not.toMatch(/\bimport\b|\brequire\(/);
  });

  test('the payback embed sizes its iframe on another origin and links back to its tool', async ({ openHost, expect }) => {
    const { page, frame } = await openHost('payback');
    expect(await settledHeight(page, frame, expect)).toBeGreaterThan(400);
    const link = await attribution(frame, 'payback');
    expect(link.href).toMatch(link.expected);
    expect(link.target).toBe('_blank');
  });

  test('ignores resize messages from other origins and from other windows', async ({ openHost, site, expect }) => {
    const { page, frame } = await openHost('decision');
    const before = await settledHeight(page, frame, expect);
    expect(before).toBeGreaterThan(300);
    // The host page itself (wrong origin), a decoy frame on the host origin, and a window on the
    // site's own origin that is not one of the embeds (a popup) all claim a new height. A listener
    // added after embed.js's counts them: a message reaches it after embed.js has handled it.
    await page.evaluate(() => {
      const claims = [7, 9, 11];
      (window as unknown as { __claims: number }).__claims = 0;
      addEventListener('message', (e) => {
        if (claims.includes((e.data as { height?: number } | null)?.height ?? 0)) (window as unknown as { __claims: number }).__claims++;
      });
    });
    await page.evaluate(() => window.postMessage({ type: 'train-or-optimize:resize', height: 7 }, '*'));
    await page.frame({ url: (u) => u.pathname === '/decoy' })!.evaluate(() => parent.postMessage({ type: 'train-or-optimize:resize', height: 9 }, '*'));
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.evaluate((url) => void window.open(url, '_blank'), site.url + '/about/')]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).origin).toBe(site.url);
    await popup.evaluate(() => (window.opener as Window).postMessage({ type: 'train-or-optimize:resize', height: 11 }, '*'));
    await page.waitForFunction(() => (window as unknown as { __claims: number }).__claims === 3);
    expect(await embedHeight(page)).toBe(before);
    await popup.close();
  });
});
