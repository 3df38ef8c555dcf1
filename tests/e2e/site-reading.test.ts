/**
 * Issue 12 in a real browser: the glossary filter (full list without JavaScript, filters with
 * it), and numbered notes show their title on focus. That no page shows a source id once
 * hydrated is checked on every page in site.test.ts.
 */
import { describe } from 'vitest';
import { test } from './fixtures.ts';

describe.concurrent('glossary filter', () => {
  test('without JavaScript: every term shows and the filter box stays hidden', async ({ open, expect }) => {
    const { page } = await open('/glossary/', { javaScriptEnabled: false });
    const all = await page.locator('.glossary__item').count();
    expect(all).toBeGreaterThan(20);
    expect(await page.locator('.glossary__item:visible').count()).toBe(all);
    expect(await page.locator('[data-glossary-filter]').isVisible()).toBe(false);
  });

  test('with JavaScript: typing narrows the list and announces the count; clearing restores it', async ({ open, expect }) => {
    const { page } = await open('/glossary/');
    const all = await page.locator('.glossary__item').count();
    const box = page.getByLabel(/Filter the \d+ terms/);
    await box.waitFor({ state: 'visible' });
    await box.fill('quantiz');
    await expect.poll(() => page.locator('.glossary__item:visible').count()).toBeLessThan(all);
    expect(await page.locator('.glossary__item:visible').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-glossary-filter] [role=status]').textContent()).toMatch(/^\d+ of \d+ terms$/);
    await box.fill('');
    await expect.poll(() => page.locator('.glossary__item:visible').count()).toBe(all);
  });
});

describe.concurrent('numbered notes', () => {
  test('a note shows its source title on keyboard focus, and its target is highlighted', async ({ open, expect }) => {
    const { page } = await open('/guides/model-training/');
    const note = page.locator('sup.cite a').first();
    const tip = note.locator('.cite__tip');
    expect(await tip.isVisible()).toBe(false);
    await note.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await note.click();
    const target = page.locator('.source-notes li:target');
    await target.waitFor();
    expect(await target.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });
});
