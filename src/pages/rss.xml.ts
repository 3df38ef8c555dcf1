/** RSS 2.0 feed of the blog, newest first, built by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { SITE } from '../config/site.ts';
import { getPosts, postPath } from '../navigation/blog.ts';

export const GET: APIRoute = async ({ site }) =>
  rss({
    title: `${SITE.name} blog`,
    description: SITE.description,
    site: site!,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${new URL('/rss.xml', site).href}" rel="self" type="application/rss+xml"/>`,
    items: (await getPosts()).map((p) => ({
      title: p.data.title,
      link: postPath(p),
      description: p.data.description,
      pubDate: p.data.published,
      categories: p.data.tags,
    })),
  });
