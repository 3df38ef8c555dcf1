/** The comparison tool: search, filter by topic and highlight rows for a path. */
import { MESSAGES } from '../messages.ts';
import { fail, ok } from '../result.ts';
import type {
  ComparisonMatches,
  ComparisonResultRow,
  ComparisonRow,
  ComparisonTag,
  ComparisonView,
  Issue,
  MatchRange,
  PathId,
  Result,
} from '../types.ts';
import { PATH_IDS } from '../decision/ids.ts';
import { checkChoice, checkList } from '../validate/fields.ts';
import { MAX_SEARCH_TERMS, MAX_SEARCH_TEXT } from '../validate/limits.ts';
import { readField, viewRecord } from '../validate/record.ts';
import { fold, foldWithMap, type FoldedText } from './fold.ts';
import { COMPARISON_FIELD_LABELS } from './messages.ts';
import { COMPARISON_HIGHLIGHTS, COMPARISON_ROWS } from './rows.ts';
import { COMPARISON_TAG_IDS } from './tags.ts';

type Cell = keyof ComparisonMatches;
const CELLS: readonly Cell[] = ['aspect', 'training', 'optimization'];

/** The rows folded once, at load time, so a search only folds the query. */
const FOLDED: readonly { row: ComparisonRow; cells: Record<Cell, FoldedText> }[] = COMPARISON_ROWS.map((row) => ({
  row,
  cells: { aspect: foldWithMap(row.aspect), training: foldWithMap(row.training), optimization: foldWithMap(row.optimization) },
}));

interface CleanQuery {
  terms: string[];
  tags: ComparisonTag[];
  highlightFor: PathId | undefined;
}

/** Search words: folded, split on whitespace, de-duplicated, capped. */
function termsOf(text: string): string[] {
  const words = fold(text).split(/\s+/).filter((word) => word !== '');
  return [...new Set(words)].slice(0, MAX_SEARCH_TERMS);
}

function parseQuery(query: unknown): { ok: true; value: CleanQuery; warnings: Issue[] } | { ok: false; errors: Issue[] } {
  const clean: CleanQuery = { terms: [], tags: [], highlightFor: undefined };
  const view = viewRecord(query);
  if (view.kind === 'invalid') {
    return { ok: false, errors: [{ field: 'input', code: 'not-an-object', message: MESSAGES.notAnObject('The comparison query') }] };
  }
  if (view.kind === 'empty') return { ok: true, value: clean, warnings: [] };
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const fields = { text: readField(view.value, 'text'), tags: readField(view.value, 'tags'), highlightFor: readField(view.value, 'highlightFor') };
  for (const [field, read] of Object.entries(fields)) {
    if (!read.ok) errors.push({ field, code: 'unreadable', message: MESSAGES.unreadable(COMPARISON_FIELD_LABELS[field as keyof typeof fields]) });
  }
  if (fields.text.ok) {
    const text = fields.text.value;
    if (typeof text === 'string') {
      if (text.length > MAX_SEARCH_TEXT) warnings.push({ field: 'text', code: 'too-long', message: MESSAGES.tooLong(COMPARISON_FIELD_LABELS.text, MAX_SEARCH_TEXT) });
      clean.terms = termsOf(text.slice(0, MAX_SEARCH_TEXT));
    } else if (text !== undefined && text !== null) {
      errors.push({ field: 'text', code: 'invalid-type', message: MESSAGES.searchText(COMPARISON_FIELD_LABELS.text, MAX_SEARCH_TEXT) });
    }
  }
  if (fields.tags.ok) {
    const tags = checkList(COMPARISON_FIELD_LABELS.tags, fields.tags.value, COMPARISON_TAG_IDS, true);
    if (!tags.ok) errors.push({ field: 'tags', code: tags.code, message: tags.message });
    else {
      clean.tags = tags.value ?? [];
      for (const tag of tags.unknown) warnings.push({ field: 'tags', code: 'unknown-tag', message: MESSAGES.unknownTag(tag, COMPARISON_TAG_IDS) });
    }
  }
  if (fields.highlightFor.ok) {
    const path = checkChoice(COMPARISON_FIELD_LABELS.highlightFor, fields.highlightFor.value, PATH_IDS);
    if (!path.ok) errors.push({ field: 'highlightFor', code: path.code, message: path.message });
    else clean.highlightFor = path.value;
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: clean, warnings };
}

/** Every occurrence of every term in one folded cell, as merged ranges of the original text. */
function rangesIn(cell: FoldedText, terms: readonly string[]): MatchRange[] {
  const hits: MatchRange[] = [];
  for (const term of terms) {
    for (let at = cell.text.indexOf(term); at !== -1; at = cell.text.indexOf(term, at + 1)) {
      hits.push({ start: cell.starts[at]!, end: cell.ends[at + term.length - 1]! });
    }
  }
  hits.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MatchRange[] = [];
  for (const hit of hits) {
    const last = merged[merged.length - 1];
    if (last && hit.start <= last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}

/**
 * Filters the training-vs-optimization table. Every search word must appear somewhere in the row
 * (aspect or either cell), ignoring case and accents; regex characters are plain text. Tags keep
 * rows with at least one of them. An empty query returns every row.
 *
 * @example
 * const result = filterComparison({ text: 'gpu hours', highlightFor: 'train-first' });
 * if (result.ok) {
 *   result.value.count;            // rows that mention both words
 *   result.value.rows[0].matches;  // { aspect: [], training: [{ start, end }, …], optimization: […] }
 * }
 */
export function filterComparison(query: unknown): Result<ComparisonView> {
  const parsed = parseQuery(query);
  if (!parsed.ok) return fail(parsed.errors);
  const { terms, tags, highlightFor } = parsed.value;
  const highlighted: readonly string[] = highlightFor ? COMPARISON_HIGHLIGHTS[highlightFor] : [];
  const rows: ComparisonResultRow[] = [];
  for (const { row, cells } of FOLDED) {
    if (tags.length > 0 && !row.tags.some((tag) => tags.includes(tag))) continue;
    if (!terms.every((term) => CELLS.some((cell) => cells[cell].text.includes(term)))) continue;
    rows.push({
      ...row,
      tags: [...row.tags],
      matches: { aspect: rangesIn(cells.aspect, terms), training: rangesIn(cells.training, terms), optimization: rangesIn(cells.optimization, terms) },
      highlighted: highlighted.includes(row.id),
    });
  }
  return ok({ rows, count: rows.length, total: COMPARISON_ROWS.length, terms }, parsed.warnings);
}
