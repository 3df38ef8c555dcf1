/**
 * Search topics (src/navigation/search-topics.ts): each guide is indexed with the glossary terms
 * whose `guide:` points to it, so a term's search finds that guide first
 * (tests/dist/site-search.test.ts checks the ranking on the built index).
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { stripIndexOnlyMeta } from '../../src/integrations/post-build.mjs';
import { TOPICS_META, topicsFor, topicsMeta } from '../../src/navigation/search-topics.ts';

const entries = load(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as { term: string; aka?: string[]; guide?: string }[];
const glossary = entries.map((e) => ({ data: { term: e.term, aka: e.aka ?? [], guide: e.guide } }));

describe('topicsFor', () => {
  it.each([
    ['quantization', 'Quantization', '/guides/model-optimization/'],
    ['LoRA', 'LoRA', '/guides/model-training/'],
    ['MFU', 'MFU', '/guides/timelines-and-costs/'],
    ['distillation', 'Distillation', '/guides/model-optimization/'],
  ])('%s is a topic of its guide only (%s → %s)', (_q, term, guide) => {
    const holders = [...new Set(glossary.map((g) => g.data.guide?.split('#')[0]).filter((p): p is string => Boolean(p)))].filter((p) => topicsFor(glossary, p).includes(term));
    expect(holders).toEqual([guide]);
  });

  it('takes a term’s other names along, and ignores the section anchor', () => {
    const terms = [{ data: { term: 'LoRA', aka: ['low-rank adaptation'], guide: '/guides/a/#lora' } }, { data: { term: 'MFU', aka: [], guide: '/guides/b/' } }, { data: { term: 'Tokens', aka: [] } }];
    expect(topicsFor(terms, '/guides/a/')).toEqual(['LoRA', 'low-rank adaptation']);
    expect(topicsFor(terms, '/guides/c/')).toEqual([]);
  });
});

describe('topicsMeta and stripIndexOnlyMeta', () => {
  it.each([
    [['LoRA', 'QLoRA'], `${TOPICS_META}:LoRA, QLoRA`],
    [[], undefined],
  ])('%j → %s', (topics, meta) => {
    expect(topicsMeta(topics)).toBe(meta);
  });

  it('strips the topics attribute and nothing else', () => {
    const html = `<article class="prose" data-pagefind-meta="${topicsMeta(['LoRA', 'QLoRA'])}"><h1 data-pagefind-meta="title">T</h1></article>`;
    expect(stripIndexOnlyMeta(html)).toBe('<article class="prose"><h1 data-pagefind-meta="title">T</h1></article>');
  });
});
