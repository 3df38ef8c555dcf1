/**
 * Every page of the built site in a real browser (Chromium, offline, dist/ served with the
 * headers from _headers): no console errors (CSP violations land there), no page errors, no
 * ≥ 400 responses, no third-party requests, no source id in the text once hydrated, no axe-core WCAG 2.2 AA violations in light and dark
 * mode, no horizontal scroll at 320 px; and the dark-mode toggle works and stays accessible.
 * The pages are checked one at a time in a reused page (fixtures.ts `pages`), in two halves (site-walk.ts):
 * this file and site-walk.test.ts, so both test workers share the walk.
 * Dark mode is one stylesheet over the same templates, so axe checks it on the first page of each
 * page type (scripts/budgets.mjs pageType: guide, post, tag, …) and light everywhere; every tool
 * and embed page is checked in dark too, with its calculator hydrated, because each island has
 * colours of its own (charts, bands, result cards). The dark pass reruns only axe's colour rules
 * on the same page (nothing else differs between the schemes). The theme toggle tests below run
 * every rule in dark on a home, guide and tool page, through the toggle rather than the system setting.
 */
import { axeViolations as axe, settle, waitForIslands } from './helpers.ts';
import { describe } from 'vitest';
import { test } from './fixtures.ts';
import { PAGES, walkPages } from './site-walk.ts';

// The first half of the site walk (site-walk.ts); the other half is in site-walk.test.ts.
walkPages(0);

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
