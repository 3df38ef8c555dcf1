/**
 * The Open Graph image cache (src/integrations/og-images.mjs): an image is rendered again exactly
 * when what it depends on changes (the page's title, section or description, the site name, or
 * the template), and copied from the cache otherwise. Runs the real renderer on a few pages.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOgImages } from '../../src/integrations/og-images.mjs';
import { TEMPLATE_KEY, templateKey } from '../../src/integrations/og-card.mjs';

const page = (slug: string, title: string, description = 'A page.', section = 'Guides') => ({
  file: `${slug}/index.html`,
  html: `<head><meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="article:section" content="${section}"><meta property="og:image" content="https://example.org/og/${slug}.png"></head>`,
});
const BASE = [page('a', 'First page'), page('b', 'Second &amp; last page')];

let work: string;
let cacheDir: string;
const run = (pages: { file: string; html: string }[], options: { siteName?: string; template?: string } = {}) =>
  writeOgImages(join(work, 'dist'), pages, { siteName: 'Site', cacheDir, threads: 2, ...options });

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'og-cache-'));
  cacheDir = join(work, 'cache');
  const first = await run(BASE);
  expect(first).toMatchObject({ images: 2, rendered: 2, cached: 0 });
}, 60_000);
afterAll(() => rm(work, { recursive: true, force: true }));

describe('the Open Graph image cache', () => {
  it('renders nothing when nothing changed, and writes the same bytes', async () => {
    const before = await readFile(join(work, 'dist/og/a.png'));
    await rm(join(work, 'dist'), { recursive: true });
    expect(await run(BASE)).toMatchObject({ images: 2, rendered: 0, cached: 2 });
    expect((await readFile(join(work, 'dist/og/a.png'))).equals(before)).toBe(true);
    expect(before.subarray(1, 4).toString()).toBe('PNG');
  });

  it.each([
    ['title', [page('a', 'First page, renamed'), BASE[1]!]],
    ['description', [page('a', 'First page', 'A new description.'), BASE[1]!]],
    ['section', [page('a', 'First page', 'A page.', 'Blog'), BASE[1]!]],
  ])("renders a page's image again when its %s changes, and only that one", async (_what, pages) => {
    expect(await run(pages)).toMatchObject({ images: 2, rendered: 1, cached: 1 });
  });

  it('renders every image again when the site name changes', async () => {
    expect(await run(BASE, { siteName: 'Another site' })).toMatchObject({ rendered: 2, cached: 0 });
  });

  it('renders every image again when the template changes', async () => {
    const source = await readFile('src/integrations/og-card.mjs', 'utf8');
    expect(templateKey(source)).toBe(TEMPLATE_KEY);
    const edited = templateKey(source.replace("background: '#0f172a'", "background: '#111827'"));
    expect(edited).not.toBe(TEMPLATE_KEY);
    expect(await run(BASE, { template: edited })).toMatchObject({ rendered: 2, cached: 0 });
    expect(await run(BASE, { template: edited })).toMatchObject({ rendered: 0, cached: 2 });
  });
});
