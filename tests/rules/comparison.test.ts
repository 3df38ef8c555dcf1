import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPARISON_HIGHLIGHTS, COMPARISON_ROWS, COMPARISON_TAGS, PATH_IDS, filterComparison } from '../../src/rules/index.ts';
import type { ComparisonResultRow, ComparisonView, MatchRange } from '../../src/rules/index.ts';
import { fold, foldWithMap } from '../../src/rules/comparison/fold.ts';
import { deepFreeze } from './helpers.ts';

describe('folding', () => {
  it.each([
    ['Café', 'cafe'],
    ['CAFE\u0301', 'cafe'],
    ['Ångström', 'angstrom'],
    ['İstanbul', 'istanbul'],
    ['🙂 ok', '🙂 ok'],
  ])('folds %j to %j', (text, folded) => {
    expect(fold(JSON.parse(`"${text}"`))).toBe(folded);
  });

  it('maps every folded character back to the original character it came from', () => {
    const original = 'Cafe\u0301 🙂 É';
    const folded = foldWithMap(original);
    expect(folded.text).toBe('cafe 🙂 e');
    // "e" + combining accent: the accent folds away, so "e" maps to the "e" alone.
    expect(original.slice(folded.starts[3], folded.ends[3])).toBe('e');
    // The emoji is two UTF-16 units and stays two folded units, both mapping to the whole emoji.
    expect(original.slice(folded.starts[5], folded.ends[6])).toBe('🙂');
    expect(original.slice(folded.starts[8], folded.ends[8])).toBe('É');
  });
});

