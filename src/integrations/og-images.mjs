// Writes one 1200×630 Open Graph PNG per built page (template: og-card.mjs). Each page declares
// its image URL in <meta property="og:image">; this writes the file it names.
//
// Images are rendered only when their inputs change: each is stored in a content-addressed cache
// (node_modules/.cache/og-images/, or OG_CACHE_DIR; never committed) under the hash of the
// template and fonts, the site name, and the page's title, section and description. A cached image
// is copied; the others are rendered in worker threads, one per core.
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TEMPLATE_KEY } from './og-card.mjs';

const decode = (s) =>
  s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e]);
const meta = (html, prop) => {
  const m = html.match(new RegExp(`<meta[^>]+property="${prop}"[^>]+content="([^"]*)"`));
  return m ? decode(m[1]) : undefined;
};

/** The default cache folder (inside node_modules, so it is never committed and `npm ci` clears it). */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/og-images/', import.meta.url));

/**
 * What one page's image depends on, read from its HTML; undefined when the page has no image.
 * @param {string} html
 */
export function ogInputs(html) {
  const image = meta(html, 'og:image');
  const title = meta(html, 'og:title');
  if (!image || !title) return undefined;
  return { image, title, section: meta(html, 'article:section'), description: meta(html, 'og:description') ?? '' };
}

/**
 * The cache key of one image: the template and fonts, the site name, title, section, description.
 * @param {{ title: string, section?: string, description?: string, siteName: string }} input
 * @param {string} [template] the template's key (og-card.mjs TEMPLATE_KEY)
 */
export function ogKey({ title, section, description = '', siteName }, template = TEMPLATE_KEY) {
  return createHash('sha256').update(JSON.stringify([template, siteName, title, section ?? null, description])).digest('hex');
}

/** A pool of renderer threads; `render` resolves with the PNG bytes. */
function pool(size) {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./og-worker.mjs', import.meta.url)));
  const waiting = new Map();
  let next = 0;
  for (const w of workers) {
    w.on('message', ({ id, png, error }) => {
      const { ok, fail } = waiting.get(id);
      waiting.delete(id);
      if (error) fail(new Error(error));
      else ok(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    });
    w.on('error', (e) => {
      for (const { fail } of waiting.values()) fail(e);
    });
  }
  return {
    /** Sends the card to the next worker in turn (cards cost about the same). */
    render(input) {
      const id = next++;
      const i = id % workers.length;
      return new Promise((ok, fail) => {
        waiting.set(id, { ok, fail });
        workers[i].postMessage({ id, input });
      });
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}

/**
 * @param {string} dist built site folder
 * @param {{ file: string, html: string }[]} pages the built HTML, read once by the caller
 * @param {{ siteName: string, cacheDir?: string, threads?: number, template?: string, log?: (msg: string) => void }} options
 * @returns {Promise<{ images: number, rendered: number, cached: number, ms: number }>}
 */
export async function writeOgImages(dist, pages, { siteName, cacheDir = process.env.OG_CACHE_DIR || DEFAULT_CACHE_DIR, threads = availableParallelism(), template = TEMPLATE_KEY, log = () => {} }) {
  const started = performance.now();
  const jobs = new Map();
  for (const { html } of pages) {
    const inputs = ogInputs(html);
    if (!inputs) continue;
    const out = join(dist, new URL(inputs.image).pathname);
    if (jobs.has(out)) continue;
    const input = { title: inputs.title, section: inputs.section, siteName };
    jobs.set(out, { input, key: ogKey({ ...input, description: inputs.description }, template) });
  }
  await mkdir(cacheDir, { recursive: true });
  const misses = new Set([...jobs].filter(([, { key }]) => !existsSync(join(cacheDir, `${key}.png`))).map(([out]) => out));
  const threadCount = Math.max(1, Math.min(threads, misses.size));
  const renderers = misses.size ? pool(threadCount) : undefined;
  try {
    await Promise.all(
      [...jobs].map(async ([out, { input, key }]) => {
        const cached = join(cacheDir, `${key}.png`);
        await mkdir(dirname(out), { recursive: true });
        if (renderers && misses.has(out)) {
          const png = await renderers.render(input);
          // Write under a temporary name, then rename: a concurrent build never reads half a file.
          const tmp = `${cached}.${process.pid}.tmp`;
          await writeFile(tmp, png);
          await rename(tmp, cached);
          await writeFile(out, png);
        } else {
          await copyFile(cached, out);
        }
      }),
    );
  } finally {
    await renderers?.close();
  }
  const result = { images: jobs.size, rendered: misses.size, cached: jobs.size - misses.size, ms: performance.now() - started };
  log(`${result.images} Open Graph images (${result.rendered} rendered on ${renderers ? threadCount : 0} threads, ${result.cached} from the cache) in ${(result.ms / 1000).toFixed(1)} s`);
  return result;
}
