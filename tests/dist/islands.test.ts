/**
 * The islands fit the slim Preact renderer entry (src/islands/frame/client.ts): it hydrates the
 * island's component with its props and nothing else, so no built island may rely on what the
 * stock @astrojs/preact entry also handles (children or named slots, signal props, client:only).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { reachable, staticImportPaths } from '../../src/integrations/module-graph.mjs';
import { DIST, PAGES } from './built-site.ts';

/** A built file's static imports, as site paths. */
const importsOf = (path: string) => staticImportPaths(readFileSync(DIST + path, 'utf8'), path);

const islands = PAGES.flatMap((page) => [...page.doc.querySelectorAll('astro-island')].map((island) => ({ path: page.path, island })));

test('the site has islands on tool pages, embeds and articles', () => {
  const paths = new Set(islands.map((i) => i.path));
  expect([...paths].filter((p) => p.startsWith('/tools/')).length).toBeGreaterThanOrEqual(4);
  expect([...paths].filter((p) => p.startsWith('/embed/')).length).toBeGreaterThanOrEqual(4);
  expect([...paths].filter((p) => p.startsWith('/guides/')).length).toBeGreaterThan(0);
});

test('the renderer entry is the slim one, a name for code in the shared frame chunk', () => {
  const urls = new Set(islands.map(({ island }) => island.getAttribute('renderer-url')));
  expect(urls.size).toBe(1);
  const entry = readFileSync(DIST + [...urls][0]!, 'utf8').trim();
  expect(entry).toMatch(/^export\s*\{\s*\w+ as default\s*\}\s*from\s*"\.\/frame\.[\w-]+\.js";?$/);
});

describe.each(islands.map(({ path, island }, i) => [`${path} #${i}`, island] as const))('%s', (_name, island) => {
  test('hydrates through the slim renderer entry with props only', () => {
    expect(island.getAttribute('renderer-url')).toMatch(/^\/_astro\/client\.[\w-]+\.js$/);
    expect(island.hasAttribute('ssr')).toBe(true);
    expect(island.getAttribute('client')).toBe('intent');
    expect(island.hasAttribute('data-preact-signals')).toBe(false);
    expect(island.querySelector('astro-slot, astro-static-slot, template[data-astro-template]')).toBeNull();
  });

  test('names every chunk its entry and renderer import, for the intent directive to request with them', () => {
    const entries = [island.getAttribute('component-url')!, island.getAttribute('renderer-url')!];
    const imported = new Set(entries.flatMap(importsOf).filter((u) => !entries.includes(u)));
    expect(imported.size).toBeGreaterThan(0);
    expect((island.getAttribute('data-preload') ?? '').split(' ').sort()).toEqual([...imported].sort());
  });

});

/**
 * Each island's entry file names every chunk its code needs through static imports
 * (src/integrations/hoist-imports.mjs), so the browser requests them all in one round once the entry
 * has arrived. Without it the estimator's code loaded in three rounds (entry, its tool's chunk, then
 * the chunks that one imports): about 250 ms more over Slow 4G with the CPU 4× slower.
 */
test.each([...new Set(islands.map(({ island }) => island.getAttribute('component-url')!))])('%s requests every chunk it needs at once', (url) => {
  const direct = new Set(importsOf(url));
  expect(reachable(direct, importsOf).filter((chunk) => !direct.has(chunk))).toEqual([]);
});
