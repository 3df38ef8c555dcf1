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
   * decodeState reads (MAX_SEARCH_LENGTH), and each group is opened on the tool page.
   */
  const groups = SECTIONS.flatMap((section) => {
    const out: string[][] = [[]];
    for (const { key } of URL_KEYS.filter((k) => k.section === section)) {
      const next = [...out.at(-1)!, key];
      if (out.at(-1)!.length && queryFor(next).length > MAX_SEARCH_LENGTH) out.push([key]);
      else out[out.length - 1] = next;
    }
    // Every group on the tool page; the embed, which decodes with the same codec into the same
    // island, gets the first group (each group is one more page load).
    return out.flatMap((keys, i) => (i === 0 ? [`/tools/${section}/`, `/embed/${section}/`] : [`/tools/${section}/`]).map((path) => [keys.join(', '), path, keys] as const));
  });

  test('every URL key is in a group', ({ expect }) => {
    expect(new Set(groups.flatMap(([, , keys]) => keys))).toEqual(new Set(URL_KEYS.map((k) => k.key)));
  });

  // Read-only checks: each runs in a pooled page (fixtures.ts `pages`), which keeps its context.
  test.for(groups)('?%s=<payload> on %s', ([, path, keys], { pages, site, expect }) =>
    pages.use(async ({ page, problems, dialogs }) => {
      const query = queryFor(keys);
      const decoded = decodeState(query);
      const warnings = decoded.ok ? decoded.warnings : decoded.errors;
      const accepted = keys.filter((k) => !warnings.some((w) => w.field === fieldOf(k)));
      await page.goto(`${site.url}${path}?${query}`, { waitUntil: 'load' });
      await waitForIslands(page);
      await page.waitForTimeout(300); // let any timer-based payload fire
      expect(await injected(page)).toEqual({ flag: undefined, elements: [], scripts: 0 });
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

  test.for(SECTIONS)('the %s embed ignores a script-like ?theme= and other unknown parameters', (section, { pages, site, expect }) =>
    pages.use(async ({ page, problems, dialogs }) => {
      await page.goto(`${site.url}/embed/${section}/?theme=${encodeURIComponent(PAYLOAD)}&x=${encodeURIComponent(PAYLOAD)}`, { waitUntil: 'load' });
      await waitForIslands(page);
      expect(await injected(page)).toEqual({ flag: undefined, elements: [], scripts: 0 });
      expect(await page.evaluate(() => document.documentElement.dataset['theme'] ?? null)).toBeNull();
      expect(dialogs).toEqual([]);
      expect(problems).toEqual([]);
    }),
  );
});
