/**
 * Embeds that fit a blog (issue 11.7), in Chromium: each /embed/<tool>/ page framed at 680 px wide
 * by a host page on another origin (host.ts), sized by /embed.js; the analytics events
 * `train-or-optimize:result` reaching that host page, and their documentation on /embed/; axe
 * (WCAG 2.2 AA) on the states site.test.ts does not reach (answered, ?theme= forcing a scheme).
 * Each test opens one state of an embed and checks everything that state shows (its height, what
 * it reports, what it folds away), then uses it: a host page with its frame costs two renderers.
 * Every wait ends on a condition (hydrated islands, a settled frame height, a received message).
 */
import { describe, type ExpectStatic } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { axeViolations, waitForIslands } from './helpers.ts';
import { COLUMN, attribution, embedHeight, received, settledHeight, test } from './host.ts';

/** The frame is a 680 px column and, once sized by embed.js, within `most` px (issue 11.7's limits) and above `least`. */
async function fits(page: Page, frame: Frame, [least, most]: [number, number], expect: ExpectStatic): Promise<number> {
  expect(await frame.evaluate(() => document.documentElement.clientWidth), 'frame width').toBe(COLUMN);
  const height = await settledHeight(page, frame, expect);
  expect(height, 'height').toBeGreaterThan(least);
  expect(height, 'height').toBeLessThanOrEqual(most);
  return height;
}

/** The decision and comparison embeds: at most 1,200 px; the timeline: 1,600 px (steps, disclosure). */
const SHORT: [number, number] = [300, 1200];
const TIMELINE: [number, number] = [600, 1600];

