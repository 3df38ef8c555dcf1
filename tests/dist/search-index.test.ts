/**
 * The Pagefind index is built with the site (src/integrations/post-build.mjs) and answers queries.
 * How: dist/pagefind/pagefind.js runs in Node as well as in browsers (it checks for `document`
 * and `Worker` and falls back to searching on the calling thread); the only thing Node lacks is
 * fetch() for file: URLs, so the test serves those from disk for the duration of the query.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST } from './built-site.ts';

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string; meta: { title?: string } }> }[] }>;
}

const realFetch = globalThis.fetch;
let pagefind: Pagefind;

beforeAll(async () => {
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    const body = await readFile(fileURLToPath(url.split(/[?#]/)[0]!)).catch(() => null);
    return body ? new Response(body) : new Response('not found', { status: 404 });
  };
  const dir = resolve(DIST, 'pagefind');
  if (!existsSync(join(dir, 'pagefind.js'))) return;
  pagefind = (await import(/* @vite-ignore */ pathToFileURL(join(dir, 'pagefind.js')).href)) as Pagefind;
  await pagefind.options({ basePath: pathToFileURL(dir + '/').href, baseUrl: '/' });
  await pagefind.init();
});
afterAll(() => {
  globalThis.fetch = realFetch;
});

const search = async (q: string) => {
  const res = await pagefind.search(q);
  return Promise.all(res.results.map((r) => r.data()));
};

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
