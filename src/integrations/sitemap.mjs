// Writes sitemap.xml from the pages that were actually built, so it can never miss one.
// Leaves out pages marked noindex and pages whose canonical URL is another page (the embeds).
// Linear in the page count: one pass over HTML the caller has already read, then one sort.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * @param {string} dist built site folder
 * @param {{ file: string, html: string }[]} pages built HTML (file relative to dist), read once by the caller
 * @param {URL} site public origin
 * @returns {Promise<string[]>} the listed URLs
 */
export async function writeSitemap(dist, pages, site) {
  const entries = [];
  for (const { file, html } of pages) {
    if (/<meta name="robots" content="[^"]*noindex/.test(html)) continue;
    const url = new URL('/' + file.replace(/(^|\/)index\.html$/, '$1'), site).href;
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    if (canonical && canonical !== url) continue;
    const modified = html.match(/<meta property="article:modified_time" content="([^"]+)"/)?.[1];
    entries.push({ url, lastmod: modified?.slice(0, 10) });
  }
  entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const body = entries.map((e) => `<url><loc>${e.url}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`).join('\n');
  await writeFile(join(dist, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`);
  return entries.map((e) => e.url);
}
