/**
 * Id prefixes for tool islands, unique within a page (a guide may hold two islands of one tool).
 * Server-side only: the prefix is passed to the island as a prop, so hydration reuses it and
 * server and client markup match.
 */
const counters = new WeakMap<object, Map<string, number>>();

/** @example toolUid(Astro.locals, 'decision') // 'decision', then 'decision-2' on the same page */
export function toolUid(page: object, tool: string): string {
  const map = counters.get(page) ?? new Map<string, number>();
  counters.set(page, map);
  const n = (map.get(tool) ?? 0) + 1;
  map.set(tool, n);
  return n === 1 ? tool : `${tool}-${n}`;
}