function view(query: unknown): ComparisonView {
  const result = filterComparison(deepFreeze(query));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const marked = (row: ComparisonResultRow, cell: 'aspect' | 'training' | 'optimization') =>
  row.matches[cell].map((r: MatchRange) => row[cell].slice(r.start, r.end));

describe('COMPARISON_ROWS', () => {
  it('has the seed’s seven aspects first and at least five more', () => {
    expect(COMPARISON_ROWS.slice(0, 7).map((r) => r.id)).toEqual([
      'primary-goal',
      'when-it-happens',
      'data-requirements',
      'time-investment',
      'success-metric',
      'cost-focus',
      'expertise-needed',
    ]);
    expect(COMPARISON_ROWS.length).toBeGreaterThanOrEqual(12);
  });

  it.each(COMPARISON_ROWS.map((row) => [row.id, row]))('%s has text in every cell and known tags', (_id, row) => {
    for (const text of [row.aspect, row.training, row.optimization]) expect(text.length).toBeGreaterThan(5);
    expect(row.tags.length).toBeGreaterThan(0);
    for (const tag of row.tags) expect(COMPARISON_TAGS.map((t) => t.id)).toContain(tag);
  });

  it('has unique ids, and every tag is used', () => {
    expect(new Set(COMPARISON_ROWS.map((r) => r.id)).size).toBe(COMPARISON_ROWS.length);
    for (const tag of COMPARISON_TAGS) expect(COMPARISON_ROWS.some((r) => r.tags.includes(tag.id))).toBe(true);
  });

  it.each(PATH_IDS.map((p) => [p]))('highlights for %s name existing rows', (path) => {
    expect(COMPARISON_HIGHLIGHTS[path].length).toBeGreaterThan(0);
    for (const id of COMPARISON_HIGHLIGHTS[path]) expect(COMPARISON_ROWS.map((r) => r.id)).toContain(id);
  });
});

describe('filterComparison', () => {
  it.each([[undefined], [null], [{}], [{ text: '' }], [{ text: '   ' }], [{ tags: [] }], [{ text: null, tags: null, highlightFor: null }]])(
    'returns every row for the empty query %j',
    (query) => {
      const result = view(query);
      expect(result.count).toBe(COMPARISON_ROWS.length);
      expect(result.total).toBe(COMPARISON_ROWS.length);
      expect(result.rows.map((r) => r.id)).toEqual(COMPARISON_ROWS.map((r) => r.id));
      expect(result.rows.every((r) => !r.highlighted && r.matches.training.length === 0)).toBe(true);
    },
  );

  it.each([
    ['GPU', ['cost-focus', 'compute-cost']],
    ['gpu hours', ['cost-focus', 'compute-cost']],
    ['LORA', ['typical-techniques', 'language-models']],
    ['quantization distillation', ['time-investment', 'typical-techniques', 'compute-cost']],
    ['zzzz', []],
  ])('text %j finds the rows that contain every word', (text, ids) => {
    expect(view({ text }).rows.map((r) => r.id)).toEqual(ids);
  });

  it('ignores case and accents in the query', () => {
    expect(view({ text: 'QUÀNTIZÂTION' }).rows.map((r) => r.id)).toEqual(view({ text: 'quantization' }).rows.map((r) => r.id));
  });

  it('treats regex characters as plain text', () => {
    expect(view({ text: '.*' }).count).toBe(0);
    expect(view({ text: '(' }).count).toBe(COMPARISON_ROWS.filter((r) => `${r.aspect}${r.training}${r.optimization}`.includes('(')).length);
    expect(view({ text: '6 ×' }).rows.map((r) => r.id)).toEqual(['compute-cost']);
  });

  it('returns the matched ranges of each cell in the original text, merged', () => {
    const row = view({ text: 'gpu hours gpu-hours' }).rows.find((r) => r.id === 'cost-focus')!;
    expect(marked(row, 'training')).toEqual(['GPU-hours']);
    expect(marked(row, 'optimization')).toEqual(['GPU']);
    expect(row.matches.aspect).toEqual([]);
  });

  it('marks every occurrence of a word', () => {
    const row = view({ text: 'the' }).rows.find((r) => r.id === 'primary-goal')!;
    expect(marked(row, 'training').every((m) => m.toLowerCase() === 'the')).toBe(true);
    expect(row.matches.training.length).toBeGreaterThan(1);
  });

  it('matches symbols such as ×', () => {
    const row = view({ text: '×' }).rows.find((r) => r.id === 'compute-cost')!;
    expect(marked(row, 'training')).toEqual(['×', '×']);
  });

  it('keeps rows that carry at least one chosen tag, in table order', () => {
    const rows = view({ tags: ['cost', 'risk'] }).rows;
    expect(rows.map((r) => r.id)).toEqual(COMPARISON_ROWS.filter((r) => r.tags.includes('cost') || r.tags.includes('risk')).map((r) => r.id));
  });

  it('accepts tags as comma-separated text', () => {
    expect(view({ tags: 'cost, risk' })).toEqual(view({ tags: ['cost', 'risk'] }));
  });

  it('combines text and tags', () => {
    expect(view({ text: 'gpu', tags: ['time'] }).rows.map((r) => r.id)).toEqual(['compute-cost']);
  });

  it.each(PATH_IDS.map((p) => [p]))('highlights the rows for %s', (highlightFor) => {
    const rows = view({ highlightFor }).rows;
    expect(rows.filter((r) => r.highlighted).map((r) => r.id).sort()).toEqual([...COMPARISON_HIGHLIGHTS[highlightFor]].sort());
  });

  it('warns about unknown tags and ignores them', () => {
    const result = filterComparison({ tags: ['cost', '<b>nope</b>'] });
    expect(result.ok && result.warnings).toEqual([
      { field: 'tags', code: 'unknown-tag', message: expect.stringMatching(/^The topic “<b>nope<\/b>” does not exist, so it was ignored\. Topics are goals, /) },
    ]);
    expect(result.ok && result.value.rows.every((r) => r.tags.includes('cost'))).toBe(true);
  });

  it('quotes a long unknown tag shortly, on one line', () => {
    const result = filterComparison({ tags: [`${'a'.repeat(30)}\n${'b'.repeat(30)}`] });
    expect(result.ok && result.warnings[0]!.message).toMatch(/^The topic “a{30} b{9}…” does not exist/);
  });

  it('reads a 10 MB search text as its first 200 characters, with a warning', () => {
    const result = filterComparison({ text: `gpu ${'x'.repeat(10 * 1024 * 1024)}` });
    expect(result.ok && result.warnings.map((w) => w.code)).toEqual(['too-long']);
    expect(result.ok && result.value.count).toBe(0);
  });

  it('uses at most twelve distinct words', () => {
    const result = view({ text: 'a b c d e f g h i j k l m n o p' });
    expect(result.terms).toHaveLength(12);
    expect(view({ text: 'gpu GPU gpu' }).terms).toEqual(['gpu']);
  });

  it.each([
    ['text', 42, 'invalid-type', 'Search text must be text of at most 200 characters.'],
    ['tags', 5, 'invalid-type', expect.stringMatching(/^Topics must be a list of any of goals/)],
    ['tags', [{}], 'invalid-choice', expect.stringMatching(/^Topics must be a list/)],
    ['highlightFor', 'fastest', 'invalid-choice', 'The path to highlight must be train-first, retrain-first, optimize-first, refine-iteratively, measure-first or adapt-first.'],
  ])('%s = %j is an error (%s)', (field, raw, code, message) => {
    expect(filterComparison({ [field]: raw })).toEqual({ ok: false, errors: [{ field, code, message }] });
  });

  it('rejects a query that is not an object', () => {
    expect(filterComparison('gpu')).toEqual({
      ok: false,
      errors: [{ field: 'input', code: 'not-an-object', message: 'The comparison query must be a set of named answers, not a single value or a list.' }],
    });
  });

  it('returns copies: changing a result does not change the table', () => {
    const row = view({}).rows[0]!;
    row.tags.push('risk');
    expect(COMPARISON_ROWS[0]!.tags).toEqual(['goals']);
  });

  it('every matched row contains every word, and every match range covers its word (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('gpu', 'data', 'model', 'the', 'Training', 'é', 'x', 'cost', '(', 'a'), { maxLength: 4 }), (words) => {
        const result = view({ text: words.join(' ') });
        expect(result.count).toBe(result.rows.length);
        for (const row of result.rows) {
          const all = `${row.aspect} ${row.training} ${row.optimization}`.toLowerCase();
          for (const word of result.terms) expect(all).toContain(word);
          for (const cell of ['aspect', 'training', 'optimization'] as const) {
            for (const text of marked(row, cell)) expect(result.terms.some((t) => text.toLowerCase().includes(t))).toBe(true);
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
