/**
 * Reads numbers the way forms give them: numbers, numeric strings (" 7.5 ", "1e9"), thousands
 * separators ("1,000" → 1000), count suffixes and words ("7B", "70 billion", "70 bn", "1.5T", "350M",
 * "10k") and percent signs.
 */
import { MAX_NUMBER_TEXT } from './limits.ts';

export interface NumberOptions {
  /** Accept k / M / B / T suffixes (parameter and token counts). */
  suffixes?: boolean;
  /** Accept a trailing "%": `'percent'` keeps the number, `'ratio'` divides it by 100. */
  percent?: 'percent' | 'ratio';
}

export type NumberParse = { ok: true; value: number } | { ok: false; code: 'not-a-number' | 'thousands-separator' };

/** Multipliers of the count suffixes and words people write (unit definitions, not figures). */
const SUFFIX: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};
const SUFFIX_PATTERN = /^(.*?)\s*(thousand|million|billion|trillion|mn|bn|tn|[kmbt])$/i;
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Parses one number; the result may still be out of range (even ±Infinity from "1e999"). */
export function parseNumber(raw: unknown, options: NumberOptions = {}): NumberParse {
  if (typeof raw === 'number') return Number.isNaN(raw) ? { ok: false, code: 'not-a-number' } : { ok: true, value: raw };
  if (typeof raw !== 'string' || raw.length > MAX_NUMBER_TEXT) return { ok: false, code: 'not-a-number' };
  let text = raw.trim();
  let scale = 1;
  if (options.percent && text.endsWith('%')) {
    text = text.slice(0, -1).trimEnd();
    if (options.percent === 'ratio') scale = 0.01;
  }
  if (options.suffixes) {
    const suffix = SUFFIX_PATTERN.exec(text);
    if (suffix) {
      text = suffix[1]!;
      scale = SUFFIX[suffix[2]!.toLowerCase()]!;
    }
  }
  if (text.includes(',')) {
    if (!GROUPED.test(text)) return { ok: false, code: 'thousands-separator' };
    text = text.replaceAll(',', '');
  }
  if (!DECIMAL.test(text)) return { ok: false, code: 'not-a-number' };
  return { ok: true, value: Number(text) * scale };
}
