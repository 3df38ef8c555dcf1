/**
 * Site search in a real browser, keyboard only: the header search box (reached with Tab, or the
 * "/" shortcut) lazy-loads /search.js and Pagefind, typing "quantization" lists the optimization
 * guide, and the result is reachable and followable with the keyboard. The /search/ page does
 * the same from its ?q= parameter. Zero CSP violations (Pagefind runs WebAssembly in a worker)
 * and zero console errors throughout.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newCheckedContext, startServer } from './helpers.ts';

const QUERY = 'quantization';
const TARGET = '/guides/model-optimization/';
/** A page with the full header; any guide will do. */
const START = '/guides/model-training/';

let browser: Browser;
let srv: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  [browser, srv] = await Promise.all([launchBrowser(), startServer()]);
});
afterAll(async () => {
  await browser?.close();
  await srv?.close();
});

/** What has keyboard focus, as a short description. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''}`;
  });

/** Presses ArrowDown/Tab from the search box until the result link to TARGET has focus. */
async function focusResult(page: Page, key: 'ArrowDown' | 'Tab'): Promise<string[]> {
  const path: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    path.push(now);
    if (now === `a[href=${TARGET}]`) return path;
  }
  return path;
}

describe('header search, keyboard only', () => {
  test.each([
    ['the "/" shortcut', 'slash'],
    ['Tab from the top of the page', 'tab'],
  ] as const)('reach it with %s, find the optimization guide, open it', async (_label, how) => {
    const { page, problems, close } = await newCheckedContext(browser, srv.url, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(srv.url + START, { waitUntil: 'load' });
      expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('pagefind'))), 'Pagefind loads only when search opens').toBe(false);

      if (how === 'slash') {
        await page.locator('body').press('/');
      } else {
        for (let i = 0; i < 30 && (await focused(page)) !== 'input[type=search]'; i++) await page.keyboard.press('Tab');
      }
      expect(await focused(page)).toBe('input[type=search]');
      expect(await page.evaluate(() => document.activeElement?.closest('form[role=search][data-search]') !== null)).toBe(true);

      await page.keyboard.type(QUERY, { delay: 20 });
      const form = page.locator('form[data-search]').filter({ has: page.locator('input[type=search]:focus') });
      const result = form.locator(`a[href="${TARGET}"]`);
      await result.first().waitFor({ state: 'visible', timeout: 15_000 });

      // Arrow keys (the widget's shortcut) or plain Tab both reach the result.
      const route = await focusResult(page, how === 'slash' ? 'ArrowDown' : 'Tab');
      expect(route.at(-1), `focus went: ${route.join(' → ')}`).toBe(`a[href=${TARGET}]`);
      await Promise.all([page.waitForURL(srv.url + TARGET), page.keyboard.press('Enter')]);
      await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();

      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  test('Escape closes the results and returns focus to the box', async () => {
    const { page, problems, close } = await newCheckedContext(browser, srv.url, { viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(srv.url + START, { waitUntil: 'load' });
      await page.locator('body').press('/');
      await page.keyboard.type(QUERY);
      const box = page.locator('#search-results');
      await box.locator(`a[href="${TARGET}"]`).waitFor({ state: 'visible', timeout: 15_000 });
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Escape');
      await expect.poll(() => box.isHidden()).toBe(true);
      expect(await focused(page)).toBe('input[type=search]');
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});

test('/search/?q=quantization lists the optimization guide', async () => {
  const { page, problems, close } = await newCheckedContext(browser, srv.url);
  try {
    await page.goto(`${srv.url}/search/?q=${QUERY}`, { waitUntil: 'load' });
    await page.locator(`main a[href="${TARGET}"]`).first().waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator('main input[type=search]').first().inputValue()).toBe(QUERY);
    expect(problems).toEqual([]);
  } finally {
    await close();
  }
});

test('without JavaScript the header search still submits to /search/', async () => {
  const { page, close } = await newCheckedContext(browser, srv.url, { javaScriptEnabled: false });
  try {
    await page.goto(srv.url + START, { waitUntil: 'load' });
    const form = page.locator('header form[role=search][data-search]');
    expect(await form.getAttribute('action')).toBe('/search/');
    await form.locator('input[type=search]').fill(QUERY);
    await Promise.all([page.waitForURL(/\/search\/\?q=quantization/), form.locator('input[type=search]').press('Enter')]);
  } finally {
    await close();
  }
});
