import { encodeState, type ToolState } from '../../rules/index.ts';
import type { LiveToolId as ToolId } from '../../config/tools.ts';

/**
 * The query string ("?…" or '') that a tool's "Embed this" panel puts in its snippet for these
 * inputs: the same encodeState() the panel's stores use (toolSearch in src/stores/url-sync.ts).
 * @example
 * embedSearch('decision', { hasModel: 'yes', accuracy: 72 }) // '?has=yes&acc=72'
 */
export function embedSearch(tool: ToolId, state: ToolState[ToolId] = {}): string {
  const query = encodeState({ [tool]: state });
  return query ? `?${query}` : '';
}
