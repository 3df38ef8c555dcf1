/**
 * The site walk (see site.test.ts, which documents what it checks): every page of the built site,
 * split in two halves of about the same cost (HALVES), one per test file (site.test.ts and site-walk.test.ts), so the
 * two test workers share the longest part of the browser tests instead of one worker carrying it.
 */
import { axeViolations as axe, settle, sitePages, waitForIslands } from './helpers.ts';
import { describe } from 'vitest';
import { test } from './fixtures.ts';
import { pageType } from '../../scripts/budgets.mjs';
import { SOURCE_IDS } from '../../src/rules/source-ids.ts';

export const PAGES = sitePages();
/** A source id (e.g. trn-6nd) as a word: readers see numbered notes and titles, never an internal id. */
const ANY_ID = new RegExp(`(?<![\\w/#.-])(${SOURCE_IDS.join('|')})(?![a-z0-9-])`);
/** The text a reader sees (the methodology's source register included: it numbers its rows). */
const visibleText = () => {
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest('script, style, template') && parent.checkVisibility()) parts.push(node.textContent ?? '');
  }
  return parts.join(' ');
};
/** The first page of each page type, and every calculator page: axe checks these in dark mode too. */
const CALCULATORS = new Set(['tool', 'embed']);
const DARK_CHECKED = new Set([
  ...new Map(PAGES.map((p): [string, string] => [String(pageType(p)), p]).reverse()).values(),
  ...PAGES.filter((p) => CALCULATORS.has(String(pageType(p)))),
]);

/**
 * The pages in two halves of about the same cost, one per file: a dark pass adds about 0.44 CPU-s to
 * a page's 1–1.5 (axe-core in light, the load, the 320 px check), and a page with calculators about
 * as much again for hydrating them. By position alone, one half had 11 of the 18 dark passes and ran
 * 30 s longer. Each page, dearest first, goes to the half with less so far (ties: the first).
 */
const cost = (path: string) => 1 + (DARK_CHECKED.has(path) ? 0.45 : 0) + (CALCULATORS.has(String(pageType(path))) || path === '/' ? 0.5 : 0);
const HALVES: [string[], string[]] = [[], []];
{
  const sums = [0, 0];
  for (const path of [...PAGES].sort((a, b) => cost(b) - cost(a) || a.localeCompare(b))) {
    const half = sums[1]! < sums[0]! ? 1 : 0;
    HALVES[half].push(path);
    sums[half]! += cost(path);
  }
  for (const h of HALVES) h.sort();
}

/** Defines the walk's tests for one half of the pages (see HALVES). */
export function walkPages(half: 0 | 1): void {
  if (half === 0)
    test('the sitemap gives pages to check, with every calculator page checked in dark', ({ expect }) => {
      expect(PAGES.length).toBeGreaterThan(5);
      expect([...DARK_CHECKED].filter((p) => CALCULATORS.has(String(pageType(p)))).length, 'tool and embed pages in dark').toBeGreaterThanOrEqual(8);
    });

  describe.concurrent(`every page (half ${half + 1} of 2)`, () => {
    test.for(HALVES[half])(
      '%s: no errors, no third-party requests, no text rewritten by hydration, no source id shown, no axe violations (light; dark once per page type), no scroll at 320 px',
      (path, { pages, site, expect }) =>
        pages.use(async ({ page, problems }) => {
          await page.goto(site.url + path, { waitUntil: 'load' });
          const hydrationWrites = await waitForIslands(page);
          const sourceId = (await page.evaluate(visibleText)).match(ANY_ID)?.[0];
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
              .map(
                ({ e, r }) =>
                  `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} (right ${Math.round(r.right)} px)`,
              ),
          }));
          expect(problems, 'console/page errors, ≥400 responses, third-party requests').toEqual([]);
          expect(hydrationWrites, 'text hydration changed or added in the server HTML').toEqual([]);
          expect(sourceId, 'a source id shown once hydrated').toBeUndefined();
          expect(violations, 'axe-core WCAG 2.2 AA violations').toEqual([]);
          expect(width.scroll <= 320 ? [] : [`scrollWidth ${width.scroll} px at 320 px; widest: ${width.culprit.join(', ')}`]).toEqual([]);
        }),
    );
  });
}
