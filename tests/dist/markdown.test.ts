/**
 * Issue 12.5, in the build: /llms.txt follows the llms.txt proposal and lists every guide's
 * Markdown copy with its description; each guide has /guides/<slug>/index.md, linked from the
 * page as rel=alternate, valid (no MDX left, footnotes defined and used, tables well-formed) and
 * with every link to the site resolving to a built file and anchor.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, PAGES, SITE_ORIGIN, existsInDist, pageByPath } from './built-site.ts';

const guides = PAGES.filter((p) => p.type === 'guide');
const md = (path: string) => readFileSync(join(DIST, path, 'index.md'), 'utf8');

/** Every link target in Markdown: [text](url) and <url>. */
const linksOf = (text: string) => [...text.matchAll(/\]\(([^)\s]+)\)|<(https?:\/\/[^>\s]+)>/g)].map((m) => m[1] ?? m[2]!);

/** A site link resolves to a built file, and its #anchor to an element id on that page. */
function broken(url: string, base = SITE_ORIGIN): string | undefined {
  const u = new URL(url, base);
  if (u.origin !== new URL(SITE_ORIGIN).origin) return undefined;
  if (!existsInDist(u.pathname)) return `${url}: no such file`;
  if (!u.hash) return undefined;
  const page = pageByPath.get(u.pathname);
  return page?.doc.getElementById(decodeURIComponent(u.hash.slice(1))) ? undefined : `${url}: no such anchor`;
}

describe('/llms.txt', () => {
  const text = existsSync(join(DIST, 'llms.txt')) ? readFileSync(join(DIST, 'llms.txt'), 'utf8') : '';
  const lines = text.split('\n');

  it('starts with the site name as h1, then its purpose as a block quote', () => {
    expect(lines[0]).toMatch(/^# \S/);
    expect(lines.find((l) => l.trim())?.startsWith('# ')).toBe(true);
    expect(lines.slice(1).find((l) => l.trim())).toMatch(/^> .{40,}/);
    expect(lines.filter((l) => l.startsWith('# '))).toHaveLength(1);
  });

  it.each(guides.map((g) => [g.path, g] as const))('lists %s as its Markdown copy with its one-line description', (path, g) => {
    const description = g.doc.querySelector('meta[name="description"]')!.getAttribute('content')!;
    const line = lines.find((l) => l.includes(`(${new URL(`${path}index.md`, SITE_ORIGIN).href})`));
    expect(line).toMatch(/^- \[[^\]]+\]\([^)]+\): .+/);
    expect(line!.endsWith(`: ${description}`)).toBe(true);
  });

  it('links only to files that exist', () => {
    expect(linksOf(text).map((u) => broken(u)).filter(Boolean)).toEqual([]);
  });
});

describe.each(guides.map((g) => [g.path, g] as const))('%sindex.md', (path, g) => {
  const text = existsSync(join(DIST, path, 'index.md')) ? md(path) : '';

  it('exists and is linked from the page as rel=alternate type=text/markdown', () => {
    expect(text.length).toBeGreaterThan(500);
    expect(g.doc.querySelector('link[rel="alternate"][type="text/markdown"]')?.getAttribute('href')).toBe(`${path}index.md`);
  });

  it('starts with the page title and keeps no MDX', () => {
    expect(text.split('\n')[0]).toBe(`# ${g.doc.querySelector('h1')!.textContent!.trim()}`);
    expect(text).not.toMatch(/<\/?[A-Z][A-Za-z]*[\s/>]/);
    expect(text).not.toMatch(/^(import|export)\s/m);
  });

  it('defines every footnote it uses, uses every one it defines, numbered 1, 2, 3…', () => {
    const defined = [...text.matchAll(/^\[\^(\d+)\]:/gm)].map((m) => Number(m[1]));
    const body = text.replace(/^\[\^\d+\]:.*$/gm, '');
    const used = [...new Set([...body.matchAll(/\[\^(\d+)\]/g)].map((m) => Number(m[1])))];
    expect(defined).toEqual(defined.map((_, i) => i + 1));
    expect([...used].sort((a, b) => a - b)).toEqual(defined);
  });

  it('has well-formed tables (a separator row, the same number of cells on every row)', () => {
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (const block of text.split(/\n\n+/).filter((b) => b.startsWith('|'))) {
      const rows = block.split('\n');
      expect(rows[1]).toMatch(/^\|( *:?-{3,}:? *\|)+$/);
      for (const r of rows) expect(cells(r), r).toBe(cells(rows[0]!));
    }
  });

  it('links only to pages and anchors that exist', () => {
    expect(linksOf(text).map((url) => broken(url, new URL(path, SITE_ORIGIN).href)).filter(Boolean)).toEqual([]);
  });
});

it('every guide has a Markdown copy, and the guides with a calculator render its default result as a table', () => {
  expect(guides.length).toBeGreaterThan(5);
  const withTool = guides.filter((g) => g.doc.querySelector('astro-island'));
  expect(withTool.length).toBeGreaterThan(0);
  for (const g of withTool) expect(md(g.path), g.path).toMatch(/^\| .+ \|$/m);
});
