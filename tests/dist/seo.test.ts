/**
 * What every built page tells search engines and link previews (issue 3, "SEO and sharing"):
 * one h1, a unique title ≤ 60 characters, a description of 50–160 characters, an absolute
 * canonical URL with a trailing slash, Open Graph and Twitter tags, an OG image that exists and
 * is a 1200×630 PNG ≤ 60 KB, and JSON-LD that parses and has the right @type for the page.
 */
import { describe, expect, test } from 'vitest';
import { BUDGETS } from '../../scripts/budgets.mjs';
import { type BuiltPage, PAGES, SITE_ORIGIN, existsInDist, isUnlisted, pngSize, readDist } from './built-site.ts';

const meta = (p: BuiltPage, key: string) =>
  p.doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content')?.trim() ?? '';
const title = (p: BuiltPage) => p.doc.querySelector('head > title')?.textContent?.trim() ?? '';
const canonical = (p: BuiltPage) => p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';

type Ld = Record<string, unknown> & { '@type'?: string | string[] };
/** JSON-LD blocks of a page; a block that does not parse becomes an Error. */
const jsonLd = (p: BuiltPage): (Ld | Error)[] =>
  [...p.doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => {
    try {
      return JSON.parse(s.textContent ?? '') as Ld;
    } catch (e) {
      return e as Error;
    }
  });
const types = (p: BuiltPage) =>
  jsonLd(p)
    .filter((b): b is Ld => !(b instanceof Error))
    .flatMap((b) => [b['@type'] ?? []].flat());

const cases = PAGES.map((p) => [p.path, p] as const);

describe.each(cases)('%s', (_path, page) => {
  test('has exactly one h1, with text', () => {
    const h1 = [...page.doc.querySelectorAll('h1')];
    expect(h1.length).toBe(1);
    expect(h1[0]?.textContent?.trim()).toBeTruthy();
  });

  test('has a <title> of 1–60 characters', () => {
    expect(title(page).length).toBeGreaterThan(0);
    expect(title(page).length, title(page)).toBeLessThanOrEqual(60);
  });

  test('has a meta description of 50–160 characters', () => {
    const d = meta(page, 'description');
    expect(d.length, d).toBeGreaterThanOrEqual(50);
    expect(d.length, d).toBeLessThanOrEqual(160);
  });

  test('has an absolute canonical URL on the site origin, ending in a slash', () => {
    const href = canonical(page);
    expect(href).toMatch(/^https?:\/\//);
    expect(new URL(href).origin).toBe(SITE_ORIGIN);
    expect(new URL(href).pathname).toMatch(/\/$/);
    if (!isUnlisted(page)) expect(new URL(href).pathname, 'the canonical URL of a listed page is the page itself').toBe(page.path);
  });

  test('has Open Graph and Twitter card tags', () => {
    for (const key of ['og:title', 'og:description', 'og:image', 'og:url', 'twitter:card']) expect(meta(page, key), key).not.toBe('');
    expect(meta(page, 'og:url')).toBe(canonical(page));
    expect(['summary', 'summary_large_image']).toContain(meta(page, 'twitter:card'));
  });

  test('has an OG image in dist/: a 1200×630 PNG of at most 60 KB', () => {
    const url = new URL(meta(page, 'og:image'), SITE_ORIGIN);
    expect(url.origin).toBe(SITE_ORIGIN);
    expect(existsInDist(url.pathname), `${url.pathname} exists`).toBe(true);
    const bytes = readDist(url.pathname);
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    expect(bytes.length).toBeLessThanOrEqual(BUDGETS.ogImage);
  });

  test('has JSON-LD that parses, with the right @type', () => {
    const blocks = jsonLd(page);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((b) => b instanceof Error).map(String)).toEqual([]);
    for (const b of blocks) expect((b as Ld)['@context']).toBe('https://schema.org');
    const expected = [
      page.type === 'guide' && 'TechArticle',
      page.type === 'post' && 'BlogPosting',
      page.path === '/faq/' && 'FAQPage',
      page.path === '/glossary/' && 'DefinedTermSet',
      page.path === '/' && 'WebSite',
      page.doc.querySelector('nav[aria-label="Breadcrumb"]') && 'BreadcrumbList',
    ].filter((t): t is string => typeof t === 'string');
    expect(types(page)).toEqual(expect.arrayContaining(expected));
  });
});

describe('across pages', () => {
  test('titles are unique (embeds excepted: their canonical URL is the tool page)', () => {
    const seen = new Map<string, string[]>();
    for (const p of PAGES.filter((p) => p.type !== 'embed')) seen.set(title(p), [...(seen.get(title(p)) ?? []), p.path]);
    expect([...seen].filter(([, paths]) => paths.length > 1).map(([t, paths]) => `"${t}": ${paths.join(', ')}`)).toEqual([]);
  });

  test('breadcrumb JSON-LD matches the visible breadcrumbs', () => {
    const mismatches = PAGES.flatMap((p) => {
      const nav = p.doc.querySelector('nav[aria-label="Breadcrumb"]');
      if (!nav) return [];
      const visible = [...nav.querySelectorAll('a')].map((a) => `${a.textContent?.trim()} → ${new URL(a.getAttribute('href') ?? '', SITE_ORIGIN).href}`);
      const list = jsonLd(p).find((b): b is Ld => !(b instanceof Error) && b['@type'] === 'BreadcrumbList');
      const items = (list?.['itemListElement'] as { name: string; item: string }[] | undefined) ?? [];
      const ld = items.map((i) => `${i.name} → ${i.item}`);
      return JSON.stringify(ld) === JSON.stringify(visible) ? [] : [`${p.path}: visible ${JSON.stringify(visible)} vs JSON-LD ${JSON.stringify(ld)}`];
    });
    expect(mismatches).toEqual([]);
  });

  test('FAQPage lists every question on /faq/ with an answer', () => {
    const faq = PAGES.find((p) => p.path === '/faq/');
    expect(faq, '/faq/ exists').toBeDefined();
    const ld = jsonLd(faq!).find((b): b is Ld => !(b instanceof Error) && b['@type'] === 'FAQPage');
    const questions = (ld?.['mainEntity'] as { '@type': string; name: string; acceptedAnswer?: { text?: string } }[] | undefined) ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(12);
    for (const q of questions) {
      expect(q['@type']).toBe('Question');
      expect(q.acceptedAnswer?.text?.length ?? 0, q.name).toBeGreaterThan(20);
    }
  });

  test('DefinedTermSet on /glossary/ has a term for every entry, each with an anchor on the page', () => {
    const glossary = PAGES.find((p) => p.path === '/glossary/');
    expect(glossary, '/glossary/ exists').toBeDefined();
    const ld = jsonLd(glossary!).find((b): b is Ld => !(b instanceof Error) && b['@type'] === 'DefinedTermSet');
    const terms = (ld?.['hasDefinedTerm'] as { '@id'?: string; url?: string; name: string }[] | undefined) ?? [];
    expect(terms.length).toBeGreaterThanOrEqual(30);
    const missing = terms
      .map((t) => new URL(t['@id'] ?? t.url ?? '', SITE_ORIGIN).hash.slice(1))
      .filter((id) => !id || !glossary!.doc.getElementById(decodeURIComponent(id)));
    expect(missing).toEqual([]);
  });
});
