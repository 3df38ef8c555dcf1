/**
 * Keyboard helpers for the e2e tests: move focus the way a reader without a mouse does, and say
 * where it went when it never arrives.
 */
import type { Page } from 'playwright-core';

/**
 * What has keyboard focus, as a short description: tag, then [type=…] and [href=…] when present.
 * @example expect(await focused(page)).toBe('input[type=search]');
 */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const type = el.getAttribute('type');
    const href = el.getAttribute('href');
    return `${el.tagName.toLowerCase()}${type ? `[type=${type}]` : ''}${href ? `[href=${href}]` : ''}`;
  });
}

/**
 * Presses `key` until the focused element matches the CSS selector (and, when given, has exactly
 * `text` as its text), at most `max` times. Throws with the path focus took when it never gets there.
 * @example await pressUntilFocused(page, 'ArrowDown', 'a[href="/guides/model-optimization/"]', { max: 12 });
 */
export async function pressUntilFocused(
  page: Page,
  key: string,
  selector: string,
  { text, max = 150 }: { text?: string | undefined; max?: number } = {},
): Promise<void> {
  const path: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const { hit, now } = await page.evaluate(
      ([sel, txt]) => {
        const el = document.activeElement as HTMLElement | null;
        const href = el?.getAttribute('href');
        return {
          hit: !!el?.matches(sel!) && (txt === undefined || el.textContent?.trim() === txt),
          now: el ? `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${href ? `[href=${href}]` : ''}` : '',
        };
      },
      [selector, text] as const,
    );
    if (hit) return;
    path.push(now);
  }
  throw new Error(`${key} never reached ${selector}${text ? ` "${text}"` : ''}; focus went: ${path.join(' → ')}`);
}

/**
 * Presses Tab until the focused element matches the selector (and has exactly `text`).
 * @example await tabTo(page, 'button.chip', 'Cost');
 */
export function tabTo(page: Page, selector: string, text?: string): Promise<void> {
  return pressUntilFocused(page, 'Tab', selector, { text });
}
