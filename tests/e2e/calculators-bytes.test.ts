/**
 * What a calculator's first interaction really downloads, measured in Chromium (and that nothing of
 * it loads before: hydration on intent, with calculators-hydration.test.ts): every script the
 * tool page has loaded once the reader's first change has been answered (the island, its renderer,
 * and whatever it imports on demand at that moment: on the estimator's page its open chart and
 * table follow the result), in brotli bytes of the built files. This is the figure a reader pays;
 * tests/dist/budgets.test.ts holds its static part (static imports only) to the same budget.
 * Issue 11's target is 24 KB each (BUDGETS.interaction); the estimator and the payback calculator
 * stay above it by decision and hold to their measured weight (BUDGETS.interactionCeiling; README →
 * "Why these two stay above 24 KB").
 */
import { readFileSync } from 'node:fs';
import { describe } from 'vitest';
import type { Page } from 'playwright-core';
import { BUDGETS, brotliSize, interactionBudget, kb } from '../../scripts/budgets.mjs';
import { DETAIL_SCRIPT, DIST, EXPLAIN_SCRIPT, ISLAND_SCRIPT, loadedScript, networkQuiet } from './helpers.ts';
import { test } from './fixtures.ts';

/** A reader's first change on each tool page, and what shows it was answered. */
const FIRST_CHANGE: Record<string, { act: (page: Page) => Promise<unknown>; answered: (page: Page) => Promise<unknown> }> = {
  decision: {
    act: (page) => page.locator('#decision-hasModel-no').click(),
    answered: (page) => page.getByTestId('decision-result').getByText('Train first', { exact: true }).waitFor(),
  },
  comparison: {
    act: (page) => page.locator('#comparison-q').fill('data'),
    answered: (page) => page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'data'),
  },
  timeline: {
    act: (page) => page.locator('#timeline-gpuCount').fill('4'),
    answered: (page) => page.waitForFunction(() => new URLSearchParams(location.search).get('n') === '4'),
  },
  payback: {
    act: (page) => page.locator('#payback-requestsPerDay').fill('2M'),
    answered: (page) => page.waitForFunction(() => new URLSearchParams(location.search).get('rpd') !== null),
  },
};

/**
 * Each tool at 1,280 px, where the result column (the estimator's open chart included) sits beside
 * the form; and the estimator on a phone, where its chart is far below the field and loads its code
 * only when the reader scrolls towards it (frame/Deferred.tsx). The estimator's explanations, under
 * its chart, load only when the reader scrolls to them, at either width.
 */
const CASES: [tool: string, width: number][] = [...Object.keys(FIRST_CHANGE).map((tool): [string, number] => [tool, 1280]), ['timeline', 390]];

describe.concurrent('JavaScript a first interaction loads', () => {
  test.for(CASES)('/tools/%s/ at %i px', async ([tool, width], { open, expect }) => {
    // A reused context: its HTTP cache does not hide a script, whose entry is recorded all the same.
    const { page } = await open(`/tools/${tool}/`, { viewport: { width, height: width < 600 ? 844 : 900 } });
    const { act, answered } = FIRST_CHANGE[tool]!;
    // Hydration on intent: before the reader reaches for the tool, none of its code has loaded.
    await networkQuiet(page);
    expect(await loadedScript(page, ISLAND_SCRIPT), 'island code before the first sign of use').toBe(false);
    expect(await page.locator('astro-island[ssr]').count(), 'islands waiting for the reader').toBeGreaterThan(0);
    await act(page);
    await answered(page);
    await page.locator('astro-island:not([ssr])').first().waitFor();
    await networkQuiet(page);
    const scripts = await page.evaluate(() =>
      [...new Set(performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname))].filter(
        (p) => p.endsWith('.js') && !p.startsWith('/pagefind/'),
      ),
    );
    const sizes = scripts.map((path) => brotliSize(readFileSync(DIST + path)));
    const bytes = sizes.reduce((n, size) => n + size, 0);
    const ceiling = interactionBudget(tool);
    if (tool === 'timeline') {
      if (width < 600) expect(scripts.filter((p) => DETAIL_SCRIPT.test(p)), 'the chart off screen loads no code').toEqual([]);
      expect(scripts.filter((p) => EXPLAIN_SCRIPT.test(p)), 'the explanations out of view load no code').toEqual([]);
    }
    console.log(
      `/tools/${tool}/ at ${width} px first interaction: ${kb(bytes)} brotli in ${scripts.length} scripts (target ${kb(BUDGETS.interaction)}, ceiling ${kb(ceiling)}): ${scripts.map((path, i) => `${path.split('/').pop()} ${kb(sizes[i]!)}`).join(', ')}`,
    );
    expect(scripts.some((p) => ISLAND_SCRIPT.test(p)), 'the island loaded on the first change').toBe(true);
    expect(bytes, scripts.join(', ')).toBeLessThanOrEqual(ceiling);
  });
});
