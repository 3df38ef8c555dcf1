/**
 * Script-like values fed through EVERY URL parameter the rules package's decodeState knows
 * (URL_KEYS, imported from src/rules) never execute in Chromium under the site's real CSP
 * (window.__xss stays undefined, no dialog, nothing injected), and the page either shows the
 * rules' warning for the rejected value or, for free-text parameters it accepts, shows the value
 * as plain text. (Using every control under the CSP is in security.test.ts; the two halves are
 * separate files so the two test workers share them.)
 */
import { describe } from 'vitest';
import { MAX_SEARCH_LENGTH, URL_KEYS, decodeState } from '../../src/rules/index.ts';
import { test } from './fixtures.ts';
import { waitForIslands } from './helpers.ts';
import { PAYLOAD, SECTIONS, fieldOf, injected, queryFor } from './payload.ts';

describe.concurrent('script-like values in URL parameters never run', () => {
  test('the rules package knows URL parameters for every tool', ({ expect }) => {
    expect([...SECTIONS].sort()).toEqual(['comparison', 'decision', 'payback', 'timeline']);
  });

  /**
   * Every key of a tool gets the payload; keys are grouped so each query stays within the length
   * decodeState reads (MAX_SEARCH_LENGTH), and each group is opened on the tool page. The embed,
   * which decodes with the same codec into the same island, gets one group, with a script-like
   * ?theme= and an unknown parameter beside it (EMBED_EXTRA, which its group leaves room for): each
   * group is one more page load.
   */
  const EMBED_EXTRA = `theme=${encodeURIComponent(PAYLOAD)}&x=${encodeURIComponent(PAYLOAD)}`;
  const pack = (keys: string[], limit: number) => {
    const out: string[][] = [[]];
    for (const key of keys) {
      const next = [...out.at(-1)!, key];
      if (out.at(-1)!.length && queryFor(next).length > limit) out.push([key]);
      else out[out.length - 1] = next;
    }
    return out;
  };
  const groups = SECTIONS.flatMap((section) => {
    const keys = URL_KEYS.filter((k) => k.section === section).map((k) => k.key);
    return [
      ...pack(keys, MAX_SEARCH_LENGTH).map((group) => [group.join(', '), `/tools/${section}/`, group, ''] as const),
      ...pack(keys, MAX_SEARCH_LENGTH - EMBED_EXTRA.length - 1)
        .slice(0, 1)
        .map((group) => [`${group.join(', ')}, theme, x`, `/embed/${section}/`, group, EMBED_EXTRA] as const),
    ];
  });

  test('every URL key is in a group', ({ expect }) => {
    expect(new Set(groups.flatMap(([, , keys]) => keys))).toEqual(new Set(URL_KEYS.map((k) => k.key)));
  });

  // Read-only checks: each runs in a pooled page (fixtures.ts `pages`), which keeps its context.
  test.for(groups)('?%s=<payload> on %s', ([, path, keys, extra], { pages, site, expect }) =>
    pages.use(async ({ page, problems, dialogs }) => {
      const query = queryFor(keys) + (extra ? `&${extra}` : '');
      expect(query.length, 'within the length decodeState reads').toBeLessThanOrEqual(MAX_SEARCH_LENGTH);
      const decoded = decodeState(query);
      const warnings = decoded.ok ? decoded.warnings : decoded.errors;
      const accepted = keys.filter((k) => !warnings.some((w) => w.field === fieldOf(k)));
      await page.goto(`${site.url}${path}?${query}`, { waitUntil: 'load' });
      // Hydrated, with no request in flight: an injected image's error or an SVG's load event
      // would have been queued by now; a frame and a task later it has run.
      await waitForIslands(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      expect(await injected(page)).toEqual({ flag: undefined, elements: [], scripts: 0 });
      // A script-like ?theme= is no theme: the embed keeps the reader's scheme.
      if (extra) expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? null)).toBeNull();
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
      // Rejected values: the page says so, in the rules' own words.
      const text = await page.locator('main').innerText();
      expect(
        warnings.map((w) => w.message).filter((m) => !text.includes(m)),
        'warnings not shown',
      ).toEqual([]);
      // Accepted values (free text): shown as text, in a field or on the page.
      if (accepted.length) {
        const shown = await page.evaluate(
          (value) =>
            [...document.querySelectorAll('input, textarea')].some((e) => (e as HTMLInputElement).value === value) ||
            (document.querySelector('main')?.textContent ?? '').includes(value),
          PAYLOAD,
        );
        expect(shown, `${accepted.join(', ')}: value shown as plain text`).toBe(true);
      }
    }),
  );
});
