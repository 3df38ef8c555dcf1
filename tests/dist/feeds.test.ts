/**
 * The machine-readable files: sitemap.xml lists every indexable HTML page (all but the 404 page
 * and the /embed/<tool>/ iframes), robots.txt points to it, and /rss.xml is well-formed RSS 2.0
 * with every blog post.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST, PAGES, SITE_ORIGIN, existsInDist, isUnlisted, readDist } from './built-site.ts';
import { Window } from 'happy-dom';

const xmlParser = new new Window().DOMParser();
/** Parses XML; throws with the parser's message when it is not well-formed. */
function parseXml(text: string): Document {
  const bare = text.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
  if (bare) throw new Error(`unescaped "&" at offset ${bare.index}`);
  const doc = xmlParser.parseFromString(text, 'application/xml') as unknown as Document;
  const error = doc.querySelector('parsererror');
  if (error) throw new Error(error.textContent ?? 'not well-formed');
  return doc;
}
const text = (el: Element | null | undefined) => el?.textContent?.trim() ?? '';

describe('sitemap.xml', () => {
  const file = join(DIST, 'sitemap.xml');
  test('exists and is well-formed', () => {
    expect(existsSync(file)).toBe(true);
    expect(() => parseXml(readDist('sitemap.xml').toString('utf8'))).not.toThrow();
  });

  const locs = existsSync(file) ? [...parseXml(readDist('sitemap.xml').toString('utf8')).querySelectorAll('url > loc')].map((l) => text(l)) : [];

  test('lists every HTML page except the 404 page and the embed iframes, each once', () => {
    const listed = locs.map((l) => new URL(l).pathname).sort();
    const expected = PAGES.filter((p) => !isUnlisted(p)).map((p) => p.path).sort();
    expect(listed).toEqual(expected);
    expect(new Set(listed).size).toBe(listed.length);
  });

  test('every URL is absolute on the site origin, ends in a slash and exists in dist', () => {
    const bad = locs.filter((l) => !l.startsWith(SITE_ORIGIN + '/') || !l.endsWith('/') || !existsInDist(new URL(l).pathname));
    expect(bad).toEqual([]);
  });

  test('the pages it leaves out are not indexable (noindex, or canonical to another page)', () => {
    const indexable = PAGES.filter(isUnlisted).filter((p) => {
      const robots = p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? '';
      const canonical = p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      return !/noindex/.test(robots) && new URL(canonical || p.path, SITE_ORIGIN).pathname === p.path;
    });
    expect(indexable.map((p) => p.path)).toEqual([]);
  });

  test('no listed page is marked noindex', () => {
    const noindex = PAGES.filter((p) => !isUnlisted(p) && /noindex/.test(p.doc.querySelector('meta[name="robots"]')?.getAttribute('content') ?? ''));
    expect(noindex.map((p) => p.path)).toEqual([]);
  });
});

describe('robots.txt', () => {
  test('allows crawling and points to the sitemap', () => {
    expect(existsInDist('/robots.txt')).toBe(true);
    const robots = readDist('robots.txt').toString('utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
    expect(robots).toContain(`Sitemap: ${SITE_ORIGIN}/sitemap.xml`);
  });
});

describe('rss.xml', () => {
  const raw = existsInDist('/rss.xml') ? readDist('rss.xml').toString('utf8') : '';
  test('is well-formed RSS 2.0 with a channel title, link and description', () => {
    expect(raw).not.toBe('');
    const doc = parseXml(raw);
    expect(doc.documentElement.nodeName).toBe('rss');
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    const channel = doc.querySelector('rss > channel');
    for (const tag of ['title', 'link', 'description']) expect(text(channel?.querySelector(`:scope > ${tag}`)), tag).not.toBe('');
  });

  test('has one item per blog post, each linking to the post, with a date and description', () => {
    const doc = parseXml(raw);
    const items = [...doc.querySelectorAll('channel > item')];
    const posts = PAGES.filter((p) => p.type === 'post').map((p) => p.path).sort();
    expect(posts.length, 'blog posts in dist').toBeGreaterThanOrEqual(3);
    expect(items.map((i) => new URL(text(i.querySelector('link'))).pathname).sort()).toEqual(posts);
    for (const item of items) {
      const link = text(item.querySelector('link'));
      expect(link.startsWith(SITE_ORIGIN + '/'), link).toBe(true);
      expect(text(item.querySelector('title')), link).not.toBe('');
      expect(text(item.querySelector('description')).length, link).toBeGreaterThanOrEqual(50);
      expect(Number.isNaN(Date.parse(text(item.querySelector('pubDate')))), `${link} pubDate`).toBe(false);
    }
  });

  test('every page advertises the feed', () => {
    const without = PAGES.filter((p) => !p.doc.querySelector('link[rel="alternate"][type="application/rss+xml"][href="/rss.xml"]'));
    expect(without.map((p) => p.path)).toEqual([]);
  });
});

