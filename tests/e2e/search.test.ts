/**
 * Site search in a real browser, keyboard only: the header search box (reached with Tab, or the
 * "/" shortcut) lazy-loads /search.js and Pagefind, typing "quantization" lists the optimization
 * guide, and the result is reachable and followable with the keyboard. The /search/ page does
 * the same from its ?q= parameter. Zero CSP violations (Pagefind runs WebAssembly in a worker)
 * and zero console errors throughout. Escape and the arrow keys in the results panel are checked
 * at four widths in site-search-panel.test.ts.
 */
import { describe } from 'vitest';
import { test } from './fixtures.ts';
import { focused, pressUntilFocused } from './keyboard.ts';

const QUERY = 'quantization';
const TARGET = '/guides/model-optimization/';
/** A page with the full header; any guide will do. */
const START = '/guides/model-training/';

describe.concurrent('header search, keyboard only', () => {
  test.for([
    ['the "/" shortcut', 'slash'],
    ['Tab from the top of the page', 'tab'],
  ] as const)('reach it with %s, find the optimization guide, open it', async ([, how], { open, site, expect }) => {
    const { page } = await open(START);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('pagefind'))), 'Pagefind loads only when search opens').toBe(false);

    if (how === 'slash') await page.locator('body').press('/');
    else await pressUntilFocused(page, 'Tab', 'input[type=search]', { max: 30 });
    expect(await focused(page)).toBe('input[type=search]');
    expect(await page.evaluate(() => document.activeElement?.closest('form[role=search][data-search]') !== null)).toBe(true);

    await page.keyboard.type(QUERY, { delay: 20 });
    const form = page.locator('form[data-search]').filter({ has: page.locator('input[type=search]:focus') });
    const result = form.locator(`a[href="${TARGET}"]`);
    await result.first().waitFor({ state: 'visible' });

    // Arrow keys (the widget's shortcut) or plain Tab both reach the result.
    await pressUntilFocused(page, how === 'slash' ? 'ArrowDown' : 'Tab', `a[href="${TARGET}"]`, { max: 12 });
    await Promise.all([page.waitForURL(site.url + TARGET), page.keyboard.press('Enter')]);
    await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
  });
});

test.concurrent('results that arrive while the reader is in the list keep their place', async ({ open, expect }) => {
  const { page } = await open(START);
  await page.locator('body').press('/');
  await page.keyboard.type(QUERY);
  const form = page.locator('form[data-search]').filter({ has: page.locator('input[type=search]:focus') });
  await form.locator(`a[href="${TARGET}"]`).first().waitFor({ state: 'visible' });
  await pressUntilFocused(page, 'ArrowDown', `a[href="${TARGET}"]`, { max: 12 });
  // The same query again (a trailing space) renders a new list while a result has focus, as a
  // longer query's results do when they arrive after the reader has started arrowing.
  await page.evaluate(() => {
    const list = document.activeElement!.closest('.search-results')!;
    list.setAttribute('data-old', '');
    list.closest('form')!.setAttribute('data-checked', '');
    const input = list.closest('form')!.querySelector('input[type=search]') as HTMLInputElement;
    input.value += ' ';
    input.dispatchEvent(new Event('input'));
  });
  await page.locator('form[data-checked] .search-results:not([data-old])').waitFor();
  expect(await focused(page)).toBe(`a[href=${TARGET}]`);
});

// The search box ranks with the same options as tests/dist/site-search.test.ts, which checks all four
// terms of issue 12.3 (PAGEFIND_OPTIONS in public/search.js): here the browser proves the box applies
// them. Without the guides' search topics, a blog post with LoRA in its title would come first.
test.concurrent('/search/?q= runs the query: quantization lists the optimization guide, LoRA the training guide first', async ({ open, site, expect }) => {
  const { page } = await open(`/search/?q=${QUERY}`);
  await page.locator(`main a[href="${TARGET}"]`).first().waitFor({ state: 'visible' });
  expect(await page.locator('main input[type=search]').first().inputValue()).toBe(QUERY);
  await page.goto(`${site.url}/search/?q=LoRA`);
  const first = page.locator('main .search-results a').first();
  await first.waitFor({ state: 'visible' });
  expect(await first.getAttribute('href')).toBe('/guides/model-training/');
});

test.concurrent('without JavaScript the header search still submits to /search/', async ({ open, expect }) => {
  const { page } = await open(START, { javaScriptEnabled: false });
  const form = page.locator('header form[role=search][data-search]');
  expect(await form.getAttribute('action')).toBe('/search/');
  await form.locator('input[type=search]').fill(QUERY);
  await Promise.all([page.waitForURL(/\/search\/\?q=quantization/), form.locator('input[type=search]').press('Enter')]);
});
