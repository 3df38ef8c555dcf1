/**
 * Security in a real browser, under the site's real Content-Security-Policy (meta + _headers):
 * - every tool (full page and embed) and the search, used through every control, cause zero CSP
 *   violation reports (`securitypolicyviolation` events and console errors) and no other errors;
 * - script-like values fed through EVERY URL parameter the rules package's decodeState knows
 *   (URL_KEYS, imported from src/rules) never execute (window.__xss stays undefined, no dialog,
 *   nothing injected), and the page either shows the rules' warning for the rejected value or,
 *   for free-text parameters it accepts, shows the value as plain text.
 */
import { describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { MAX_SEARCH_LENGTH, URL_KEYS, decodeState } from '../../src/rules/index.ts';
import { test } from './fixtures.ts';
import { networkQuiet, waitForIslands } from './helpers.ts';

/**
 * One value carrying every classic vector: a javascript: URL (if used as an href), an attribute
 * breakout with an event handler (double and single quotes), a script element and an SVG onload.
 */
const PAYLOAD =
  'javascript:window.__xss=1;alert(1)//"><img src=x onerror="window.__xss=1;alert(1)">' +
  "'><svg onload=window.__xss=1></svg><script>window.__xss=1;alert(1)</script>";

const SECTIONS = [...new Set(URL_KEYS.map((k) => k.section))];
const queryFor = (keys: readonly string[]) => keys.map((k) => `${k}=${encodeURIComponent(PAYLOAD)}`).join('&');
const fieldOf = (key: string) => {
  const k = URL_KEYS.find((u) => u.key === key)!;
  return `${k.section}.${k.field}`;
};

/** What an injection would leave behind: the flag, and elements or URLs that could run script. */
const injected = (page: Page) =>
  page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    elements: [
      ...document.querySelectorAll(
        'img[src="x"], [onerror], [onload], [onclick], [onmouseover], [onfocus], a[href^="javascript:" i], iframe[src^="javascript:" i], form[action^="javascript:" i]',
      ),
    ].map((e) => e.outerHTML.slice(0, 120)),
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__xss')).length,
  }));

/**
 * Uses every control a tool offers: each option of each select, each radio, each checkbox (on
 * and off), text and number fields (a bad value, then a good one), every disclosure and every
 * button (copy, reset, update, …). Links are left alone: they leave the page.
 */
async function useEveryControl(page: Page): Promise<number> {
  const main = page.locator('main');
  let actions = 0;
  /**
   * Acts on a control the reader can see now. Controls hidden by progressive disclosure are
   * skipped at once: an action on one would only wait out its timeout (that cost the payback
   * embed 90 s). The short timeout bounds an action on a control that hides while we act.
   */
  const act = async (control: Locator, fn: (options: { timeout: number }) => Promise<unknown>) => {
    if (!(await control.isVisible())) return;
    await fn({ timeout: 2_000 }).then(
      () => actions++,
      () => undefined,
    );
  };
  for (const summary of await main.locator('details > summary').all()) await act(summary, (o) => summary.click(o));
  for (const select of await main.locator('select').all()) {
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const v of values) await act(select, (o) => select.selectOption(v, o));
  }
  for (const radio of await main.locator('input[type=radio]').all()) await act(radio, (o) => radio.check({ force: true, ...o }));
  for (const box of await main.locator('input[type=checkbox]').all()) {
    await act(box, (o) => box.click({ force: true, ...o }));
    await act(box, (o) => box.click({ force: true, ...o }));
  }
  const fields = main.locator('input:not([type]), input[type=text], input[type=number], input[type=search], textarea');
  for (const field of await fields.all()) {
    if (!(await field.isEditable().catch(() => false))) continue;
    const type = await field.getAttribute('type');
    await act(field, (o) => field.fill(type === 'search' ? '<b>bold</b>' : 'abc', o));
    await act(field, (o) => field.press('Enter', o));
    await act(field, (o) => field.fill(type === 'search' ? 'quantization' : '50', o));
  }
  for (const range of await main.locator('input[type=range]').all()) await act(range, (o) => range.press('ArrowRight', o));
  for (const button of await main.locator('button').all()) {
    if (!(await button.isEnabled().catch(() => false))) continue;
    await act(button, (o) => button.click(o));
  }
  await networkQuiet(page);
  return actions;
}

describe.concurrent('every tool, used through every control, under the CSP', () => {
  const pages = SECTIONS.flatMap((s) => [`/tools/${s}/`, `/embed/${s}/`]);
  test.for(pages)('%s: no CSP violation, no error', async (path, { open, site, expect }) => {
    const { page, problems, dialogs } = await open(path, { wait: 'islands' });
    expect(await page.locator('astro-island').count(), 'the page has a calculator').toBeGreaterThan(0);
    const actions = await useEveryControl(page);
    expect(actions, 'controls used').toBeGreaterThan(3);
    expect(page.url().startsWith(site.url + path), `stayed on ${path} (now ${page.url()})`).toBe(true);
    expect(problems).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  test('the search, used from the header, causes no CSP violation', async ({ open, expect }) => {
    const { page, problems } = await open('/guides/', { wait: 'islands' });
    await page.locator('body').press('/');
    await page.keyboard.type('quantization');
    await page.locator('#search-results a').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    const hostile = '<img src=x onerror=window.__xss=1>';
    await page.locator('header input[type=search]').fill(hostile);
    // Pagefind's debounce, then the results for the hostile query, rendered as text.
    await page.locator('#search-results .search-status').filter({ hasText: hostile }).waitFor();
    expect(await injected(page)).toEqual({ flag: undefined, elements: [], scripts: 0 });
    expect(problems).toEqual([]);
  });
});

describe.concurrent('script-like values in URL parameters never run', () => {
  test('the rules package knows URL parameters for every tool', ({ expect }) => {
    expect([...SECTIONS].sort()).toEqual(['comparison', 'decision', 'payback', 'timeline']);
  });

  /**
   * Every key of a tool gets the payload; keys are grouped so each query stays within the length
   * decodeState reads (MAX_SEARCH_LENGTH), and each group is opened on the tool and its embed.
   */
  const groups = SECTIONS.flatMap((section) => {
    const out: string[][] = [[]];
    for (const { key } of URL_KEYS.filter((k) => k.section === section)) {
      const next = [...out.at(-1)!, key];
      if (out.at(-1)!.length && queryFor(next).length > MAX_SEARCH_LENGTH) out.push([key]);
      else out[out.length - 1] = next;
    }
    return out.flatMap((keys) => [`/tools/${section}/`, `/embed/${section}/`].map((path) => [keys.join(', '), path, keys] as const));
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
