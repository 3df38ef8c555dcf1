/**
 * Every internal link and #anchor in the built site resolves: each same-origin href/src in every
 * page (a, link, script, img, source, iframe, form action, og:image/og:url/canonical) names a file
 * in dist/, and each #fragment names an id on the target page.
 */
import { describe, expect, test } from 'vitest';
import { PAGES, SITE_ORIGIN, existsInDist, pageByPath } from './built-site.ts';

/** id (and legacy a[name]) values per page. */
const ids = new Map(PAGES.map((p) => [p.path, new Set([...p.doc.querySelectorAll('[id], a[name]')].map((e) => e.id || e.getAttribute('name') || ''))]));

const REFS: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['astro-island[component-url]', 'component-url'],
  ['astro-island[renderer-url]', 'renderer-url'],
  ['meta[property="og:image"]', 'content'],
  ['meta[property="og:url"]', 'content'],
];

/** The path in dist/ a page-relative reference points at, or undefined when it is external. */
function internal(ref: string, fromPath: string): URL | undefined {
  if (/^(mailto|tel|javascript|data|blob):/i.test(ref)) return undefined;
  const url = new URL(ref, SITE_ORIGIN + fromPath);
  return url.origin === SITE_ORIGIN ? url : undefined;
}

/** Where the server would look for a path (a directory path needs its index.html). */
function targetPage(pathname: string): string {
  return pathname === '/404/' ? '/404.html' : pathname;
}

describe('internal links', () => {
  test.each(PAGES.map((p) => [p.path, p] as const))('%s: every internal link and anchor resolves', (_path, page) => {
    const broken: string[] = [];
    for (const [selector, attribute] of REFS) {
      for (const el of page.doc.querySelectorAll(selector)) {
        const ref = el.getAttribute(attribute) ?? '';
        if (!ref) {
          broken.push(`${selector}: empty ${attribute}`);
          continue;
        }
        if (ref.startsWith('#')) {
          const id = decodeURIComponent(ref.slice(1));
          if (id && !ids.get(page.path)?.has(id)) broken.push(`${ref} (no id "${id}" on this page)`);
          continue;
        }
        const url = internal(ref, page.path);
        if (!url) continue;
        // Astro's build links pages with a trailing slash (trailingSlash: 'always').
        if (selector.startsWith('a') && !/\.[a-z0-9]+$/i.test(url.pathname) && !url.pathname.endsWith('/')) {
          broken.push(`${ref} (page link without the trailing slash: redirects on most hosts)`);
        }
        const path = targetPage(url.pathname);
        if (!existsInDist(path)) {
          broken.push(`${ref} (no ${path} in dist)`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && !/^:~:/.test(hash)) {
          const target = pageByPath.get(path);
          if (!target) broken.push(`${ref} (#${hash} on a file that is not an HTML page)`);
          else if (!ids.get(target.path)?.has(hash)) broken.push(`${ref} (no id "${hash}" on ${target.path})`);
        }
      }
    }
    expect([...new Set(broken)]).toEqual([]);
  });

  test('ids are unique on every page', () => {
    const dupes = PAGES.flatMap((p) => {
      const seen = new Map<string, number>();
      for (const el of p.doc.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${p.path}: id "${id}" ×${n}`);
    });
    expect(dupes).toEqual([]);
  });
});
