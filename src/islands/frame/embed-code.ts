/**
 * The copy-and-paste snippet that puts one of our calculators on another site: an iframe of the
 * /embed/<tool>/ page (with the reader's current inputs as its query string) and the resize script.
 * Shared by the static EmbedSnippet.astro (docs page) and the frame's "Embed this" panel; the
 * title and first height come from the tool's entry in src/config/tools.ts.
 */
import { embedPath, type EmbedInfo } from '../../config/tool-ids.ts';

export type { EmbedInfo };

/** The colour scheme the embed uses: the host's choice, or the reader's own (auto). Always in the address, so a dark-mode reader never gets a dark block in a light blog by accident. */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/** Escapes text for use inside a double-quoted HTML attribute of the snippet. */
function attr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * @example
 * embedCode('https://example.org', info, '?gpu=h100-sxm&n=8')
 * // '<iframe src="https://example.org/embed/timeline/?gpu=h100-sxm&amp;n=8" … style="border:0" loading="lazy"></iframe>\n<script src="https://example.org/embed.js" defer></script>'
 */
export function embedCode(site: string, info: EmbedInfo, search = '', theme: EmbedTheme = 'light'): string {
  const origin = new URL(site).origin;
  const given = search.replace(/^\?/, '');
  const query = `${given}${given ? '&' : ''}theme=${theme}`;
  const src = `${origin}${embedPath(info.tool)}${query ? `?${query}` : ''}`;
  return (
    `<iframe src="${attr(src)}" title="${attr(info.title)}" width="100%" height="${info.height}" style="border:0" loading="lazy"></iframe>\n` +
    `<script src="${origin}/embed.js" defer></script>`
  );
}
