// Helpers for `npm run bench` (scripts/bench.mjs): where a build's time goes, a 10,000-page
// Pagefind index, and the bytes one search downloads.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

/**
 * A build's time by step, in ms: Astro's own steps from its log (setup = config, content sync and
 * types; bundle = the server and client bundles, where MDX compiles; render = generating the
 * pages), the post-build passes from .astro/build-times.json, and what is left (process start,
 * shutdown). @returns {[string, number][]}
 */
export function buildSplit({ log, ms, times }) {
  const lines = log.split('\n');
  const after = (marker, re) => {
    const i = lines.findIndex((l) => l.includes(marker));
    if (i < 0) return 0;
    const m = lines.slice(i + 1).join('\n').match(re);
    return m ? Number(m[1]) * (m[2] === 'ms' ? 1 : 1000) : 0;
  };
  const setup = after('Collecting build info', /Completed in ([\d.]+)(m?s)/);
  const bundles = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce((n, m) => n + Number(m[1]) * (m[2] === 'ms' ? 1 : 1000), 0);
  const render = after('generating static routes', /Completed in ([\d.]+)(m?s)/);
  const t = times?.ms ?? {};
  const steps = [
    ['Astro: setup, content sync, types', setup],
    ['Astro: bundles (MDX compile, islands)', bundles],
    ['Astro: rendering the pages', render],
    ['post-build: read HTML once, hoist style, prune CSS and CSP, write once', (t.read ?? 0) + (t.hoist ?? 0) + (t.csp ?? 0) + (t.strip ?? 0) + (t.write ?? 0)],
    ['Open Graph images', t.og ?? 0],
    ['sitemap', t.sitemap ?? 0],
    ['Pagefind index', t.pagefind ?? 0],
  ];
  steps.push(['other (start-up, writing files, exit)', Math.max(0, ms - steps.reduce((n, [, v]) => n + v, 0))]);
  steps.push(['total', ms]);
  return steps;
}

/**
 * A Pagefind index of `total` generated guides plus the site's real pages, made from a built
 * site's HTML (each generated guide page copied with its number changed), in a temporary folder.
 * @returns {Promise<{ dir: string, pages: number, cleanup: () => Promise<void> }>}
 */
export async function syntheticIndex(dist, total) {
  const dir = await mkdtemp(join(tmpdir(), 'too-search-'));
  const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
  const template = files.find((f) => /scale-test-0000\//.test(f));
  if (!template) throw new Error('no generated guide in the build to copy');
  const html = await readFile(join(dist, template), 'utf8');
  const { index } = await pagefind.createIndex({});
  let pages = 0;
  for (const f of files) {
    if (/scale-test-\d+\//.test(f)) continue;
    await index.addHTMLFile({ url: '/' + f.replace(/index\.html$/, ''), content: await readFile(join(dist, f), 'utf8') });
    pages++;
  }
  for (let i = 0; i < total; i++) {
    const n = String(i).padStart(5, '0');
    await index.addHTMLFile({ url: `/guides/scale-test-${n}/`, content: html.replaceAll('0000', n) });
    pages++;
  }
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  return { dir, pages, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Bytes Pagefind downloads for each query in Chromium, as the site's search does it (search, then
 * the data of the first 8 results): the first query with nothing loaded, and the next one.
 * @returns {Promise<{ query: string, first: number, next: number, files: number }[]>}
 */
export async function searchBytes(dir, queries) {
  const server = await serve(dir, { headers: false });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'] });
  try {
    const out = [];
    for (const [i, query] of queries.entries()) {
      const page = await (await browser.newContext()).newPage();
      let pending = [];
      let files = 0;
      page.on('response', (r) => {
        if (!new URL(r.url()).pathname.startsWith('/pagefind/')) return;
        files++;
        pending.push(r.body().then((b) => b.length, () => 0));
      });
      await page.goto(server.url + '/pagefind/pagefind-entry.json');
      pending = [];
      files = 0;
      /** Runs a query as public/search.js does and returns the bytes it downloaded. */
      const run = async (q) => {
        pending = [];
        await page.evaluate(async (q) => {
          const pf = await import('/pagefind/pagefind.js');
          const res = await pf.search(q);
          await Promise.all(res.results.slice(0, 8).map((r) => r.data()));
        }, q);
        return (await Promise.all(pending)).reduce((a, b) => a + b, 0);
      };
      const first = await run(query);
      const next = await run(queries[(i + 1) % queries.length] === query ? `${query}s` : queries[(i + 1) % queries.length]);
      out.push({ query, first, next, files });
      await page.context().close();
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
