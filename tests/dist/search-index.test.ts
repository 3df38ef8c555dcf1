/**
 * The Pagefind index is built with the site (src/integrations/post-build.mjs) and answers queries.
 * The index is queried from Node (usePagefind in ./pagefind.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from './built-site.ts';
import { usePagefind } from './pagefind.ts';

const search = usePagefind();

test('dist/pagefind/pagefind.js exists', () => {
  expect(existsSync(join(DIST, 'pagefind', 'pagefind.js'))).toBe(true);
});

test('"quantization" finds the optimization guide among the first 8 results (what the header shows)', async () => {
  const urls = (await search('quantization')).map((d) => d.url);
  expect(urls.slice(0, 8)).toContain('/guides/model-optimization/');
});

test('the 404 page, the search page and the embed iframes are not in the index', async () => {
  const urls = [...(await search('training')), ...(await search('optimization')), ...(await search('search'))].map((d) => d.url);
  expect(urls.filter((u) => u === '/404.html' || u === '/404/' || u === '/search/' || /^\/embed\/[^/]+\/$/.test(u))).toEqual([]);
});

test('results carry a page title', async () => {
  const results = await search('quantization');
  expect(results.filter((r) => !r.meta.title).map((r) => r.url)).toEqual([]);
});
