/**
 * What the tool wrappers (DecisionTool.astro, ComparisonTool.astro, TimelineTool.astro) pass to
 * every island: a page-unique id prefix and the props that follow from where the tool is shown.
 *
 * Id prefixes for tool islands, unique within a page (a guide may hold two islands of one tool).
 * Server-side only: the prefix is passed to the island as a prop, so hydration reuses it and
 * server and client markup match.
 */
import { embedInfo, type LiveToolId } from '../../config/tools.ts';
import { EmbedPanel } from '../../islands/frame/EmbedPanel.tsx';
import { SERVER_PARTS } from '../../islands/frame/server-parts.ts';

// The server renders "Embed this" whole (it works without JavaScript); the browser loads it on demand.
SERVER_PARTS.EmbedPanel = EmbedPanel;

const counters = new WeakMap<object, Map<string, number>>();

/** @example toolUid(Astro.locals, 'decision') // 'decision', then 'decision-2' on the same page */
export function toolUid(page: object, tool: string): string {
  const map = counters.get(page) ?? new Map<string, number>();
  counters.set(page, map);
  const n = (map.get(tool) ?? 0) + 1;
  map.set(tool, n);
  return n === 1 ? tool : `${tool}-${n}`;
}

/** Where a calculator is shown: inside an article, on its own tool page, or in an iframe. */
export type ToolMode = 'inline' | 'page' | 'embed';

/**
 * The island props a mode implies: heading level (h3 inside articles), URL state (not inside
 * articles, so two inline tools never fight over the address bar), "Embed this" (tool page only,
 * with the site's origin for the snippet) and links that open the site (embeds).
 * @example modeProps('page', new URL('https://example.org/')) // { level: 2, urlSync: true, embed: { site: 'https://example.org/', info: … }, embedded: false }
 */
export function modeProps(mode: ToolMode, site: URL | undefined, tool: LiveToolId) {
  return {
    level: mode === 'inline' ? 3 : 2,
    urlSync: mode !== 'inline',
    embed: mode === 'page' && site ? { site: site.href, info: embedInfo(tool) } : undefined,
    embedded: mode === 'embed',
  } as const;
}

/**
 * The URL keys that make a tool hydrate at once (client:intent): its codec's keys where it reads
 * the address (tool and embed pages), none inside articles.
 * @example intentKeys(true, decisionPart) // ['has', 'acc', …]
 */
export function intentKeys(urlSync: boolean, part: { codec: { keys: readonly { key: string }[] } }): string[] {
  return urlSync ? part.codec.keys.map((k) => k.key) : [];
}
