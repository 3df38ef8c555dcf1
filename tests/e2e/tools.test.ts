/**
 * The three calculators in Chromium on the built site (dist/):
 * - each works end to end with the keyboard only;
 * - "Plan this" opens the estimator with the decision's scenario;
 * - a shared link (the address after using a tool) restores the same result in a new page;
 * - with JavaScript disabled the default results are on the page;
 * - a guide's inline estimator opens with its preset.
 * No console errors, CSP violations, failed or third-party requests along the way.
 */
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { test } from './fixtures.ts';
import { tabTo } from './keyboard.ts';

/** The address once the URL sync has written the state (it waits for typing to settle). */
async function settledUrl(page: Page, contains: string): Promise<string> {
  await page.waitForFunction((c) => location.search.includes(c), contains);
  return page.url();
}

/** The path and query of an absolute address, to open it again in a new page. */
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

describe.concurrent('decision guide', () => {
  test('keyboard only: answer, read the result, "Plan this" pre-fills the estimator', async ({ open, expect }) => {
    const { page } = await open('/tools/decision/', { wait: 'hydrated' });
    const result = page.getByTestId('decision-result');
    await tabTo(page, '#decision-hasModel input');
    await page.keyboard.press('ArrowLeft'); // Not sure → No
    await result.getByText('Train first', { exact: true }).waitFor();
    expect(await page.locator('input[name=has][value=no]').isChecked()).toBe(true);
    await tabTo(page, 'a', 'Plan this');
    await Promise.all([page.waitForURL(/\/tools\/timeline\/\?/), page.keyboard.press('Enter')]);
    await page.locator('astro-island:not([ssr])').first().waitFor();
    await page.waitForFunction(() => (document.querySelector('input[name=sc][value=train-from-scratch]') as HTMLInputElement | null)?.checked);
    expect(page.url()).toContain('sc=train-from-scratch');
  });

  test('a shared link restores the same result in a new page', async ({ open, expect }) => {
    const { page } = await open('/tools/decision/', { wait: 'hydrated' });
    await page.getByRole('group', { name: /trained model for this task/i }).getByLabel('Yes').check();
    await page.getByLabel('Accuracy on held-out data').fill('95');
    await page.getByLabel('Accuracy the business needs').fill('90');
    await page.getByRole('group', { name: /block production use/i }).getByLabel('Yes').check();
    await page.getByLabel('Latency').check();
    const url = await settledUrl(page, 'bn=latency');
    const text = await page.getByTestId('decision-result').innerText();
    expect(text).toContain('Optimize first');
    const second = await open(pathOf(url), { wait: 'hydrated' });
    await second.page.waitForFunction(() => (document.querySelector('input[name=acc]') as HTMLInputElement | null)?.value === '95');
    await expect.poll(() => second.page.getByTestId('decision-result').innerText()).toBe(text);
  });
});

describe.concurrent('comparison table', () => {
  test('keyboard only: search, press a topic, highlight a path', async ({ open, expect }) => {
    const { page } = await open('/tools/comparison/', { wait: 'hydrated' });
    const rows = page.locator('table.cmp-table tbody tr');
    const total = await rows.count();
    await tabTo(page, '#comparison-q');
    await page.keyboard.type('data');
    await expect.poll(() => rows.count()).toBeLessThan(total);
    expect(await page.locator('table.cmp-table mark').count()).toBeGreaterThan(0);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(() => rows.count()).toBe(total);
    await tabTo(page, '#comparison-hl');
    await page.keyboard.press('ArrowDown'); // No highlight → the first path
    await expect.poll(() => page.locator('.cmp-row--highlight').count()).toBeGreaterThan(0);
    await tabTo(page, 'button.chip', 'Cost');
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByRole('button', { name: 'Cost', exact: true }).getAttribute('aria-pressed')).toBe('true');
    const filtered = await rows.count();
    expect(filtered).toBeLessThan(total);
    await expect.poll(() => page.locator('.cmp-count').innerText()).toBe(`${filtered} of ${total} aspects`);
    // The same view from the link, in a new page.
    const url = await settledUrl(page, 'tags=cost');
    const second = await open(pathOf(url), { wait: 'hydrated' });
    await expect.poll(() => second.page.locator('table.cmp-table tbody tr').count()).toBe(filtered);
  });
});

describe.concurrent('timeline estimator', () => {
  test('keyboard only: preset, inputs, pin, print; the link restores the estimate', async ({ open, expect }) => {
    const { page } = await open('/tools/timeline/', { wait: 'hydrated' });
    const result = page.getByTestId('timeline-result');
    await tabTo(page, 'button.chip', 'Pretrain a 7B model');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (document.querySelector('input[name=sc][value=train-from-scratch]') as HTMLInputElement).checked);
    expect(await page.locator('#timeline-modelParams').inputValue()).toBe('7B');
    await tabTo(page, '#timeline-gpuCount');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('16');
    await tabTo(page, '#timeline-mfu');
    await page.keyboard.type('40%');
    await expect.poll(() => page.url()).toContain('n=16');
    const url = await settledUrl(page, 'mfu=0.4');
    const totals = await result.locator('.tl-totals').innerText();
    await tabTo(page, 'button', 'Pin for comparison');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Pinned estimates' }).waitFor();
    expect(await page.getByRole('link', { name: 'Link to this estimate' }).getAttribute('href')).toBe(pathOf(url));
    // "Print the plan" gives one clean A4 page: the estimate and the pins, no form.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.tool__form').isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
    await page.emulateMedia({ media: 'screen' });
    const second = await open(pathOf(url), { wait: 'hydrated' });
    await expect.poll(() => second.page.getByTestId('timeline-result').locator('.tl-totals').innerText()).toBe(totals);
  });

  test('a guide opens its inline estimator with the preset it names', async ({ open, site, expect }) => {
    const { page } = await open('/guides/timelines-and-costs/');
    const island = page.locator('[data-tool=timeline]');
    await island.scrollIntoViewIfNeeded();
    await island.hover(); // hydration on intent: the pointer reaching the island wakes it
    await page.waitForFunction(() => !document.querySelector('[data-tool=timeline] astro-island[ssr]'));
    expect(await island.locator('input[name=params]').inputValue()).toBe('7B');
    expect(page.url()).toBe(site.url + '/guides/timelines-and-costs/'); // inline islands leave the address alone
  });
});

describe.concurrent('without JavaScript', () => {
  test.for([
    ['/tools/decision/', 'decision-result', /whether a model exists/], // nothing answered: how it decides, no recommendation
    ['/tools/timeline/', 'timeline-result', /Calendar time/],
  ] as const)('%s shows its default result', async ([path, testId, expected], { open, expect }) => {
    const { page } = await open(path, { javaScriptEnabled: false });
    expect(await page.getByTestId(testId).innerText()).toMatch(expected);
    if (testId === 'timeline-result') expect(await page.locator('.tl-chart [role=img] svg').count()).toBe(6); // a bar per phase and the total, each its own labelled image
  });

  test('/tools/comparison/ shows the full table', async ({ open, expect }) => {
    const { page } = await open('/tools/comparison/', { javaScriptEnabled: false });
    const rows = await page.locator('table.cmp-table tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(12);
    expect(await page.locator('.cmp-count').innerText()).toBe(`${rows} of ${rows} aspects`);
  });
});
