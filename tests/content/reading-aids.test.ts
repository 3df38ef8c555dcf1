import { describe, expect, it } from 'vitest';
import { addHeadingAnchors } from '../../src/format/heading-anchors.ts';
import { readingMinutes, WORDS_PER_MINUTE } from '../../src/format/reading-time.ts';
import { formatDate, isoDay } from '../../src/format/dates.ts';

describe('readingMinutes', () => {
  it.each([
    ['', 1],
    ['word '.repeat(WORDS_PER_MINUTE * 2), 2],
    ['---\ntitle: ' + 'x '.repeat(2000) + '\n---\n' + 'word '.repeat(WORDS_PER_MINUTE * 3), 3],
    ['<Cite id="trn-6nd" /> '.repeat(1000) + 'word '.repeat(WORDS_PER_MINUTE), 1],
  ])('%#: %s… → %i min', (mdx, minutes) => {
    expect(readingMinutes(mdx)).toBe(minutes);
  });
});

describe('addHeadingAnchors', () => {
  it.each([
    ['<h2 id="a">A</h2>', '<h2 id="a">A<a class="heading-anchor" href="#a" aria-label="Link to this section" data-pagefind-ignore>#</a></h2>'],
    ['<h3 id="b" class="x">B <em>c</em></h3>', '<h3 id="b" class="x">B <em>c</em><a class="heading-anchor" href="#b" aria-label="Link to this section" data-pagefind-ignore>#</a></h3>'],
    ['<h2>No id</h2><h4 id="d">D</h4>', '<h2>No id</h2><h4 id="d">D</h4>'],
  ])('%s', (html, out) => {
    expect(addHeadingAnchors(html)).toBe(out);
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-25', 'November 25, 2026', '2026-11-25'],
    ['2026-01-01T23:30:00Z', 'January 1, 2026', '2026-01-01'],
  ])('%s', (iso, shown, day) => {
    expect(formatDate(new Date(iso))).toBe(shown);
    expect(isoDay(new Date(iso))).toBe(day);
  });
});
