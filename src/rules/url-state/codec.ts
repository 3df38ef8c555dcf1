/** Tool inputs ⇄ one short, readable query string, so any result can be shared as a link. */
import { MESSAGES } from '../messages.ts';
import { ok } from '../result.ts';
import type { Issue, Result, ToolState } from '../types.ts';
import { readField, viewRecord } from '../validate/record.ts';
import type { Check } from '../validate/fields.ts';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_PARAMS, type Section, type UrlKey } from './keys.ts';

/**
 * One tool's part of a link: its query keys and how each value is checked. Each codec lives in its
 * own module (./decision.ts, ./comparison.ts, ./timeline.ts, ./plan.ts), so a page loads only the
 * codecs of the tools on it: the decision guide never carries the estimator's validators.
 */
export interface SectionCodec {
  section: Section;
  keys: readonly UrlKey[];
  /** Checks one field's value as strictly as the tool itself does. */
  check: (field: string, raw: unknown) => Check<unknown>;
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
 * Writes some tools' inputs as a compact query string (without the leading "?"), in the codecs'
 * order and each codec's key order. Only valid, defined values are written; anything else is left out.
 *
 * @example
 * encodeWith([TIMELINE_CODEC], { timeline: { gpuType: 'h100-sxm', gpuCount: 8 }, decision: { hasModel: 'yes' } });
 * // 'gpu=h100-sxm&n=8' (the decision is not among the codecs)
 */
export function encodeWith(codecs: readonly SectionCodec[], state: unknown): string {
  const root = viewRecord(state);
  if (root.kind !== 'record') return '';
  const parts: string[] = [];
  for (const codec of codecs) {
    const section = readField(root.value, codec.section);
    const view = section.ok ? viewRecord(section.value) : { kind: 'invalid' as const };
    if (view.kind !== 'record') continue;
    for (const entry of codec.keys) {
      const read = readField(view.value, entry.field);
      if (!read.ok || read.value === undefined) continue;
      const checked = codec.check(entry.field, read.value);
      if (checked.ok && checked.value !== undefined) parts.push(`${entry.key}=${escape(text(checked.value))}`);
    }
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

/**
 * Reads some tools' inputs back from a link's query string. Keys of other tools and unknown keys
 * are ignored; a value that is not valid is dropped with a warning naming its field (e.g.
 * `decision.accuracy`); an over-long query is ignored whole. Never fails and never throws.
 *
 * @example
 * decodeWith([DECISION_CODEC], '?has=yes&gpu=h100-sxm').value // { decision: { hasModel: 'yes' } }
 */
export function decodeWith(codecs: readonly SectionCodec[], search: unknown): Result<ToolState> {
  const byKey = new Map(codecs.flatMap((codec) => codec.keys.map((entry) => [entry.key, { codec, entry }] as const)));
  const warnings: Issue[] = [];
  const state: Record<string, Record<string, unknown>> = {};
  const seen = new Set<string>();
  for (const [key, raw] of pairsOf(search, warnings)) {
    const found = byKey.get(key);
    if (found === undefined || seen.has(key)) continue;
    seen.add(key);
    const { codec, entry } = found;
    const checked = codec.check(entry.field, raw);
    if (!checked.ok) {
      warnings.push({ field: `${entry.section}.${entry.field}`, code: checked.code, message: MESSAGES.urlInvalid(checked.message) });
    } else if (checked.value !== undefined) {
      (state[entry.section] ??= {})[entry.field] = checked.value;
    }
  }
  return ok(state as ToolState, warnings);
}
