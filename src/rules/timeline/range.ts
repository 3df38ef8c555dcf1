/** Arithmetic on low / likely / high triples. */
import type { Range } from '../types.ts';

export const ZERO: Range = { low: 0, likely: 0, high: 0 };

export function same(value: number): Range {
  return { low: value, likely: value, high: value };
}

export function add(a: Range, b: Range): Range {
  return { low: a.low + b.low, likely: a.likely + b.likely, high: a.high + b.high };
}

export function times(a: Range, b: Range): Range {
  return { low: a.low * b.low, likely: a.likely * b.likely, high: a.high * b.high };
}

export function scale(a: Range, k: number): Range {
  return { low: a.low * k, likely: a.likely * k, high: a.high * k };
}

export function larger(a: Range, b: Range): Range {
  return { low: Math.max(a.low, b.low), likely: Math.max(a.likely, b.likely), high: Math.max(a.high, b.high) };
}

/** A sourced figure as a plain range. */
export function rangeOf(figure: Range): Range {
  return { low: figure.low, likely: figure.likely, high: figure.high };
}
