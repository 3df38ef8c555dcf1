/**
 * What the security browser tests feed the site: one script-like value carrying every classic
 * vector, the tools' URL sections, and how to tell whether an injection ran.
 */
import type { Page } from 'playwright-core';
import { URL_KEYS } from '../../src/rules/index.ts';

/**
 * One value carrying every classic vector: a javascript: URL (if used as an href), an attribute
 * breakout with an event handler (double and single quotes), a script element and an SVG onload.
 */
export const PAYLOAD =
  'javascript:window.__xss=1;alert(1)//"><img src=x onerror="window.__xss=1;alert(1)">' +
  "'><svg onload=window.__xss=1></svg><script>window.__xss=1;alert(1)</script>";

export const SECTIONS = [...new Set(URL_KEYS.map((k) => k.section))];
export const queryFor = (keys: readonly string[]) => keys.map((k) => `${k}=${encodeURIComponent(PAYLOAD)}`).join('&');
export const fieldOf = (key: string) => {
  const k = URL_KEYS.find((u) => u.key === key)!;
  return `${k.section}.${k.field}`;
};

/** What an injection would leave behind: the flag, and elements or URLs that could run script. */
export const injected = (page: Page) =>
  page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    elements: [
      ...document.querySelectorAll(
        'img[src="x"], [onerror], [onload], [onclick], [onmouseover], [onfocus], a[href^="javascript:" i], iframe[src^="javascript:" i], form[action^="javascript:" i]',
      ),
    ].map((e) => e.outerHTML.slice(0, 120)),
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('__xss')).length,
  }));
