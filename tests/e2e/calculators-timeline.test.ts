/**
 * The timeline estimator in Chromium on the built site (issues 10 and 11.6): a 405B full
 * fine-tune on one L4 says it does not fit, first in the result; applying the suggested GPU count
 * fixes it; a chart bar shows its low / likely / high when it has keyboard focus.
 * Tests wait on conditions, never on time.
 */
import { describe } from 'vitest';
import { test } from './fixtures.ts';

describe.concurrent('timeline estimator', () => {
  test('405B full fine-tune on 1 × L4: does-not-fit, one-click fix, bar values on focus', async ({ open, expect }) => {
    const { page } = await open('/tools/timeline/', { viewport: { width: 1280, height: 800 } });
    await page.locator('#timeline-modelParams').fill('405B');
    await page.locator('astro-island:not([ssr])').first().waitFor();
    await page.getByLabel(/^Full fine-tune/).check();
    await page.locator('#timeline-gpuType').selectOption('l4');
    await page.locator('#timeline-gpuCount').fill('1');
    const fit = page.getByTestId('fit-result');
    await fit.waitFor();
    expect(await fit.textContent()).toMatch(/NVIDIA L4.*fits on \d+ or more/);
    await expect.poll(() => page.getByTestId('fit-form').isVisible()).toBe(true);
    const apply = fit.getByRole('button', { name: /^Use \d+ ×/ });
    const min = (await apply.textContent())!.match(/Use (\d+)/)![1];
    await apply.click();
    await fit.waitFor({ state: 'detached' });
    expect(await page.locator('#timeline-gpuCount').inputValue()).toBe(min);
    expect(await page.getByTestId('memory').textContent()).toMatch(/\(fits\)/);

    const bar = page.locator('[data-bar="total"]');
    await bar.focus();
    const tip = bar.locator('.tl-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^Total: likely .* \(low .*, high .*\)$/);
  });
});
