import { beforeEach, describe, expect, it } from 'vitest';
import { COMPARISON_ROWS, decodeState, encodeState } from '../../src/rules/index.ts';
import {
  $comparison,
  COMPARISON_DEFAULTS,
  comparisonForm,
  comparisonQuery,
  highlightPath,
  setQuery,
  toggleTag,
} from '../../src/stores/comparison.ts';
import { $comparisonView } from '../../src/stores/comparison-view.ts';
import { resetStores } from './reset.ts';

beforeEach(() => resetStores());

describe('$comparison and $comparisonView', () => {
  it('shows every row by default', () => {
    const view = $comparisonView.get();
    expect(view.ok && [view.value.count, view.value.total]).toEqual([COMPARISON_ROWS.length, COMPARISON_ROWS.length]);
  });

  it('filters by text, keeping the text as typed', () => {
    setQuery('  Data ');
    expect($comparison.get().text).toBe('  Data ');
    const view = $comparisonView.get();
    expect(view.ok && view.value.count).toBeLessThan(COMPARISON_ROWS.length);
  });

  it('toggles a topic on and off', () => {
    toggleTag('cost');
    expect($comparison.get().tags).toEqual(['cost']);
    toggleTag('cost');
    expect($comparison.get().tags).toEqual([]);
  });

  it('highlights the rows for a path', () => {
    highlightPath('optimize-first');
    const view = $comparisonView.get();
    expect(view.ok && view.value.rows.some((r) => r.highlighted)).toBe(true);
  });
});

describe('comparison URL state', () => {
  it('is empty for the defaults', () => {
    expect(encodeState({ comparison: comparisonQuery(COMPARISON_DEFAULTS) })).toBe('');
  });

  it.each([
    [{ text: 'data cost' }],
    [{ tags: ['cost', 'risk'] }],
    [{ highlightFor: 'retrain-first' }],
    [{ text: 'é <b>', tags: ['data'], highlightFor: 'train-first' }],
  ] as const)('round-trips %o', (partial) => {
    const form = { ...COMPARISON_DEFAULTS, ...partial, tags: [...(('tags' in partial && partial.tags) || [])] };
    const decoded = decodeState(encodeState({ comparison: comparisonQuery(form) }));
    expect(decoded.ok && comparisonForm(decoded.value.comparison)).toEqual(form);
  });
});
