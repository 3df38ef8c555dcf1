/**
 * Comparison table state: the search text as typed, the chosen topics and the path whose rows
 * are highlighted. The filtered view is derived in ./comparison-view.ts.
 */
import { atom } from 'nanostores';
import { COMPARISON_CODEC, type ComparisonQuery, type ComparisonTag, type PathId } from '../rules/index.ts';
import type { ToolPart } from './url-sync.ts';

export interface ComparisonForm {
  text: string;
  tags: ComparisonTag[];
  highlightFor: PathId | '';
}

export const COMPARISON_DEFAULTS: ComparisonForm = Object.freeze({ text: '', tags: [], highlightFor: '' }) as ComparisonForm;

export const $comparison = atom<ComparisonForm>(COMPARISON_DEFAULTS);

/** The rules query for a form (and the comparison part of the URL): only what is set. */
export function comparisonQuery(form: ComparisonForm): ComparisonQuery {
  const query: ComparisonQuery = {};
  if (form.text.trim()) query.text = form.text;
  if (form.tags.length) query.tags = [...form.tags];
  if (form.highlightFor) query.highlightFor = form.highlightFor;
  return query;
}

/** A form from a (validated) query, e.g. one decoded from the URL. */
export function comparisonForm(query: ComparisonQuery | undefined): ComparisonForm {
  return {
    text: typeof query?.text === 'string' ? query.text : '',
    tags: Array.isArray(query?.tags) ? [...query.tags] : [],
    highlightFor: query?.highlightFor ?? '',
  };
}

/**
 * Sets the search text (kept exactly as typed).
 * @example setQuery('data cost')
 */
export function setQuery(text: string): void {
  $comparison.set({ ...$comparison.get(), text });
}

/**
 * Turns one topic chip on or off.
 * @example toggleTag('cost') // on if it was off
 */
export function toggleTag(tag: ComparisonTag, on = !$comparison.get().tags.includes(tag)): void {
  const tags = $comparison.get().tags.filter((t) => t !== tag);
  $comparison.set({ ...$comparison.get(), tags: on ? [...tags, tag] : tags });
}

/**
 * Highlights the rows that matter for a path ('' clears it).
 * @example highlightPath('optimize-first')
 */
export function highlightPath(path: PathId | ''): void {
  $comparison.set({ ...$comparison.get(), highlightFor: path });
}

export function resetComparison(): void {
  $comparison.set(COMPARISON_DEFAULTS);
}

/** The comparison tool for the URL sync and resetAll(). */
export const comparisonPart: ToolPart = {
  section: 'comparison',
  codec: COMPARISON_CODEC,
  store: $comparison,
  read: () => comparisonQuery($comparison.get()),
  apply: (state) => $comparison.set(comparisonForm(state.comparison)),
  reset: resetComparison,
};
