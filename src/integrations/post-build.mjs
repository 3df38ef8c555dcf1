// Finishes `astro build`: Open Graph images, sitemap.xml and the Pagefind search index (then
// strips the index-only search topics from the HTML), so every build (npm start, tests, bench, CI) has all three. Each HTML file is read once
// and written once after the style and CSP passes (again only if it carried search topics); the passes
// share the text in memory. Each step's time goes to .astro/build-times.json (`npm run bench` prints it).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { staticImportPaths } from './module-graph.mjs';
import { writeOgImages } from './og-images.mjs';
import { writeSitemap } from './sitemap.mjs';
import { pruneUnusedCss } from './unused-css.mjs';

/**
 * Astro writes its one-line island style (`astro-island{display:contents}`) in front of the first
 * island, inside <body>, where <style> is not allowed. Move it into <head>; the CSP hash still matches.
 */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;
function hoistIslandStyle(pages) {
  for (const page of pages) {
    const { html } = page;
    const head = html.indexOf('</head>');
    const match = html.match(ISLAND_STYLE);
    if (!match || match.index < head) continue;
    const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
    page.html = without.slice(0, head) + match[0] + without.slice(head);
  }
}

/**
 * Each island names the chunks its code imports (`data-preload`, site paths), so that the intent
 * directive (intent/directive.ts) can request them together with the island's entry when the
 * reader reaches for it, instead of after the entry has arrived: one round trip for all of its code.
 * The entry files import every chunk they need directly (hoist-imports.mjs), so their static
 * imports are the whole list. Nothing is requested before the reader's intent.
 */
const ISLAND_TAG = /<astro-island\b([^>]*)>/g;
async function preloadIslandCode(dist, pages) {
  /** Each entry file's static imports as site paths, read once (the promise is kept, so pages that ask at once share one read). */
  const importsOf = new Map();
  const read = (url) => {
    if (!importsOf.has(url)) {
      importsOf.set(
        url,
        readFile(join(dist, url), 'utf8')
          .catch(() => '')
          .then((js) => staticImportPaths(js, url)),
      );
    }
    return importsOf.get(url);
  };
  for (const page of pages) {
    if (!page.html.includes('<astro-island')) continue;
    const tags = [...page.html.matchAll(ISLAND_TAG)];
    const lists = await Promise.all(
      tags.map(async ([, attrs]) => {
        const urls = ['component-url', 'renderer-url'].map((name) => attrs.match(new RegExp(`\\b${name}="([^"]+)"`))?.[1]).filter(Boolean);
        const chunks = [...new Set((await Promise.all(urls.map(read))).flat())].filter((u) => !urls.includes(u));
        return chunks.join(' ');
      }),
    );
    let i = 0;
    page.html = page.html.replace(ISLAND_TAG, (tag) => {
      const list = lists[i++];
      return list && !tag.includes(' data-preload=') ? tag.replace('<astro-island', `<astro-island data-preload="${list}"`) : tag;
    });
  }
}

/**
 * Astro's CSP <meta> lists the hash of every inline script and style in the whole build (20 or so,
 * about 0.6 KB brotli of incompressible base64 on every page). Keep only the hashes of the inline
 * scripts and styles this page carries: the policy allows exactly what the page runs, as before.
 * A style pruned by unused-css.mjs gets its new hash in place of the old one.
 */
const CSP_META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/;
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g;
export function pruneCspHashes(html) {
  const meta = html.match(CSP_META);
  if (!meta) return html;
  const used = new Set();
  const added = [];
  for (const m of html.matchAll(INLINE)) {
    if (/\bsrc=/.test(m[2])) continue;
    const hash = `'sha256-${createHash('sha256').update(m[3]).digest('base64')}'`;
    used.add(hash);
    if (m[1] === 'style' && !meta[2].includes(hash)) added.push(hash);
  }
  const policy = meta[2]
    .replace(/'sha256-[A-Za-z0-9+/=]+'/g, (h) => (used.has(h) ? h : ''))
    .replace(/(style-src [^;]*)/, (d) => [d.trim(), ...added].join(' ')).replace(/ {2,}/g, ' ').replace(/ ;/g, ';');
  return html.replace(CSP_META, `$1${policy}$3`);
}
function pruneCsp(pages) {
  for (const page of pages) page.html = pruneCspHashes(pruneUnusedCss(page.html));
}

