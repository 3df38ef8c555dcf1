/**
 * Every page of the built site in a real browser (Chromium, offline, dist/ served with the
 * headers from _headers): no console errors (CSP violations land there), no page errors, no
 * ≥ 400 responses, no third-party requests, no axe-core WCAG 2.2 AA violations in light and dark
 * mode, no horizontal scroll at 320 px; and the dark-mode toggle works and stays accessible.
 * The pages are checked one at a time in a reused page (fixtures.ts `pages`).
 * Dark mode is one stylesheet over the same templates, so axe checks it on the first page of each
 * page type (scripts/budgets.mjs pageType: guide, post, tag, …) and light everywhere; every tool
 * and embed page is checked in dark too, with its calculator hydrated, because each island has
 * colours of its own (charts, bands, result cards). The dark pass reruns only axe's colour rules
 * on the same page (nothing else differs between the schemes). The theme toggle tests below run
 * every rule in dark on a home, guide and tool page, through the toggle rather than the system setting.
 */
import { axeViolations as axe, settle, sitePages, waitForIslands } from './helpers.ts';
import { describe } from 'vitest';
import { test } from './fixtures.ts';
import { pageType } from '../../scripts/budgets.mjs';

const PAGES = sitePages();
/** The first page of each page type, and every calculator page: axe checks these in dark mode too. */
const CALCULATORS = new Set(['tool', 'embed']);
const DARK_CHECKED = new Set([
  ...new Map(PAGES.map((p): [string, string] => [String(pageType(p)), p]).reverse()).values(),
  ...PAGES.filter((p) => CALCULATORS.has(String(pageType(p)))),
]);

test('the sitemap gives pages to check, with every calculator page checked in dark', ({ expect }) => {
  expect(PAGES.length).toBeGreaterThan(5);
  expect([...DARK_CHECKED].filter((p) => CALCULATORS.has(String(pageType(p)))).length, 'tool and embed pages in dark').toBeGreaterThanOrEqual(8);
});

describe.concurrent('every page', () => {
  test.for(PAGES)('%s: no errors, no third-party requests, no axe violations (light; dark once per page type), no scroll at 320 px', (path, { pages, site, expect }) =>
    pages.use(async ({ page, problems }) => {
      await page.goto(site.url + path, { waitUntil: 'load' });
      await waitForIslands(page);
      const violations = await axe(page, 'light');
      if (DARK_CHECKED.has(path)) {
        await page.emulateMedia({ colorScheme: 'dark' });
        // The same page and DOM in the other scheme: only the colour rules can change.
        violations.push(...(await axe(page, 'dark', { colorsOnly: true })));
      }
      await page.setViewportSize({ width: 320, height: 720 });
      await settle(page);
      const width = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        // The widest element, to tell the owner what overflows.
        culprit: [...document.querySelectorAll('body *')]
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.right > 320.5 && r.width > 0)
          .sort((a, b) => b.r.right - a.r.right)
          .slice(0, 3)
          .map(({ e, r }) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} (right ${Math.round(r.right)} px)`),
      }));
      expect(problems, 'console/page errors, ≥400 responses, third-party requests').toEqual([]);
      expect(violations, 'axe-core WCAG 2.2 AA violations').toEqual([]);
      expect(width.scroll <= 320 ? [] : [`scrollWidth ${width.scroll} px at 320 px; widest: ${width.culprit.join(', ')}`]).toEqual([]);
    }),
  );
});

/** One page per kind of layout: home, a guide (article frame), a tool. */
const TOGGLE_PAGES = ['/', PAGES.find((p) => /^\/guides\/[^/]+\/$/.test(p)), PAGES.find((p) => /^\/tools\/[^/]+\/$/.test(p))].filter(
  (p): p is string => Boolean(p),
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
