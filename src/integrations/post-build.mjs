// Finishes `astro build`: Open Graph images, sitemap.xml and the Pagefind search index,
// so every build (npm start, tests, bench, CI) has all three.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { writeOgImages } from './og-images.mjs';
import { writeSitemap } from './sitemap.mjs';

/**
 * Astro writes its one-line island style (`astro-island{display:contents}`) in front of the first
 * island, inside <body>, where <style> is not allowed. Move it into <head>; the CSP hash still matches.
 */
const ISLAND_STYLE = /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/;
async function hoistIslandStyle(dist, htmlFiles) {
  for (const file of htmlFiles) {
    const path = join(dist, file);
    const html = await readFile(path, 'utf8');
    const head = html.indexOf('</head>');
    const match = html.match(ISLAND_STYLE);
    if (!match || match.index < head) continue;
    const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
    await writeFile(path, without.slice(0, head) + match[0] + without.slice(head));
  }
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

/** @returns {import('astro').AstroIntegration} */
export default function postBuild() {
  let site;
  return {
    name: 'train-or-optimize:post-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir).replace(/\/$/, '');
        const html = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        await hoistIslandStyle(dist, html);
        await writeOgImages(dist, html, { siteName: 'Train or Optimize', log: (m) => logger.info(m) });
        const urls = await writeSitemap(dist, html, new URL(site));
        logger.info(`sitemap.xml: ${urls.length} URLs`);
        logger.info(`Pagefind: ${await buildSearchIndex(dist)} pages indexed`);
      },
    },
  };
}
