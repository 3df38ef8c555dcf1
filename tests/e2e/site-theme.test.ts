/**
 * The dark-mode toggle (see site.test.ts for the site walk, which checks every page in light and
 * each page type in dark through the system setting): the toggle switches to dark and back by
 * keyboard, the choice survives a reload, dark stays accessible (every axe rule, through the
 * toggle's data-theme rather than the system setting), and without a choice the system setting wins.
 * A file of its own so the two test workers can share the browser tests evenly.
 */
import { axeViolations as axe, settle, waitForIslands } from './helpers.ts';
import { describe } from 'vitest';
import { test } from './fixtures.ts';
import { PAGES } from './site-walk.ts';

/** One page per kind of layout: home, a guide (article frame), a tool. */
const TOGGLE_PAGES = ['/', PAGES.find((p) => /^\/guides\/[^/]+\/$/.test(p)), PAGES.find((p) => /^\/tools\/[^/]+\/$/.test(p))].filter((p): p is string =>
  Boolean(p),
);

describe.concurrent('the theme toggle', () => {
  test.for(TOGGLE_PAGES)('%s: switches to dark and back, persists across reloads, and dark stays accessible', async (path, { open, expect }) => {
    const { page } = await open(path, { colorScheme: 'light', reducedMotion: 'reduce' });
    const toggle = page.locator('[data-theme-toggle]:visible').first();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/[\d.]+/g) ?? ['0', '0', '0']).map(Number);
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
    const light = await background();

    await toggle.focus();
    await page.keyboard.press('Enter'); // keyboard, like a reader without a mouse
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    await settle(page);
    const dark = await background();
    expect(luminance(dark), `body background ${light} → ${dark}`).toBeLessThan(luminance(light));
    await waitForIslands(page);
    const violations = await axe(page, 'data-theme=dark');

    await page.reload({ waitUntil: 'domcontentloaded' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme), 'the choice survives a reload').toBe('dark');
    await page.locator('[data-theme-toggle]:visible').first().click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await settle(page);
    expect(await background()).toBe(light);

    expect(violations).toEqual([]);
  });

  test('follows the system setting when the reader has not chosen', async ({ open, expect }) => {
    const { page } = await open('/', { colorScheme: 'dark', reducedMotion: 'reduce' });
    expect(await page.evaluate(() => document.documentElement.dataset.theme ?? null)).toBeNull();
    await expect.poll(() => page.locator('[data-theme-toggle]:visible').first().getAttribute('aria-pressed')).toBe('true');
  });
});
