/**
 * Number formatting for display only (the rules return raw numbers). Deterministic: a fixed
 * locale (en-US, written out by formatDecimal rather than Intl, whose locale data costs a page
 * 60–200 ms to load), so server and client render the same text.
 */
import { formatDecimal } from '../../rules/index.ts';

const whole = (n: number) => formatDecimal(n, 0);
const oneDecimal = (n: number) => formatDecimal(n, 1);
/** Compact notation groups thousands only from five digits on ("1000T", "123,456.79T"). */
const twoDecimals = (n: number) => formatDecimal(n, 2, 'min2');
const UNITS = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
] as const;

/**
 * en-US compact notation with at most two decimals, as Intl's `notation: 'compact'` writes it
 * (12,345,678 → "12.35M", 999,995,000 → "1B"; tests/islands/format.test.ts compares the two).
 * Written out, like formatDecimal, because a page's first Intl.NumberFormat loads locale data
 * (130–200 ms for a compact one in Chromium here), which a calculator's first interaction waited for.
 */
export function compactNumber(n: number): string {
  const a = Math.abs(n);
  for (let i = 0; i < UNITS.length; i++) {
    const [size, suffix] = UNITS[i]!;
    if (a < size) continue;
    const text = twoDecimals(n / size);
    // Rounding up to 1,000 of a unit moves to the next one (999.995M is "1B").
    if (i > 0 && Math.abs(Number(text.replace(/,/g, ''))) >= 1000) return `${twoDecimals(n / UNITS[i - 1]![0])}${UNITS[i - 1]![1]}`;
    return `${text}${suffix}`;
  }
  return twoDecimals(n);
}

/** A figure with sensible precision: 0.5, 21.5, 1,234. */
export function formatNumber(n: number): string {
  if (n === 0) return '0';
  if (Math.abs(n) < 10) return oneDecimal(n) === '0' ? '< 0.1' : oneDecimal(n);
  if (Math.abs(n) >= 1e7) return compactNumber(n);
  return whole(n);
}

/** @example formatDays(1) // '1 day' */
export function formatDays(n: number): string {
  const text = formatNumber(n);
  return `${text} ${text === '1' ? 'day' : 'days'}`;
}

/** @example formatHours(1.5) // '36 hours' */
export function formatHoursFromDays(days: number): string {
  const text = formatNumber(days * 24);
  return `${text} ${text === '1' ? 'hour' : 'hours'}`;
}

/** @example formatGpuHours(4129) // '4,129 GPU-hours' */
export function formatGpuHours(n: number): string {
  return `${formatNumber(n)} GPU-hours`;
}

/** @example formatUsd(1234.5) // '$1,235' */
export function formatUsd(n: number): string {
  if (n >= 1e7) return `$${compactNumber(n)}`;
  if (n < 10 && n > 0) return `$${n.toFixed(2)}`;
  return `$${whole(n)}`;
}
