/**
 * Hydration on intent (client:intent, src/integrations/intent/) in Chromium on the built site:
 * - nothing of a calculator loads before the reader reaches for it (here on an embed page, hydrated by
 *   the pointer reaching it; on every tool page in calculators-bytes.test.ts, before its first change);
 * - the reader's first action is kept and counted: a radio clicked or digits typed while the
 *   island's code is still on its way (CPU slowed 4×, every script held back until the test has
 *   acted) are there afterwards and the result follows them;
 * - the reader's first sign of use requests the island's entry and every chunk it imports at once
 *   (its `data-preload`), while every script is held back, so nothing waits on a parsed import;
 * - a link that carries a tool's state hydrates it at once.
 * Tests wait on conditions (elements, the address), never on time.
 */
import { describe } from 'vitest';
import { ISLAND_SCRIPT, loadedScript, networkQuiet, type CheckedContext } from './helpers.ts';
import { test } from './fixtures.ts';

/**
 * Slows the page as a weak phone on a poor network would (CPU 4× slower) and holds every script
 * back until the returned function is called, so the reader's first action surely lands while the
 * island's code is still on its way, however fast or busy the machine is.
 */
async function slowDown({ context, page }: CheckedContext): Promise<() => void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  let release!: () => void;
  const arrived = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/_astro/*.js', async (route) => {
    await arrived;
    await route.continue();
  });
  return release;
}

describe.concurrent('hydration on intent', () => {
  test('/embed/comparison/ loads no island code before the reader reaches for it', async ({ open, expect }) => {
    const { page } = await open('/embed/comparison/');
    await networkQuiet(page);
    expect(await loadedScript(page, ISLAND_SCRIPT)).toBe(false);
    expect(await page.locator('astro-island[ssr]').count()).toBeGreaterThan(0);
    await page.locator('astro-island').first().hover();
    await page.locator('astro-island:not([ssr])').first().waitFor();
    expect(await loadedScript(page, ISLAND_SCRIPT)).toBe(true);
  });

  test('the first sign of use requests all of the island’s code at once, not chunk after chunk', async ({ open, expect }) => {
    const checked = await open('/tools/timeline/', { fresh: true }); // the context's scripts are held back
    const { page } = checked;
    const requested = new Set<string>();
    page.on('request', (r) => {
      if (/\/_astro\/[^/]+\.js$/.test(r.url())) requested.add(new URL(r.url()).pathname);
    });
    const release = await slowDown(checked);
    const island = page.locator('astro-island').first();
    const preload = (await island.getAttribute('data-preload'))?.split(' ') ?? [];
    expect(preload.length, 'the chunks the island imports, named at build time').toBeGreaterThan(1);
    const code = [await island.getAttribute('component-url'), await island.getAttribute('renderer-url'), ...preload].sort();
    await island.hover();
    // No script has arrived yet, so no import has been read: every request comes from the directive.
    await expect.poll(() => [...requested].sort()).toEqual(code);
    release();
    await page.locator('astro-island:not([ssr])').first().waitFor();
  });

  test('a radio clicked before hydration is kept and counted', async ({ open, expect }) => {
    const checked = await open('/tools/decision/', { fresh: true }); // an empty cache, and the context is slowed
    const release = await slowDown(checked);
    const { page } = checked;
    await page.locator('#decision-hasModel-no').click(); // the first sign of use and the answer at once
    expect(await page.locator('astro-island[ssr]').count(), 'still loading when clicked').toBe(1);
    release();
    await page.getByTestId('decision-result').getByText('Train first', { exact: true }).waitFor();
    expect(await page.locator('#decision-hasModel-no').isChecked()).toBe(true);
    await page.waitForFunction(() => new URLSearchParams(location.search).get('has') === 'no');
  });

  test('digits typed before hydration are kept and counted', async ({ open, expect }) => {
    const checked = await open('/tools/timeline/', { fresh: true });
    const release = await slowDown(checked);
    const { page } = checked;
    const gpus = page.locator('#timeline-gpuCount');
    await gpus.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('16');
    expect(await page.locator('astro-island[ssr]').count(), 'still loading while typing').toBe(1);
    release();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('n') === '16');
    await page.locator('astro-island:not([ssr])').waitFor();
    expect(await gpus.inputValue()).toBe('16');
  });

  test('a link with a tool’s state hydrates it at once', async ({ open }) => {
    const { page } = await open('/tools/decision/?has=no');
    await page.locator('astro-island:not([ssr])').waitFor();
    await page.getByTestId('decision-result').getByText('Train first', { exact: true }).waitFor();
  });
});
