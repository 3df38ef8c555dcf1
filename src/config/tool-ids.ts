/**
 * The calculators' ids and addresses, defined once. Tiny and import-free on purpose: islands,
 * stores, pages and tests all import it, and it costs an island a few bytes.
 * A tool id exists here before its calculator ships (payback); the tools that are live are the
 * entries of TOOLS in src/config/tools.ts.
 */
export type ToolId = 'decision' | 'comparison' | 'timeline' | 'payback';

/** @example toolPath('timeline') // '/tools/timeline/' */
export function toolPath(id: ToolId): string {
  return `/tools/${id}/`;
}

/** @example embedPath('timeline') // '/embed/timeline/' */
export function embedPath(id: ToolId): string {
  return `/embed/${id}/`;
}

/** What an embed snippet needs to know about a tool (from its entry in src/config/tools.ts). */
export interface EmbedInfo {
  tool: ToolId;
  /** The iframe's title (its accessible name). */
  title: string;
  /** A sensible first height before the script takes over (and for hosts that skip the script). */
  height: number;
}
