/**
 * The payback calculator in Chromium on the built site (dist/):
 * - it works with the keyboard only (a field, the result, pinning);
 * - with JavaScript disabled the tool page shows the preset's result, labelled as an example, and
 *   on a phone its options stack into labelled cards instead of scrolling sideways;
 * - a shared link (the address after using it) restores the same result in a new page;
 * - a hand-off link from the decision guide ticks its techniques and says where it came from;
 * (axe in light and dark, hydrated, runs on every tool and embed page in site.test.ts.)
 * (The embed's resizing is checked with the other embeds in embed.test.ts.)
 * Tests wait on conditions (elements, the address), never on time.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { tabTo } from './keyboard.ts';

const PATH = '/tools/payback/';

/** The address once the URL sync has written the state (it waits for typing to settle). */
async function settledUrl(page: Page, contains: string): Promise<string> {
  await page.waitForFunction((c) => location.search.includes(c), contains);
  return page.url();
}

const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;
const todayRow = (page: Page) => page.getByTestId('payback-result').locator('tbody tr').first().innerText();

describe.concurrent('payback calculator', () => {
  test('keyboard only: change the utilization, read the result, pin it', async ({ open, expect }) => {
    const { page } = await open(PATH, { wait: 'hydrated' });
    const before = await todayRow(page);
    await tabTo(page, '#payback-utilization');
    await page.keyboard.type('30%');
    await settledUrl(page, 'util=');
    await expect.poll(() => todayRow(page)).not.toBe(before);
    await tabTo(page, 'button', 'Pin for comparison');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Pinned results' }).waitFor();
    await tabTo(page, '.pin a', 'Link to this result');
    expect(await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'))).toContain('util=');
  });

  test('without JavaScript, the page shows the preset’s result as an example', async ({ open, expect }) => {
    const { page } = await open(PATH, { javaScriptEnabled: false });
    const result = page.getByTestId('payback-result');
    expect(await result.locator('.result__example').innerText()).toMatch(/^Example: Chat assistant/);
    expect(await todayRow(page)).toMatch(/Today\s+2 GPUs/);
    expect(await result.locator('tbody tr').count()).toBeGreaterThan(2);
    expect(await result.locator('svg.pb-chart polyline').count()).toBeGreaterThan(1);
    // On a phone each option becomes a card with its figures labelled, instead of a table whose
    // break-even and cost columns hide in a sideways scroll.
    await page.setViewportSize({ width: 390, height: 844 });
    const table = result.locator('table');
    await expect.poll(() => table.evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true);
    const labels = await result
      .locator('tbody tr')
      .nth(1)
      .locator('td')
      .evaluateAll((cells) => cells.map((td) => getComputedStyle(td, '::before').content));
    expect(labels).toEqual(['"One-off cost"', '"Monthly cost"', '"Monthly saving"', '"Break-even"', '"Cost per 1M tokens"']);
  });

  test('a shared link restores the same result in a new page', async ({ open, expect }) => {
    const { page } = await open(PATH, { wait: 'hydrated' });
    await page.getByLabel('Requests per day').fill('250k');
    const url = await settledUrl(page, 'rpd=');
    const text = await page.getByTestId('payback-result').locator('table').innerText();
    const second = await open(pathOf(url), { wait: 'hydrated' });
    await second.page.waitForFunction(() => /^(250k|250000|250,000)$/i.test((document.querySelector('#payback-requestsPerDay') as HTMLInputElement | null)?.value ?? ''));
    await expect.poll(() => second.page.getByTestId('payback-result').locator('table').innerText()).toBe(text);
  });

  test('a link from the decision guide ticks its techniques and says so', async ({ open, expect }) => {
    const { page } = await open(`${PATH}?tech=quantization,batching&from=optimize-first`, { wait: 'hydrated' });
    const note = page.getByTestId('handoff-note');
    await note.waitFor();
    expect(await note.innerText()).toContain('From your decision');
    await expect.poll(() => page.getByTestId('payback-result').locator('tbody tr').count()).toBe(3); // today and two steps
    await note.getByRole('button', { name: 'Dismiss this note' }).click();
    await note.waitFor({ state: 'detached' });
  });

  test('a hand-off link with a bad value says which was ignored, and opens the example', async ({ open, expect }) => {
    const { page } = await open(`${PATH}?from=timeline&pgh=8,4,2&pph=1,2,3`, { wait: 'hydrated' });
    const warning = page.locator('.tool-warning');
    await warning.getByText('The plan’s GPU-hours').waitFor();
    expect(await page.getByTestId('handoff-note').count()).toBe(0);
    await expect.poll(() => page.getByTestId('payback-result').locator('tbody tr').count()).toBeGreaterThan(1);
  });
});
