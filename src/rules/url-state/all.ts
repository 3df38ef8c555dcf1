/** Every tool's link state at once (the public encodeState/decodeState of the rules package). */
import type { Result, ToolState } from '../types.ts';
import { decodeWith, encodeWith, type SectionCodec } from './codec.ts';
import { COMPARISON_CODEC, COMPARISON_KEYS } from './comparison.ts';
import { DECISION_CODEC, DECISION_KEYS } from './decision.ts';
import type { UrlKey } from './keys.ts';
import { PAYBACK_CODEC, PAYBACK_KEYS } from './payback.ts';
import { TIMELINE_CODEC, TIMELINE_KEYS } from './timeline.ts';

/** Every tool's keys: decision, then comparison, then timeline, then payback. */
export const URL_KEYS: readonly UrlKey[] = [...DECISION_KEYS, ...COMPARISON_KEYS, ...TIMELINE_KEYS, ...PAYBACK_KEYS];

/** Every tool, in the order links write them. */
export const ALL_CODECS: readonly SectionCodec[] = [DECISION_CODEC, COMPARISON_CODEC, TIMELINE_CODEC, PAYBACK_CODEC];

/**
 * Writes every tool's inputs as a compact query string (without the leading "?"), in a stable key
 * order. Only valid, defined values are written; anything else is left out.
 *
 * @example
 * encodeState({ decision: { hasModel: 'yes', accuracy: 72, requiredAccuracy: 90 }, timeline: { gpuType: 'h100-sxm', gpuCount: 8 } });
 * // 'has=yes&acc=72&req=90&gpu=h100-sxm&n=8'
 */
export function encodeState(state: unknown): string {
  return encodeWith(ALL_CODECS, state);
}

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
  return decodeWith(ALL_CODECS, search);
}
