// Finishes `astro build`: Open Graph images, sitemap.xml and the Pagefind search index,
// so every build (npm start, tests, bench, CI) has all three.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { writeOgImages } from './og-images.mjs';
import { writeSitemap } from './sitemap.mjs';

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
        await writeOgImages(dist, html, { siteName: 'Train or Optimize', log: (m) => logger.info(m) });
        const urls = await writeSitemap(dist, html, new URL(site));
        logger.info(`sitemap.xml: ${urls.length} URLs`);
        logger.info(`Pagefind: ${await buildSearchIndex(dist)} pages indexed`);
      },
    },
  };
}