describe.concurrent('embeds in a 680 px blog column on another origin', () => {
  test('decision, nothing answered: at most 1,200 px, links back to the tool, reports no path, then the path once answered', async ({ openHost, expect }) => {
    const { page, frame } = await openHost('decision');
    await fits(page, frame, SHORT, expect);
    const link = await attribution(frame, 'decision');
    expect(link.href).toMatch(link.expected);
    expect(link.target).toBe('_blank');
    // With nothing answered the guide recommends nothing: path null.
    await expect.poll(async () => (await received(page)).at(-1)).toEqual({ type: 'train-or-optimize:result', tool: 'decision', shared: false, path: null });
    await frame
      .getByRole('group', { name: /trained model for this task/i })
      .getByLabel('No', { exact: true })
      .check();
    await expect.poll(async () => (await received(page)).at(-1)).toMatchObject({ tool: 'decision', shared: false, path: 'train-first' });
    expect(typeof (await received(page)).at(-1)!.confidence).toBe('string');
  });

  test("decision ?has=no&theme=dark: at most 1,200 px, says it was shared, takes ?theme= and keeps it with the tool's own state", async ({
    openHost,
    expect,
  }) => {
    const { page, frame } = await openHost('decision', '?has=no&theme=dark');
    await fits(page, frame, SHORT, expect);
    await expect.poll(async () => (await received(page)).at(-1)).toMatchObject({ tool: 'decision', shared: true, path: 'train-first' });
    expect(await frame.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await frame.getByTestId('decision-result').getByText('Train first', { exact: true }).waitFor();
    // The state sync keeps ?theme= in the frame's address.
    // (with no model yet, only the model-kind question follows: the others would not change the path)
    await frame
      .getByRole('group', { name: /kind of model/i })
      .getByLabel('Language model')
      .check();
    await expect.poll(() => new URL(frame.url()).searchParams.get('mk')).toBe('llm');
    expect(new URL(frame.url()).searchParams.get('theme')).toBe('dark');
  });

  test('decision answered (?has=yes&acc=72&req=90): at most 1,200 px, its explanations behind <details>', async ({ openHost, expect }) => {
    const { page, frame } = await openHost('decision', '?has=yes&acc=72&req=90');
    await fits(page, frame, SHORT, expect);
    const result = frame.getByTestId('decision-result');
    await result.getByText('Retrain first', { exact: true }).waitFor();
    const steps = result.locator('details', { hasText: 'Next steps' });
    expect(await steps.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await steps.locator('summary').click();
    await steps.locator('ol li').first().waitFor();
    expect(await steps.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  });

  test('comparison: at most 1,200 px with its first rows, every row after "Show all"; reports the highlighted path and matching rows; the frame follows its content', async ({
    openHost,
    expect,
  }) => {
    const { page, frame } = await openHost('comparison');
    const short = await fits(page, frame, SHORT, expect);
    const link = await attribution(frame, 'comparison');
    expect(link.href).toMatch(link.expected);
    await expect
      .poll(async () => (await received(page)).at(-1))
      .toEqual({ type: 'train-or-optimize:result', tool: 'comparison', shared: false, path: null, rows: 16 });

    const rows = frame.locator('.cmp-table tbody tr');
    const visible = () => rows.evaluateAll((trs) => trs.filter((tr) => (tr as HTMLElement).offsetHeight > 0).length);
    expect(await visible()).toBe(5);
    await frame.getByRole('button', { name: /^Show all 16 aspects$/ }).click();
    await expect.poll(visible).toBe(16);
    expect(await frame.getByRole('button', { name: /Show the first 5 only/ }).getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => embedHeight(page)).toBeGreaterThan(short + 300);
    const full = await settledHeight(page, frame, expect);

    await frame.getByLabel('Highlight rows for my path').selectOption('optimize-first');
    await expect.poll(async () => (await received(page)).at(-1)).toMatchObject({ tool: 'comparison', path: 'optimize-first', rows: 16 });
    // Fewer rows: the frame shrinks with its content, and grows back when the search is cleared.
    await frame.getByLabel('Search the table').fill('calibration');
    await expect.poll(async () => (await received(page)).at(-1)?.rows).toBeLessThan(16);
    await expect.poll(() => embedHeight(page)).toBeLessThan(full - 100);
    await frame.getByLabel('Search the table').fill('');
    await expect.poll(() => embedHeight(page)).toBeGreaterThan(full - 5);
  });

  test('comparison ?hl=optimize-first: at most 1,200 px', async ({ openHost, expect }) => {
    const { page, frame } = await openHost('comparison', '?hl=optimize-first');
    await fits(page, frame, SHORT, expect);
  });

  // The estimator in steps: presets, scenario and hardware open, the other steps and the
  // estimate's phase chart and explanations behind <details> (was 3,534 px before, 2026-11-25).
  test('timeline: at most 1,600 px, the headline figures shown, its steps and phase chart behind <details>', async ({ openHost, expect }) => {
    const { page, frame } = await openHost('timeline');
    await fits(page, frame, TIMELINE, expect);
    const link = await attribution(frame, 'timeline');
    expect(link.href).toMatch(link.expected);
    const result = frame.getByTestId('timeline-result');
    await result.getByText('Calendar time').waitFor();
    const open = (sel: string) => frame.locator(sel).evaluate((d) => (d as HTMLDetailsElement).open);
    expect(await open('[data-step="model"]')).toBe(false);
    expect(await open('[data-step="hardware"]')).toBe(true);
    expect(await open('[data-testid="tl-phases"]')).toBe(false);
    // A change, then the phase chart opened: its code loads then, and its total matches the headline.
    await frame.locator('#timeline-gpuCount').fill('4');
    const days = () =>
      result
        .locator('.tl-totals dd')
        .first()
        .evaluate((dd) => dd.firstChild?.textContent ?? '');
    await expect.poll(days).not.toBe('39 days');
    await frame.locator('[data-testid="tl-phases"] > summary').click();
    const caption = result.locator('.tl-figure figcaption');
    await expect.poll(async () => (await caption.textContent()) ?? '').toContain(`likely ${await days()} in total`);
    // The model step opens and its inputs work.
    await frame.locator('[data-step="model"] > summary').click();
    await frame.locator('#timeline-modelParams').fill('70B');
    await expect.poll(days).not.toBe('39 days');
  });

  test('timeline ?preset=pretrain-7b: at most 1,600 px; reports likely days, GPU-hours and cost, as shared', async ({ openHost, expect }) => {
    const { page, frame } = await openHost('timeline', '?preset=pretrain-7b');
    await fits(page, frame, TIMELINE, expect);
    await expect.poll(async () => (await received(page)).at(-1)?.tool).toBe('timeline');
    const last = (await received(page)).at(-1)!;
    expect(last.shared).toBe(true);
    expect(last.totals!.days).toBeGreaterThan(0);
    expect(last.totals!.gpuHours).toBeGreaterThan(0);
    expect(last.totals!.costUsd).toBeGreaterThan(0);
  });

  test('/embed/ documents the result event and each field', async ({ open, expect }) => {
    const { page } = await open('/embed/');
    const text = await page.locator('main').innerText();
    for (const word of ['train-or-optimize:result', 'tool', 'shared', 'path', 'confidence', 'rows', 'totals', 'days', 'gpuHours', 'costUsd']) {
      expect(text).toContain(word);
    }
  });
});

describe.concurrent('axe: WCAG 2.2 AA in light and dark', () => {
  // Every tool and embed page, as it first shows, is checked in light and dark in site.test.ts;
  // these are the states it does not reach: an answered decision, and ?theme= forcing a scheme.
  test.for([
    ['/embed/decision/?has=yes&acc=72&req=90&theme=light', 'light'],
    ['/embed/decision/?has=yes&acc=72&req=90&theme=dark', 'dark'],
    ['/embed/comparison/?theme=dark', 'light'],
    ['/embed/timeline/?theme=auto', 'dark'],
  ] as const)('%s in %s', async ([path, scheme], { open, expect }) => {
    const { page } = await open(path, {
      colorScheme: scheme,
      reducedMotion: 'reduce',
      viewport: { width: path.startsWith('/embed/') ? COLUMN : 1280, height: 900 },
    });
    await waitForIslands(page);
    expect(await axeViolations(page, scheme)).toEqual([]);
  });
});
