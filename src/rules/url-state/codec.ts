/** Tool inputs ⇄ one short, readable query string, so any result can be shared as a link. */
import { PATH_IDS } from '../decision/paths.ts';
import { checkDecisionField } from '../decision/input.ts';
import { COMPARISON_TAG_IDS } from '../comparison/rows.ts';
import { MESSAGES } from '../messages.ts';
import { ok } from '../result.ts';
import { checkTimelineField } from '../timeline/input.ts';
import type { DecisionField, Issue, Result, TimelineField, ToolState } from '../types.ts';
import { checkChoice, checkList, type Check } from '../validate/fields.ts';
import { MAX_SEARCH_TEXT } from '../validate/limits.ts';
import { readField, viewRecord } from '../validate/record.ts';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_PARAMS, URL_KEYS, type UrlKey } from './keys.ts';

/** The comparison query's fields, checked as strictly as the tools check theirs. */
function checkComparisonField(field: string, raw: unknown): Check<unknown> {
  if (field === 'tags') return checkList('tags', raw, COMPARISON_TAG_IDS);
  if (field === 'highlightFor') return checkChoice('highlightFor', raw, PATH_IDS);
  return typeof raw === 'string' && raw.length <= MAX_SEARCH_TEXT
    ? { ok: true, value: raw }
    : { ok: false, code: 'invalid-type', message: MESSAGES.searchText(MAX_SEARCH_TEXT) };
}

function check(entry: UrlKey, raw: unknown): Check<unknown> {
  if (entry.section === 'decision') return checkDecisionField(entry.field as DecisionField, raw);
  if (entry.section === 'timeline') return checkTimelineField(entry.field as TimelineField, raw);
  return checkComparisonField(entry.field, raw);
}

/** A value as link text: lists joined by commas, numbers as JavaScript writes them. */
function text(value: unknown): string {
  return Array.isArray(value) ? value.join(',') : String(value);
}

/** Percent-encodes a value but keeps commas readable. */
function escape(value: string): string {
  return encodeURIComponent(value).replaceAll('%2C', ',');
}

/**
 * Writes the tools' inputs as a compact query string (without the leading "?"), in a stable key
 * order. Only valid, defined values are written; anything else is left out.
 *
 * @example
 * encodeState({ decision: { hasModel: 'yes', accuracy: 72, requiredAccuracy: 90 }, timeline: { gpuType: 'h100-sxm', gpuCount: 8 } });
 * // 'has=yes&acc=72&req=90&gpu=h100-sxm&n=8'
 */
export function encodeState(state: unknown): string {
  const root = viewRecord(state);
  if (root.kind !== 'record') return '';
  const sections = { decision: readField(root.value, 'decision'), comparison: readField(root.value, 'comparison'), timeline: readField(root.value, 'timeline') };
  const parts: string[] = [];
  for (const entry of URL_KEYS) {
    const section = sections[entry.section];
    const view = section.ok ? viewRecord(section.value) : { kind: 'invalid' as const };
    if (view.kind !== 'record') continue;
    const read = readField(view.value, entry.field);
    if (!read.ok || read.value === undefined) continue;
    const checked = check(entry, read.value);
    if (checked.ok && checked.value !== undefined) parts.push(`${entry.key}=${escape(text(checked.value))}`);
  }
  return parts.join('&');
}

/**
 * The query text of the input: a string, or anything URLSearchParams-like (its own `toString`
 * gives the query, as URLSearchParams and URL-state objects from other realms do); null otherwise.
 */
function searchText(search: unknown): string | null {
  if (typeof search === 'string') return search;
  if (search === undefined || search === null) return '';
  try {
    const own = (search as { toString?: unknown }).toString;
    if (typeof search === 'object' && !Array.isArray(search) && typeof own === 'function' && own !== Object.prototype.toString) {
      const text: unknown = own.call(search);
      if (typeof text === 'string') return text;
    }
  } catch {
    // A throwing getter or toString: treated as unreadable below.
  }
  return null;
}

/** The [key, value] pairs of a query string (with or without "?"), capped in length and number. */
function pairsOf(search: unknown, warnings: Issue[]): [string, string][] {
  const text = searchText(search);
  if (text === null) {
    warnings.push({ field: 'search', code: 'invalid-type', message: MESSAGES.urlInvalid('The link’s settings could not be read.') });
    return [];
  }
  if (text.length > MAX_SEARCH_LENGTH) {
    warnings.push({ field: 'search', code: 'too-long', message: MESSAGES.urlTooLong(MAX_SEARCH_LENGTH) });
    return [];
  }
  const pairs = [...new URLSearchParams(text.startsWith('?') ? text.slice(1) : text)];
  if (pairs.length > MAX_SEARCH_PARAMS) {
    warnings.push({ field: 'search', code: 'too-many', message: MESSAGES.urlTooManyParams(MAX_SEARCH_PARAMS) });
  }
  return pairs.slice(0, MAX_SEARCH_PARAMS);
}

const BY_KEY: ReadonlyMap<string, UrlKey> = new Map(URL_KEYS.map((entry) => [entry.key, entry]));

/**
 * Reads tool inputs back from a link's query string. Unknown keys are ignored; a value that is not
 * valid is dropped with a warning naming its field (e.g. `decision.accuracy`); an over-long query
 * is ignored whole. Never fails and never throws.
 *
 * @example
 * const result = decodeState('?has=yes&acc=72&gpu=h100-sxm&n=8&acc2=x');
 * // result.value → { decision: { hasModel: 'yes', accuracy: 72 }, timeline: { gpuType: 'h100-sxm', gpuCount: 8 } }
 * decodeState('acc=150').warnings[0].field; // 'decision.accuracy'
 */
export function decodeState(search: unknown): Result<ToolState> {
  const warnings: Issue[] = [];
  const state: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  for (const [key, raw] of pairsOf(search, warnings)) {
    const entry = BY_KEY.get(key);
    if (entry === undefined || seen.has(key)) continue;
    seen.add(key);
    const checked = check(entry, raw);
    if (!checked.ok) {
      warnings.push({ field: `${entry.section}.${entry.field}`, code: checked.code, message: MESSAGES.urlInvalid(checked.message) });
    } else if (checked.value !== undefined) {
      (state[entry.section] ??= {})[entry.field] = checked.value;
    }
  }
  return ok(state as ToolState, warnings);
}
