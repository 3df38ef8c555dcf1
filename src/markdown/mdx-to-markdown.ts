/**
 * A guide's MDX body as plain Markdown, for /guides/<slug>/index.md (issue 12.5): the same text,
 * <Cite> markers as numbered footnotes [^1] (in reading order, one number per source) with the
 * sources listed at the end, <Term> as its text, <Callout> as a block quote, and each calculator
 * or figure component replaced by what `blocks` renders for it (its default result as a table).
 * Pure string work, unit-tested without Astro (tests/content/markdown.test.ts).
 */

/** What a footnote says about a source. */
export interface FootnoteSource {
  title: string;
  publisher: string;
  year: number | string;
  url?: string | null | undefined;
}

/** Renders a block component (`<TimelineTool preset="x" />`) as Markdown; undefined drops it. */
export type BlockRenderer = (name: string, attrs: Record<string, string>) => string | undefined;

const attrsOf = (text: string): Record<string, string> =>
  Object.fromEntries([...text.matchAll(/([A-Za-z][\w-]*)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));

/** A pipe-table cell: no pipes or line breaks inside. */
export const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();

/**
 * A Markdown table.
 * @example table(['a', 'b'], [['1', '2']]) // '| a | b |\n| --- | --- |\n| 1 | 2 |'
 */
export function table(head: string[], rows: string[][]): string {
  const line = (r: string[]) => `| ${r.map(cell).join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * @example
 * mdxToMarkdown('Fast<Cite id="a" />.', (id) => ({ title: 'T', publisher: 'P', year: 2024, url: 'https://x' }), () => undefined)
 * // 'Fast[^1].\n\n## Sources\n\n[^1]: T. P, 2024. <https://x>\n'
 */
export function mdxToMarkdown(mdx: string, source: (id: string) => FootnoteSource | undefined, blocks: BlockRenderer): string {
  const numbers = new Map<string, number>();
  let md = mdx
    .replace(/^import\s.+$/gm, '')
    .replace(/<Cite\s+id="([^"]+)"\s*\/>/g, (_m, id: string) => {
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
      return `[^${numbers.get(id)}]`;
    })
    .replace(/<Term\b[^>]*>([\s\S]*?)<\/Term>/g, '$1')
    .replace(/<Callout\b([^>]*)>([\s\S]*?)<\/Callout>/g, (_m, attrs: string, body: string) => {
      const title = attrsOf(attrs).title;
      const lines = [...(title ? [`**${title}**`, ''] : []), ...body.trim().split('\n')];
      return lines.map((l) => (l.trim() ? `> ${l}` : '>')).join('\n');
    })
    .replace(/<([A-Z]\w*)\b([^>]*?)\/>/g, (_m, name: string, attrs: string) => blocks(name, attrsOf(attrs)) ?? '')
    // Any other component: keep its text.
    .replace(/<\/?[A-Z]\w*\b[^>]*>/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (numbers.size) {
    const notes = [...numbers].map(([id, n]) => {
      const s = source(id);
      return s ? `[^${n}]: ${s.title}. ${s.publisher}, ${s.year}.${s.url ? ` <${s.url}>` : ''}` : `[^${n}]: ${id}.`;
    });
    md += `\n\n## Sources\n\n${notes.join('\n')}`;
  }
  return md + '\n';
}
