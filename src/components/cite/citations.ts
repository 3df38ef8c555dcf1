export type CitedPart = { kind: 'text' | 'cite'; value: string };

const CITATION = /\s?\[([a-z0-9][a-z0-9-]*)\]/g;

/**
 * Splits "…costs $2.69 [pr-h100]." into text and citation parts.
 * @example splitCitations('Up to 24× [opt-vllm].') // [{kind:'text',value:'Up to 24×'},{kind:'cite',value:'opt-vllm'},{kind:'text',value:'.'}]
 */
export function splitCitations(text: string): CitedPart[] {
  const parts: CitedPart[] = [];
  let last = 0;
  for (const m of text.matchAll(CITATION)) {
    if (m.index > last) parts.push({ kind: 'text', value: text.slice(last, m.index) });
    parts.push({ kind: 'cite', value: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

/** The same text without citation marks, for JSON-LD and meta tags. */
export const stripCitations = (text: string) => text.replace(CITATION, '');
