/**
 * Numbered source notes. <Cite id> renders a marker; <Cited> (the wrapper around a page's MDX)
 * turns the markers into ¹ ² ³ in reading order, one number per source however often it is cited,
 * and lists the sources at the end with a link back to every citing place.
 * Pure string work, so it is unit-tested without Astro (tests/content/notes.test.ts).
 */

/** One numbered source on a page. */
export interface SourceNote {
  id: string;
  /** 1, 2, 3… in order of first citation. */
  n: number;
  /** Element ids of the places that cite it (`cite-<n>-<k>`), in reading order; empty when only the frontmatter lists it. */
  refs: string[];
}

/** What a note shows on hover. */
export interface NoteSource {
  title: string;
}

/** The marker <Cite id> renders (the id attribute is only read here, never shown). */
export const MARKER = /<sup class="cite" data-cite="([a-z0-9-]+)">[\s\S]*?<\/sup>/g;

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The ids cited in `html`, once each, in reading order. */
export function citedIds(html: string): string[] {
  return [...new Set([...html.matchAll(MARKER)].map((m) => m[1]!))];
}

/** Replaces every marker with what `render` returns, numbering sources in reading order. */
export function numberCitations(html: string, render: (note: SourceNote, ref: string) => string): { html: string; notes: SourceNote[] } {
  const notes = new Map<string, SourceNote>();
  const out = html.replace(MARKER, (_marker, id: string) => {
    let note = notes.get(id);
    if (!note) {
      note = { id, n: notes.size + 1, refs: [] };
      notes.set(id, note);
    }
    const ref = `cite-${note.n}-${note.refs.length + 1}`;
    note.refs.push(ref);
    return render(note, ref);
  });
  return { html: out, notes: [...notes.values()] };
}

/** Adds the ids a page lists in its frontmatter but never cites inline, numbered after the cited ones. */
export function withUncited(notes: readonly SourceNote[], ids: readonly string[]): SourceNote[] {
  const all = [...notes];
  for (const id of ids) if (!all.some((n) => n.id === id)) all.push({ id, n: all.length + 1, refs: [] });
  return all;
}

/**
 * The superscript number: links to the list entry (`href`), carries its own id for the back-link,
 * and shows the source's title on hover or focus (CSS only; screen readers hear "1 <title>").
 * Search ignores it.
 */
export function noteHtml(note: SourceNote, ref: string, source: NoteSource, href: string): string {
  return (
    `<sup class="cite" data-pagefind-ignore><a id="${ref}" href="${escapeHtml(href)}">${note.n}` +
    `<span class="cite__tip"> ${escapeHtml(source.title)}</span></a></sup>`
  );
}

/** What a Sources list entry shows of its row. */
export interface ListedSource {
  title: string;
  publisher: string;
  year: number | string;
  url?: string | null | undefined;
  read?: Date | undefined;
  section: string;
  confidence: string;
}

/**
 * One entry of the Sources list: back-links first (↑, or a b c for several citing places), then
 * title (linked), publisher, year, the read date for prices and "Our estimate." for estimates.
 * No classes or wrappers: `.source-notes a[href^="#"]` styles the back-links.
 * @example
 * sourceItemHtml({ id: 'opt-gptq', n: 2, refs: ['cite-2-1'] }, row, dates)
 * // '<li id="source-2"><a href="#cite-2-1" aria-label="Back to the text">↑</a> <a href="https://…">GPTQ…</a>. Frantar et al., 2022.</li>'
 */
export function sourceItemHtml(
  note: SourceNote,
  s: ListedSource,
  dates: { formatDate: (d: Date) => string; isoDay: (d: Date) => string },
): string {
  const many = note.refs.length > 1;
  const back = note.refs
    .map((ref, i) => `<a href="#${ref}" aria-label="${many ? `Back to citation ${String.fromCharCode(97 + i)}` : 'Back to the text'}">${many ? String.fromCharCode(97 + i) : '↑'}</a>`)
    .join('');
  const title = s.url ? `<a href="${escapeHtml(s.url)}">${escapeHtml(s.title)}</a>` : escapeHtml(s.title);
  const read = s.read && s.section === 'prices' ? ` Read <time datetime="${dates.isoDay(s.read)}">${dates.formatDate(s.read)}</time>.` : '';
  const estimate = s.confidence === 'estimate' ? ' Our estimate.' : '';
  return `<li id="source-${note.n}">${back}${back ? ' ' : ''}${title}. ${escapeHtml(s.publisher)}, ${s.year}.${read}${estimate}</li>`;
}
