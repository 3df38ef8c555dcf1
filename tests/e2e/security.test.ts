/**
 * Security in a real browser, under the site's real Content-Security-Policy (meta + _headers):
 * every tool and the search, used through every control, cause zero CSP violation reports
 * (`securitypolicyviolation` events and console errors) and no other errors. The walk runs on the
 * tool pages: an embed page runs the same island, with fewer controls and the same policy, and
 * site.test.ts and calculators-embeds.test.ts load and use every embed under that policy.
 * Script-like values in URL parameters are checked in security-url.test.ts.
 */
import { describe } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { networkQuiet } from './helpers.ts';
import { SECTIONS, injected } from './payload.ts';

/**
 * Uses every control a tool offers: each option of each select, each radio, each checkbox (on
 * and off), text and number fields (a bad value, then a good one), every disclosure and every
 * button (copy, reset, update, …). Links are left alone: they leave the page.
 */
async function useEveryControl(page: Page): Promise<number> {
  const main = page.locator('main');
  let actions = 0;
  /**
   * Whether a control listed by `.all()` is still there: the list is taken before acting, and
   * acting removes some (a pin's remove button, a dismissed note), so the last entries of a list can
   * point at nothing. isEnabled, isEditable and getAttribute wait for their element (30 s by
   * default). In 2 of 7 runs on 2026-11-26 the payback page's walk took 95–110 s instead of 7–19,
   * the length of three such waits; it held one test worker and its core idle (the whole run: 208 s
   * instead of 181). Gone controls are skipped, and those reads are bounded.
   */
  const present = async (control: Locator) => (await control.count().catch(() => 0)) > 0;
  /**
   * Acts on a control the reader can see now. Controls hidden by progressive disclosure are
   * skipped at once: an action on one would only wait out its timeout (that cost the payback
   * embed 90 s). Visibility is checked here, so Playwright's own actionability waits (a few
   * frames per action, over a thousand actions) are skipped with `force`; this walk is about what
   * code runs under the CSP, not about how a pointer reaches it. The short timeout bounds an action
   * on a control that hides while we act.
   */
  const act = async (control: Locator, fn: (options: { timeout: number; force: true }) => Promise<unknown>) => {
    if (!(await control.isVisible())) return;
    await fn({ timeout: 2_000, force: true }).then(
      () => actions++,
      () => undefined,
    );
  };
  for (const summary of await main.locator('details > summary').all()) await act(summary, (o) => summary.click(o));
  for (const select of await main.locator('select').all()) {
    const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    for (const v of values) await act(select, (o) => select.selectOption(v, o));
  }
  for (const radio of await main.locator('input[type=radio]').all()) await act(radio, (o) => radio.check(o));
  for (const box of await main.locator('input[type=checkbox]').all()) {
    await act(box, (o) => box.click(o));
    await act(box, (o) => box.click(o));
  }
  const fields = main.locator('input:not([type]), input[type=text], input[type=number], input[type=search], textarea');
  for (const field of await fields.all()) {
    if (!(await present(field)) || !(await field.isEditable({ timeout: 2_000 }).catch(() => false))) continue;
    const type = await field.getAttribute('type', { timeout: 2_000 }).catch(() => null);
    await act(field, (o) => field.fill(type === 'search' ? '<b>bold</b>' : 'abc', o));
    await act(field, ({ timeout }) => field.press('Enter', { timeout }));
    await act(field, (o) => field.fill(type === 'search' ? 'quantization' : '50', o));
  }
  for (const range of await main.locator('input[type=range]').all()) await act(range, ({ timeout }) => range.press('ArrowRight', { timeout }));
  for (const button of await main.locator('button').all()) {
    if (!(await present(button)) || !(await button.isEnabled({ timeout: 2_000 }).catch(() => false))) continue;
    await act(button, (o) => button.click(o));
  }
  await networkQuiet(page);
  return actions;
}

describe.concurrent('every tool, used through every control, under the CSP', () => {
  const pages = SECTIONS.map((s) => `/tools/${s}/`);
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
