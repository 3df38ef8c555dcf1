/**
 * Search topics: the glossary names one guide as the place that explains each term (`guide:` in
 * content/glossary.yaml). That guide carries the term and its other names as Pagefind metadata
 * `topics`, which the search boosts (PAGEFIND_OPTIONS in public/search.js), so "LoRA" finds the
 * guide that explains LoRA before a blog post with LoRA in its title. The metadata goes only into
 * the search index: the post-build step strips it from the HTML readers download
 * (src/integrations/post-build.mjs).
 */

/** The Pagefind metadata key; public/search.js weights it and post-build.mjs strips it. */
export const TOPICS_META = 'topics';

interface GlossaryTerm {
  data: { term: string; aka: string[]; guide?: string | undefined };
}

/**
 * The terms (and their other names) whose glossary entry points to the page at `path`.
 * @example topicsFor(terms, '/guides/model-training/') // ['Fine-tuning', 'LoRA', 'low-rank adaptation', …]
 */
export function topicsFor(terms: readonly GlossaryTerm[], path: string): string[] {
  return terms.filter((t) => t.data.guide?.split('#')[0] === path).flatMap((t) => [t.data.term, ...t.data.aka]);
}

/**
 * The value of the `data-pagefind-meta` attribute for those topics, or undefined when there are none.
 * Inline metadata runs to the end of the attribute, so the commas between terms stay in the value.
 * @example topicsMeta(['LoRA', 'QLoRA']) // 'topics:LoRA, QLoRA'
 */
export function topicsMeta(topics: readonly string[]): string | undefined {
  return topics.length ? `${TOPICS_META}:${topics.join(', ')}` : undefined;
}
