/** Display formatting of the payback result (deterministic: fixed locale). */
import type { BreakEven, Range } from '../../rules/index.ts';
import { formatNumber, formatUsd } from '../frame/format.ts';
import { PAYBACK } from './labels.ts';

/**
 * Dollars, negative ones with a minus sign; cents below $10. A word joiner (U+2060) keeps the
 * sign on the line of its amount: between a minus sign and "$" a browser may otherwise wrap.
 * @example money(-5172) // '−\u2060$5,172'
 */
export function money(n: number): string {
  return n < 0 ? `−\u2060${formatUsd(-n)}` : formatUsd(n);
}

/** A likely value with its low-to-high range (just the value when they are equal). */
export function span(r: Range, format: (n: number) => string = money): string {
  return r.low === r.high ? format(r.likely) : PAYBACK.range(format(r.likely), format(r.low), format(r.high));
}

function monthsText(m: number | null): string {
  if (m === null) return PAYBACK.never;
  return m < 0.05 ? PAYBACK.atOnce : PAYBACK.months(formatNumber(m));
}

export function breakEvenText(b: BreakEven): string {
  return b.low === b.high ? monthsText(b.likely) : PAYBACK.range(monthsText(b.likely), monthsText(b.low), monthsText(b.high));
}

export function gpusText(r: Range | null): string {
  if (r === null) return '';
  return PAYBACK.gpus(r.low === r.high ? String(r.likely) : `${r.low}–${r.high}`);
}
