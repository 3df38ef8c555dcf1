/**
 * How a copied result is written, for the calculators with an export (the estimator, the payback
 * calculator; loaded with their export code, on the first copy): CSV fields and rows for "Copy as
 * CSV", and the sources line of "Copy as text".
 */

/**
 * A CSV field: quoted when it holds a comma, quote or line break; numbers are rounded to cents.
 * @example csvField('a, b') // '"a, b"'
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** @example csvRow(['Today', 1234.567, '']) // 'Today,1234.57,' */
export function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',');
}

/**
 * The line that follows a copied result's numbered assumptions: where their sources are listed,
 * as an address a reader can open. Copied text, like the page, never shows a source's internal id.
 * @example sourcesLine('https://example.org/tools/payback/?pb=x') // 'Sources for each assumption: https://example.org/methodology/'
 */
export function sourcesLine(link: string): string {
  return `Sources for each assumption: ${new URL('/methodology/', link).href}`;
}