async function buildSearchIndex(dist) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length || added.page_count === 0) throw new Error(`Pagefind indexed ${added.page_count} pages: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${dist}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}

/**
 * Search topics (src/navigation/search-topics.ts) are metadata for the index alone: once Pagefind
 * has read them, drop them from the HTML, so readers never download them.
 */
const INDEX_ONLY_META = / data-pagefind-meta="topics:[^"]*"/;
export const stripIndexOnlyMeta = (html) => html.replace(INDEX_ONLY_META, '');
function stripSearchTopics(pages) {
  for (const page of pages) page.html = stripIndexOnlyMeta(page.html);
}

/** Writes back every page the passes changed since it was read or last written. */
async function writeChanged(dist, pages) {
  await Promise.all(
    pages
      .filter((page) => page.html !== page.written)
      .map(async (page) => {
        await writeFile(join(dist, page.file), page.html);
        page.written = page.html;
      }),
  );
}

/**
 * Build steps a throwaway build may leave out, from BUILD_SKIP (comma-separated): `og` (the Open
 * Graph images) and `search` (the Pagefind index). For builds that only measure pages, like the
 * scale check in `npm test`; a site to deploy never sets it.
 */
const skip = new Set((process.env.BUILD_SKIP ?? '').split(',').map((s) => s.trim()).filter(Boolean));

/** @returns {import('astro').AstroIntegration} */
export default function postBuild() {
  let site;
  let timesFile;
  let buildStarted = performance.now();
  return {
    name: 'train-or-optimize:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        timesFile = fileURLToPath(new URL('.astro/build-times.json', config.root));
      },
      'astro:build:start': () => {
        buildStarted = performance.now();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const times = { astro: performance.now() - buildStarted };
        const timed = async (name, step) => {
          const t = performance.now();
          const out = await step();
          times[name] = performance.now() - t;
          return out;
        };
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const pages = await timed('read', async () => {
          const files = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
          return Promise.all(
            files.map(async (file) => {
              const html = await readFile(join(dist, file), 'utf8');
              return { file, html, written: html };
            }),
          );
        });
        await timed('hoist', async () => hoistIslandStyle(pages));
        await timed('preload', () => preloadIslandCode(dist, pages));
        await timed('csp', async () => pruneCsp(pages));
        // Pagefind reads the files (its own parallel walk is faster than handing it 1,000 pages one by one).
        await timed('write', () => writeChanged(dist, pages));
        const og = skip.has('og')
          ? (logger.warn('BUILD_SKIP=og: no Open Graph images'), { rendered: 0, cached: 0 })
          : await timed('og', () => writeOgImages(dist, pages, { siteName: 'Train or Optimize', log: (m) => logger.info(m) }));
        const urls = await timed('sitemap', () => writeSitemap(dist, pages, new URL(site)));
        logger.info(`sitemap.xml: ${urls.length} URLs`);
        if (skip.has('search')) logger.warn('BUILD_SKIP=search: no Pagefind index');
        else logger.info(`Pagefind: ${await timed('pagefind', () => buildSearchIndex(dist))} pages indexed`);
        await timed('strip', async () => {
          stripSearchTopics(pages);
          await writeChanged(dist, pages);
        });
        await mkdir(dirname(timesFile), { recursive: true });
        await writeFile(timesFile, JSON.stringify({ pages: pages.length, ogRendered: og.rendered, ogCached: og.cached, ms: times }) + '\n');
      },
    },
  };
}
