import type { EmbedInfo } from './embed-code.ts';

/**
 * The props every calculator island takes from its Astro wrapper (src/components/tools/uid.ts,
 * modeProps()): where it is shown decides the heading level, URL state, "Embed this" and links.
 */
export interface IslandProps {
  /** Prefix for every id in the island (unique per page, from the Astro wrapper). */
  uid: string;
  /** Heading level of the island's two section titles (2 on tool pages, 3 inside articles). */
  level?: 2 | 3;
  /** Read the inputs from the URL and keep the URL up to date (tool and embed pages). */
  urlSync?: boolean;
  /** "Embed this" (tool pages): the site's origin and the tool's snippet facts. */
  embed?: { site: string; info: EmbedInfo } | undefined;
  /** Inside an /embed/ iframe: links open the full site in a new tab. */
  embedded?: boolean;
}
