/**
 * The guides' reading order and the capped selections drawn from it, as pure functions over the
 * frontmatter they read (so tests can run them without astro:content).
 */
import { GUIDE_SECTIONS } from '../config/site.ts';

/** The part of a guide entry these functions read (a CollectionEntry<'guides'> fits). */
export interface Ordered {
  data: { section: string; order: number; title: string };
}

const sectionRank = (id: string) => GUIDE_SECTIONS.findIndex((s) => s.id === id);

/**
 * Reading order: by section (as GUIDE_SECTIONS lists them), then by `order`, then by title.
 * @example
 * guides.sort(byReadingOrder) // foundations first, each section by `order`
 */
export function byReadingOrder(a: Ordered, b: Ordered): number {
  return (
    sectionRank(a.data.section) - sectionRank(b.data.section) ||
    a.data.order - b.data.order ||
    a.data.title.localeCompare(b.data.title)
  );
}

/**
 * The first `perSection` guides of each section, in reading order, for pages that point into the
 * guides without listing them all (the home page, the 404 page). Guides added with a higher
 * `order` never push out the curated ones, and the result never holds more than
 * sections × perSection guides, however many guides there are.
 * @example
 * featuredGuides(await getGuides(), 1) // the first guide of foundations, deciding and planning
 */
export function featuredGuides<G extends Ordered>(guides: readonly G[], perSection: number): G[] {
  const limit = Math.max(0, Math.floor(perSection));
  const sorted = [...guides].sort(byReadingOrder);
  return GUIDE_SECTIONS.flatMap(({ id }) => sorted.filter((g) => g.data.section === id).slice(0, limit));
}
