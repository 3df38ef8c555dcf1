/**
 * Issue 12.3: the header search's results panel fits the viewport from 320 px up, and works with
 * the keyboard and screen readers (a named region, the count announced by a live region that was
 * in the page before the search, arrow keys into the results, Escape back to the box).
 * One page goes through the four widths (the panel is laid out by CSS, so a resized page lays it
 * out as a page opened at that width would): a new page per width cost a renderer and Pagefind's
 * start-up each time.
 */
import { test } from './fixtures.ts';
import { focused } from './keyboard.ts';

const QUERY = 'quantization';
const START = '/guides/model-training/';
const WIDTHS = [320, 390, 768, 1280];

test(`search panel at ${WIDTHS.join(', ')} px: sits inside the viewport, is a named region, announces the count and works by keyboard`, async ({
  open,
  expect,
}) => {
  const { page } = await open(START, { viewport: { width: WIDTHS[0]!, height: 800 } });
  const input = page.locator('header input[type=search]');
  const box = page.locator('#search-results');
  const status = page.locator('header [role=status][data-search-status]');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await input.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(QUERY, { delay: 20 });
    await box.locator('a').first().waitFor({ state: 'visible' });

    const rect = await box.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width, vw: document.documentElement.clientWidth };
    });
    expect(rect.left, `${width} px: left edge`).toBeGreaterThanOrEqual(0);
    expect(rect.right, `${width} px: right edge`).toBeLessThanOrEqual(rect.vw);
    expect(rect.width, `${width} px: width`).toBeGreaterThan(Math.min(250, rect.vw - 40));
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${width} px: no sideways scroll`).toBe(
      true,
    );

    expect(await box.evaluate((el) => el.tagName)).toBe('SECTION'); // a named <section> is a region
    expect(await box.getAttribute('aria-label')).toBe('Search results');
    expect(await input.getAttribute('aria-controls')).toBe('search-results');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ results? for “quantization”$/);

    await page.keyboard.press('ArrowDown');
    expect(
      await page.evaluate(() => document.activeElement?.closest('#search-results') !== null && document.activeElement?.tagName === 'A'),
      `${width} px: arrow key into the results`,
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => box.isHidden()).toBe(true);
    expect(await focused(page)).toBe('input[type=search]');
  }
});
