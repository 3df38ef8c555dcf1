/**
 * Issue 12.2: the home page's first screen, at a laptop's and a phone's size, holds the question,
 * the primary action into the decision guide, a miniature of every calculator and who the site is for.
 */
import { describe } from 'vitest';
import { TOOL_IDS, TOOLS } from '../../src/config/tools.ts';
import { test } from './fixtures.ts';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

describe.concurrent.each(SIZES)('home page at $width × $height', (viewport) => {
  test('the question, the primary action, every calculator’s miniature and the audience are in the first viewport', async ({ open, expect }) => {
    const { page } = await open('/', { viewport, javaScriptEnabled: false });
    const inFirstScreen = (selector: string) =>
      page.locator(selector).first().evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
      });
    const action = page.getByRole('link', { name: 'Answer the 4 questions' });
    expect(await action.getAttribute('href')).toBe(TOOLS.decision.href);
    expect(await action.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
    expect(await inFirstScreen('main h1')).toBe(true);
    expect(await inFirstScreen('.hero__for')).toBe(true);
    for (const id of TOOL_IDS) expect(await inFirstScreen(`.minis a[href="${TOOLS[id].href}"]`), id).toBe(true);
    expect(await page.locator('.minis > li').count()).toBe(TOOL_IDS.length);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  });
});
