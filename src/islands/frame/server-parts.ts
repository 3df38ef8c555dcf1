import type { ComponentType } from 'preact';
import type { EmbedPanel } from './EmbedPanel.tsx';

/**
 * Parts of the frame the server renders whole while the browser loads them on demand (import()):
 * the tool wrappers (src/components/tools/uid.ts, server-only) fill this in, so the islands' own
 * code never imports them statically and the bundler keeps them out of what hydration loads.
 */
export const SERVER_PARTS: { EmbedPanel?: ComponentType<Parameters<typeof EmbedPanel>[0]> } = {};
