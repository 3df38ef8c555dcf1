/**
 * Results in view (issue 11 item 2), in Chromium on the built site:
 * - at 1280×800 the result column stays in the viewport after an answer far down the form (sticky);
 * - at 390×844 a compact result bar is on screen while the form is, and it jumps to the result;
 * - the estimator's parts out of view keep the server's figures, marked busy, until the reader
 *   nears them: on a phone the chart; at 1280 px the explanations, under the chart in the result
 *   column's own scroll area.
 * Tests wait on conditions, never on time.
 */
import { describe } from 'vitest';
import { test } from './fixtures.ts';
import { DETAIL_SCRIPT, EXPLAIN_SCRIPT, loadedScript, networkQuiet } from './helpers.ts';

describe.concurrent('results in view', () => {
  test('1280×800: the decision result stays in view after an answer low in the form', async ({ open, expect }) => {
    const { page } = await open('/tools/decision/?has=yes', { viewport: { width: 1280, height: 800 } });
    await page.locator('astro-island:not([ssr])').waitFor();
    const scale = page.locator('#decision-preparingForScale-yes');
    await scale.scrollIntoViewIfNeeded();
    await scale.click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('scale') === 'yes');
    const box = await page.getByTestId('decision-result').boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeLessThan(800);
    expect(box!.y + Math.min(box!.height, 200)).toBeGreaterThan(0);
  });

  test('390×844: a result bar shows while answering and jumps to the result; the phase chart loads its code once the reader nears it', async ({ open, expect }) => {
    const { page } = await open('/tools/timeline/', { viewport: { width: 390, height: 844 } });
    const gpus = page.locator('#timeline-gpuCount');
    await gpus.scrollIntoViewIfNeeded();
    await gpus.fill('16');
    const bar = page.locator('[data-result-bar].result-bar--shown');
    await bar.waitFor();
    const box = await bar.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    expect(await bar.textContent()).toMatch(/GPU-hours|days/);
    // The chart, far below, keeps the server's figures, marked busy, and its code has not loaded.
    const phases = page.getByTestId('tl-phases');
    await expect.poll(() => phases.locator('[aria-busy="true"]').count()).toBe(1);
    expect(await loadedScript(page, DETAIL_SCRIPT)).toBe(false);
    const serverTable = await phases.locator('table').textContent();
    await bar.click();
    await page.waitForFunction(() => {
      const r = document.querySelector('[data-testid="timeline-result"]')!.getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    await phases.scrollIntoViewIfNeeded();
    await expect.poll(() => phases.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await loadedScript(page, DETAIL_SCRIPT)).toBe(true);
    // The table now shows the 16-GPU estimate, not the server's default.
    expect(await phases.locator('table').textContent()).not.toBe(serverTable);
  });

  test('1280×900: the explanations under the chart load their code once scrolled to, then show the new estimate', async ({ open, expect }) => {
    const { page } = await open('/tools/timeline/', { viewport: { width: 1280, height: 900 } });
    const explain = page.getByTestId('tl-explain');
    const serverText = await explain.textContent();
    const gpus = page.locator('#timeline-gpuCount');
    await gpus.scrollIntoViewIfNeeded();
    await gpus.fill('16');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('n') === '16');
    // The chart beside the form updates; the explanations, below it in the result column's scroll
    // area, wait, marked busy (checked once every request the change started has ended).
    await expect.poll(() => page.getByTestId('tl-phases').locator('[aria-busy="true"]').count()).toBe(0);
    await networkQuiet(page);
    expect(await explain.locator('[aria-busy="true"]').count()).toBe(1);
    expect(await loadedScript(page, EXPLAIN_SCRIPT)).toBe(false);
    await explain.scrollIntoViewIfNeeded();
    await expect.poll(() => explain.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await loadedScript(page, EXPLAIN_SCRIPT)).toBe(true);
    expect(await explain.textContent()).not.toBe(serverText);
  });
});
