/** Words a reader gets through per minute of technical prose. */
export const WORDS_PER_MINUTE = 220;

/**
 * Minutes to read an MDX body: words of the text, without frontmatter, components' tags,
 * import lines or Markdown symbols; at least 1.
 * @example readingMinutes('---\ntitle: x\n---\n' + 'word '.repeat(440)) // 2
 */
export function readingMinutes(mdx: string): number {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export) .*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`>|[\]()-]/g, ' ');
  const words = text.split(/\s+/).filter((w) => /\w/.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
