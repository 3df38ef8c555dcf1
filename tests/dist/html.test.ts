/**
 * Every built page is valid HTML under .htmlvalidate.json (html-validate's recommended and
 * document presets; see that file for the two rules Astro's output needs relaxed).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { PAGES } from './built-site.ts';

const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader(config));

test('there are pages to validate', () => {
  expect(PAGES.length).toBeGreaterThan(5);
});

describe('html-validate', () => {
  test.each(PAGES.map((p) => [p.path, p] as const))('%s is valid HTML', async (_path, page) => {
    const report = await validator.validateString(page.html, page.file);
    const messages = report.results.flatMap((r) =>
      r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`),
    );
    expect(messages).toEqual([]);
  });
});
