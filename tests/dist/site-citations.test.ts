/**
 * Citations readers understand: numbered notes and a Sources list, never a fact id in visible
 * text or in search excerpts (the methodology page shows ids as anchors, for auditors).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SOURCE_IDS } from '../../src/rules/source-ids.ts';
import { DIST, PAGES, pageByPath, readDist } from './built-site.ts';

/** The text a reader can see: no scripts, styles, templates or hidden elements. */
function visibleText(doc: Document): string {
  const body = doc.body.cloneNode(true) as HTMLElement;
  for (const el of body.querySelectorAll('script, style, template, [hidden]')) el.remove();
  // Elements end words (textContent would glue "…sxm</li><li>Phases" into one).
  for (const el of body.querySelectorAll('*')) el.append(' ');
  return body.textContent ?? '';
}

const BRACKETED_ID = /\[[a-z]+-[a-z0-9-]+\]/;
const ANY_ID = new RegExp(`(?<![\\w/#.-])(${SOURCE_IDS.map((id) => id.replace(/-/g, '\\-')).join('|')})(?![\\w-])`);

describe.each(PAGES.map((p) => [p.path, p] as const))('%s', (path, page) => {
  const text = visibleText(page.doc);

  it('shows no bracketed id such as [trn-6nd]', () => {
    expect(text.match(BRACKETED_ID)?.[0]).toBeUndefined();
  });

  it.skipIf(path === '/methodology/')('shows no source id', () => {
    expect(text.match(ANY_ID)?.[0]).toBeUndefined();
  });
});

describe('numbered notes', () => {
  const guides = PAGES.filter((p) => p.type === 'guide' && p.doc.querySelector('sup.cite'));

  it('has guides with notes to check', () => {
    expect(guides.length).toBeGreaterThan(3);
  });

  it.each(guides.map((p) => [p.path, p] as const))('%s numbers notes 1, 2, 3… in reading order and links each both ways', (_path, page) => {
    const notes = [...page.doc.querySelectorAll<HTMLAnchorElement>('sup.cite a')];
    const firstSeen: number[] = [];
    for (const a of notes) {
      const n = Number(a.childNodes[0]?.textContent);
      expect(a.querySelector('.cite__tip')?.textContent?.trim().length).toBeGreaterThan(10);
      if (!firstSeen.includes(n)) firstSeen.push(n);
      const item = page.doc.getElementById(a.getAttribute('href')!.slice(1));
      expect(item?.tagName).toBe('LI');
      expect(item?.querySelector(`a[href="#${a.id}"]`)).not.toBeNull();
    }
    expect(firstSeen).toEqual(firstSeen.map((_, i) => i + 1));
    const items = page.doc.querySelectorAll('.source-notes > li');
    expect(items.length).toBeGreaterThanOrEqual(firstSeen.length);
    for (const li of items) expect(li.textContent).toMatch(/\d{4}(–\d{2,4})?\./);
  });

  it('the methodology page links its notes to its own rows, numbered, and never shows a row id', () => {
    const page = pageByPath.get('/methodology/')!;
    const rowNumber = (a: Element) => page.doc.getElementById(a.getAttribute('href')!.split('#')[1]!)!.querySelector('a.source-ref')!.textContent!.slice(0, -1);
    for (const a of page.doc.querySelectorAll('sup.cite a')) {
      const id = a.getAttribute('href')!.split('#')[1]!;
      expect(page.doc.getElementById(id)?.tagName).toBe('DT');
      // A note shows the number of the row it opens.
      expect(a.firstChild!.textContent).toBe(rowNumber(a));
    }
    const numbers = [...page.doc.querySelectorAll('dt[id] > a.source-ref')].map((a) => a.textContent);
    expect(numbers).toEqual(SOURCE_IDS.map((_, i) => `${i + 1}.`));
    // Tables cite rows as "[n]", n being the row's number in the register.
    const refs = [...page.doc.querySelectorAll('td a.source-ref, th a.source-ref, p a.source-ref')];
    expect(refs.length).toBeGreaterThan(10);
    for (const a of refs) expect(a.firstChild!.textContent).toBe(`[${rowNumber(a)}]`);
    const visible = page.doc.querySelector('main')!.textContent!.replace(/\s+/g, ' ');
    for (const id of SOURCE_IDS) expect(visible.includes(id), id).toBe(false);
  });
});

describe('search excerpts', () => {
  const dir = join(DIST, 'pagefind', 'fragment');
  const fragments = readdirSync(dir).map((f) => [f, JSON.parse(gunzipSync(readDist(join('pagefind', 'fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string; content: string }] as const);

  it('has fragments to check', () => {
    expect(fragments.length).toBeGreaterThan(20);
  });

  it.each(fragments.map(([, f]) => [f.url, f] as const))('%s indexes no source id and no note number text', (_url, fragment) => {
    expect(fragment.content.match(ANY_ID)?.[0]).toBeUndefined();
    expect(fragment.content.match(BRACKETED_ID)?.[0]).toBeUndefined();
  });
});
