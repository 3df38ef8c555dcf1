/**
 * The built Pagefind index, queried from Node. dist/pagefind/pagefind.js runs in Node as well as
 * in browsers (it checks for `document` and `Worker` and falls back to searching on the calling
 * thread); the only thing Node lacks is fetch() for file: URLs, so for the duration of the test
 * file those are served from disk. The index is searched with the same options as the site's
 * search box (PAGEFIND_OPTIONS in public/search.js), so rankings here are what readers see.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import { DIST } from './built-site.ts';
import { PAGEFIND_OPTIONS } from '../../public/search.js';

/** What a result's data() gives (the fields the tests read). */
export interface PagefindPage {
  url: string;
  excerpt: string;
  meta: { title?: string; topics?: string };
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string) => Promise<{ results: { data: () => Promise<PagefindPage> }[] }>;
}

/**
 * Loads the index before the file's tests and restores fetch after them.
 * @example const search = usePagefind(); (await search('LoRA'))[0].url
 */
export function usePagefind(): (q: string) => Promise<PagefindPage[]> {
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
    await pagefind.options({ ...PAGEFIND_OPTIONS, basePath: pathToFileURL(dir + '/').href, baseUrl: '/' });
    await pagefind.init();
  });
  afterAll(() => {
    globalThis.fetch = realFetch;
  });
  return async (q) => Promise.all((await pagefind.search(q)).results.map((r) => r.data()));
}
