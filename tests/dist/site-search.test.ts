/**
 * Search ranking (issue 12.3): a term's guide comes before other pages, and listings (blog index,
 * tag pages, guide index) are not in the index at all, so they never outrank the pages they list.
 * The index is queried from Node (usePagefind in ./pagefind.ts).
 */
import { describe, expect, it } from 'vitest';
import { usePagefind } from './pagefind.ts';

const search = usePagefind();

const urls = async (q: string) => (await search(q)).map((r) => r.url);
const isListing = (u: string) => u === '/blog/' || u === '/guides/' || u.startsWith('/blog/tags/');

describe('a term finds its guide first', () => {
  it.each([
    ['quantization', '/guides/model-optimization/'],
    ['MFU', '/guides/timelines-and-costs/'],
    ['distillation', '/guides/model-optimization/'],
  ])('%s → %s is the first result', async (q, guide) => {
    expect((await urls(q))[0]).toBe(guide);
  });

  // The LoRA blog post (LoRA in its title, a heading and 11 times in the text) still ranks first:
  // Pagefind has no per-page boost. The guide that explains LoRA is the first guide.
  it('LoRA → /guides/model-training/ is the first guide', async () => {
    expect((await urls('LoRA')).find((u) => u.startsWith('/guides/'))).toBe('/guides/model-training/');
  });

  it.each(['quantization', 'LoRA', 'MFU', 'distillation', 'fine-tuning', 'optimization'])('%s lists no tag or listing page', async (q) => {
    const found = await urls(q);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(isListing)).toEqual([]);
  });
});
