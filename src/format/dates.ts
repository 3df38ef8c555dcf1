/** Dates as readers see them on the site, independent of the build machine's time zone. */
const FORMAT = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * @example formatDate(new Date('2026-11-25')) // 'November 25, 2026'
 */
export function formatDate(date: Date): string {
  return FORMAT.format(date);
}

/**
 * The machine-readable form for `<time datetime>`: the day only.
 * @example isoDay(new Date('2026-11-25')) // '2026-11-25'
 */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
