/**
 * Issue 12.3: the header search's results panel fits the viewport from 320 px up, and works with
 * the keyboard and screen readers (a named region, the count announced by a live region that was
 * in the page before the search, arrow keys into the results, Escape back to the box).
 */
import { describe } from 'vitest';
import { test } from './fixtures.ts';
import { focused } from './keyboard.ts';

const QUERY = 'quantization';
const START = '/guides/model-training/';

describe.concurrent.each([320, 390, 768, 1280])('search panel at %i px', (width) => {
  test('sits inside the viewport, is a named region, announces the count and works by keyboard', async ({ open, expect }) => {
    const { page } = await open(START, { viewport: { width, height: 800 } });
    const input = page.locator('header input[type=search]');
    await input.focus();
    await page.keyboard.type(QUERY, { delay: 20 });
    const box = page.locator('#search-results');
    await box.locator('a').first().waitFor({ state: 'visible' });

    const rect = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, vw: document.documentElement.clientWidth };
    });
    expect(rect.left, 'left edge').toBeGreaterThanOrEqual(0);
    expect(rect.right, 'right edge').toBeLessThanOrEqual(rect.vw);
    expect(rect.width).toBeGreaterThan(Math.min(250, rect.vw - 40));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scroll').toBe(true);

    expect(await box.evaluate((el) => el.tagName)).toBe('SECTION'); // a named <section> is a region
    expect(await box.getAttribute('aria-label')).toBe('Search results');
    expect(await input.getAttribute('aria-controls')).toBe('search-results');
    await expect.poll(() => page.locator('header [role=status][data-search-status]').textContent()).toMatch(/^\d+ results? for “quantization”$/);

    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null && document.activeElement?.tagName === 'A')).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => box.isHidden()).toBe(true);
    expect(await focused(page)).toBe('input[type=search]');
  });
});
