/**
 * CSV for "Copy as CSV" (every calculator with an export): a field is quoted when it holds a comma,
 * quote or line break; numbers are rounded to cents.
 * @example csvRow(['Today', 1234.567, '']) // 'Today,1234.57,'
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(Math.round(value * 100) / 100) : value;
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number)[]): string {
  return values.map(csvField).join(',');
}
