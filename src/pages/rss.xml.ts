import type { APIRoute } from 'astro';
import { SITE } from '../config/site.ts';
import { getPosts, postPath } from '../navigation/blog.ts';

const escapeXml = (s: string) =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

/** RSS 2.0 feed of the blog, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const posts = await getPosts();
  const home = new URL('/', site).href;
  const items = posts
    .map((p) => {
      const url = new URL(postPath(p), site).href;
      return `<item><title>${escapeXml(p.data.title)}</title><link>${url}</link><guid isPermaLink="true">${url}</guid><description>${escapeXml(p.data.description)}</description><pubDate>${p.data.published.toUTCString()}</pubDate>${p.data.tags.map((t) => `<category>${escapeXml(t)}</category>`).join('')}</item>`;
    })
    .join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${escapeXml(SITE.name)} blog</title><link>${home}</link><description>${escapeXml(SITE.description)}</description><language>en</language><atom:link href="${new URL('/rss.xml', site).href}" rel="self" type="application/rss+xml"/>${items}</channel></rss>`;
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
