/**
 * No page ships placeholder text: lorem ipsum, TODO, FIXME, TBD, "coming soon", "placeholder",
 * in visible text, attributes people read (alt, title, aria-label, placeholder) or meta tags.
 */
import { describe, expect, test } from 'vitest';
import { PAGES, existsInDist, readDist } from './built-site.ts';

const PLACEHOLDER = /lorem ipsum|\bdolor sit amet\b|\bTODO\b|\bFIXME\b|\bTBD\b|\bcoming soon\b|\bplaceholder text\b|\bXXX\b/i;

/** Text a reader or a crawler sees: body text (no scripts/styles), readable attributes, meta content. */
function readable(doc: Document): string[] {
  const body = doc.body?.cloneNode(true) as HTMLElement | undefined;
  body?.querySelectorAll('script, style, template').forEach((e) => e.remove());
  const attrs = [...doc.querySelectorAll('[alt], [title], [aria-label], [placeholder], meta[content]')].flatMap((e) =>
    ['alt', 'title', 'aria-label', 'placeholder', 'content'].map((a) => e.getAttribute(a) ?? ''),
  );
  return [doc.title, body?.textContent ?? '', ...attrs];
}

describe('no placeholder text', () => {
  test.each(PAGES.map((p) => [p.path, p] as const))('%s', (_path, page) => {
    const hits = readable(page.doc).flatMap((t) => {
      const m = t.match(PLACEHOLDER);
      return m ? [`"${t.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + 40).replace(/\s+/g, ' ').trim()}"`] : [];
    });
    expect(hits).toEqual([]);
  });

  test('rss.xml', () => {
    const rss = existsInDist('/rss.xml') ? readDist('rss.xml').toString('utf8') : '';
    expect(rss.match(PLACEHOLDER)?.[0] ?? null).toBeNull();
  });
});
