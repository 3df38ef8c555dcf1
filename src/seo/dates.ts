const FORMAT = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * A date as readers see it on the site, independent of the build machine's time zone.
 * @example formatDate(new Date('2026-11-25')) // 'November 25, 2026'
 */
export function formatDate(date: Date): string {
  return FORMAT.format(date);
}
