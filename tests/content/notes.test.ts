import { describe, expect, it } from 'vitest';
import { citedIds, escapeHtml, noteHtml, numberCitations, withUncited } from '../../src/components/cite/notes.ts';
import { splitCitations, stripCitations } from '../../src/components/cite/citations.ts';

const mark = (id: string) => `<sup class="cite" data-cite="${id}"><a href="/methodology/#${id}">source</a></sup>`;

describe('numberCitations', () => {
  it.each([
    ['no citations', 'plain', [], 'plain'],
    ['one', `a${mark('x-1')}.`, [{ id: 'x-1', n: 1, refs: ['cite-1-1'] }], 'a[1:cite-1-1].'],
    [
      'repeats keep their number, new sources count on in reading order',
      `${mark('b-2')} ${mark('a-1')} ${mark('b-2')}`,
      [
        { id: 'b-2', n: 1, refs: ['cite-1-1', 'cite-1-2'] },
        { id: 'a-1', n: 2, refs: ['cite-2-1'] },
      ],
      '[1:cite-1-1] [2:cite-2-1] [1:cite-1-2]',
    ],
  ])('%s', (_name, html, notes, out) => {
    const result = numberCitations(html, (note, ref) => `[${note.n}:${ref}]`);
    expect(result.notes).toEqual(notes);
    expect(result.html).toBe(out);
    expect(citedIds(html)).toEqual(notes.map((n) => n.id));
  });
});

describe('withUncited', () => {
  it.each([
    [[], ['a-1'], [{ id: 'a-1', n: 1, refs: [] }]],
    [[{ id: 'a-1', n: 1, refs: ['cite-1-1'] }], ['a-1', 'b-2'], [{ id: 'a-1', n: 1, refs: ['cite-1-1'] }, { id: 'b-2', n: 2, refs: [] }]],
  ])('%j + %j', (notes, ids, expected) => {
    expect(withUncited(notes, ids)).toEqual(expected);
  });
});

describe('noteHtml', () => {
  it('shows the number, the escaped title on hover, and never the id', () => {
    const html = noteHtml({ id: 'trn-6nd', n: 3, refs: [] }, 'cite-3-1', { title: 'A & B <c>' }, '#source-3');
    expect(html).toContain('id="cite-3-1" href="#source-3">3<span class="cite__tip"> A &amp; B &lt;c&gt;</span>');
    expect(html).toContain('data-pagefind-ignore');
    expect(html).not.toContain('trn-6nd');
    expect(escapeHtml('"')).toBe('&quot;');
  });
});

describe('YAML citations ("[row-id]" in FAQ and glossary text)', () => {
  it.each([
    ['Up to 24× [opt-vllm].', [{ kind: 'text', value: 'Up to 24×' }, { kind: 'cite', value: 'opt-vllm' }, { kind: 'text', value: '.' }], 'Up to 24×.'],
    ['No citation.', [{ kind: 'text', value: 'No citation.' }], 'No citation.'],
  ])('%s', (text, parts, stripped) => {
    expect(splitCitations(text)).toEqual(parts);
    expect(stripCitations(text)).toBe(stripped);
  });
});
