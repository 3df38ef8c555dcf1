import { getCollection, type CollectionEntry } from 'astro:content';
import { GUIDE_SECTIONS, SIDEBAR_LIMIT } from '../config/site.ts';
import { byReadingOrder } from './reading-order.ts';

export type Guide = CollectionEntry<'guides'>;

/** Every guide in reading order: by section, then by `order`, then by title. */
export async function getGuides(): Promise<Guide[]> {
  return (await getCollection('guides')).sort(byReadingOrder);
}

export const guidePath = (g: Guide) => `/guides/${g.id}/`;
export const guideLabel = (g: Guide) => g.data.navTitle ?? g.data.title;

export interface SidebarSection {
  id: string;
  label: string;
  links: { href: string; label: string; current: boolean }[];
  /** How many guides of the section the sidebar leaves out (linked via the guides index). */
  hidden: number;
}

/**
 * The sidebar for one guide: each section's first guides, capped at SIDEBAR_LIMIT, always
 * including the current one, so a page's weight does not grow with the number of guides.
 */
export function sidebarFor(guides: readonly Guide[], currentId: string | undefined): SidebarSection[] {
  return GUIDE_SECTIONS.map(({ id, label }) => {
    const all = guides.filter((g) => g.data.section === id);
    let shown = all.slice(0, SIDEBAR_LIMIT);
    const current = all.find((g) => g.id === currentId);
    if (current && !shown.includes(current)) shown = [...shown.slice(0, SIDEBAR_LIMIT - 1), current];
    return {
      id,
      label,
      links: shown.map((g) => ({ href: guidePath(g), label: guideLabel(g), current: g.id === currentId })),
      hidden: all.length - shown.length,
    };
  }).filter((s) => s.links.length > 0);
}
