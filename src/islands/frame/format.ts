/**
 * Number formatting for display only (the rules return raw numbers). Deterministic: a fixed
 * locale, so server and client render the same text.
 */
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A figure with sensible precision: 0.5, 21.5, 1,234. */
export function formatNumber(n: number): string {
  if (n === 0) return '0';
  if (Math.abs(n) < 10) return oneDecimal.format(n) === '0' ? '< 0.1' : oneDecimal.format(n);
  if (Math.abs(n) >= 1e7) return compact.format(n);
  return whole.format(n);
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
  if (n >= 1e7) return `$${compact.format(n)}`;
  if (n < 10 && n > 0) return `$${n.toFixed(2)}`;
  return `$${whole.format(n)}`;
}
