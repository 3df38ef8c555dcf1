/**
 * Search ranking (issue 12.3): a term's guide comes before other pages, and listings (blog index,
 * tag pages, guide index) are not in the index at all, so they never outrank the pages they list.
 * Each guide is indexed with the glossary terms it explains as `topics` metadata, which the search
 * weights above titles (src/navigation/search-topics.ts, PAGEFIND_OPTIONS in public/search.js).
 * The index is queried from Node (usePagefind in ./pagefind.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor } from '../../scripts/budgets.mjs';
import { DIST, PATHS } from './built-site.ts';
import { usePagefind } from './pagefind.ts';

const search = usePagefind();

const urls = async (q: string) => (await search(q)).map((r) => r.url);
const isListing = (u: string) => u === '/blog/' || u === '/guides/' || u.startsWith('/blog/tags/');

describe('a term finds its guide first', () => {
  // The guide the glossary names for each term (content/glossary.yaml `guide:`), which carries the
  // term as search topics. LoRA's blog post has LoRA in its title, a heading and 13 times in its text.
  it.each([
    ['quantization', '/guides/model-optimization/'],
    ['LoRA', '/guides/model-training/'],
    ['MFU', '/guides/timelines-and-costs/'],
    ['distillation', '/guides/model-optimization/'],
  ])('%s → %s is the first result', async (q, guide) => {
    expect((await urls(q))[0]).toBe(guide);
  });

  it.each(['quantization', 'LoRA', 'MFU', 'distillation', 'fine-tuning', 'optimization'])('%s lists no tag or listing page', async (q) => {
    const found = await urls(q);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(isListing)).toEqual([]);
  });
});

describe('search topics', () => {
  it('each term’s guide carries it as search metadata', async () => {
    const byUrl = new Map((await search('LoRA')).map((r) => [r.url, r.meta.topics ?? '']));
    expect(byUrl.get('/guides/model-training/')).toMatch(/\bLoRA\b/);
    expect(byUrl.get('/blog/planning-a-fine-tune/') ?? '').toBe('');
  });

  it('the topics stay out of the HTML readers download', () => {
    const pages = PATHS.filter((p) => p.startsWith('/guides/'));
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.filter((p) => readFileSync(fileFor(DIST, p), 'utf8').includes('data-pagefind-meta="topics:'))).toEqual([]);
  });
});
