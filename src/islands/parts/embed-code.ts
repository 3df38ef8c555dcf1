/**
 * The copy-and-paste snippet that puts one of our calculators on another site: an iframe of the
 * /embed/<tool>/ page (with the reader's current inputs as its query string) and the resize script.
 * Shared by the static EmbedSnippet.astro (docs page) and the islands' "Embed this" panel.
 */
export type ToolId = 'decision' | 'comparison' | 'timeline';

export const EMBED_TITLES: Record<ToolId, string> = {
  decision: 'Train or optimize first? Decision guide',
  comparison: 'Training vs optimization comparison table',
  timeline: 'AI training timeline and cost estimator',
};

/** Sensible first heights before the script takes over (and for hosts that skip the script). */
const START_HEIGHT: Record<ToolId, number> = { decision: 900, comparison: 900, timeline: 1100 };

/** Escapes text for use inside a double-quoted HTML attribute of the snippet. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * @example
 * embedCode('https://example.org', 'timeline', '?gpu=h100-sxm&n=8')
 * // '<iframe src="https://example.org/embed/timeline/?gpu=h100-sxm&amp;n=8" …></iframe>\n<script src="https://example.org/embed.js" defer></script>'
 */
export function embedCode(site: string, tool: ToolId, search = ''): string {
  const origin = new URL(site).origin;
  const query = search && search !== '?' ? (search.startsWith('?') ? search : `?${search}`) : '';
  const src = `${origin}/embed/${tool}/${query}`;
  return (
    `<iframe src="${attr(src)}" title="${attr(EMBED_TITLES[tool])}" width="100%" height="${START_HEIGHT[tool]}" loading="lazy"></iframe>\n` +
    `<script src="${origin}/embed.js" defer></script>`
  );
}
