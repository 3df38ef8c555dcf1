/**
 * Performance budgets on the built site (issue 6), measured by scripts/budgets.mjs: for each page,
 * the HTML plus every CSS and JS file it loads before interaction (static imports followed, dynamic
 * import() not), each brotli-compressed. Prints the measured figures (they appear in the test output).
 *   guide/blog page without an island  ≤ 10 KB in total, and no JavaScript file at all
 *   public/embed.js ≤ 1 KB; any image ≤ 100 KB; Open Graph images ≤ 60 KB   (1 KB = 1,000 bytes)
 * Calculators hydrate on intent (issue 11), so before interaction:
 *   tool page ≤ 24 KB in total and ≤ 2 KB JavaScript; embed page ≤ 25 KB in total;
 * and after the first interaction each calculator's JavaScript ≤ 24 KB.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  BUDGETS,
  KB,
  brotliSize,
  budgetFor,
  fileFor,
  interactionBudget,
  islandsOf,
  jsBudget,
  kb,
  measureSite,
  overBudget,
  table,
} from '../../scripts/budgets.mjs';
import { dynamicImportPaths, reachable, staticImportPaths } from '../../src/integrations/module-graph.mjs';
import { DIST, readDist } from './built-site.ts';

const measured = await measureSite(DIST);

test('prints the measured weight of every page', () => {
  const rows = measured.map((m) => {
    const b = budgetFor(m);
    const js = jsBudget(m, b);
    return [
      m.path,
      m.type + (m.island ? ' +island' : ''),
      kb(m.html),
      kb(m.css),
      kb(m.js),
      String(m.jsFiles),
      kb(m.total),
      b ? `≤ ${kb(b.total)}${js ? `, js ≤ ${kb(js)}` : ''}` : '—',
    ];
  });
  console.log(
    '\nPage weight, brotli (HTML + CSS + JS loaded before interaction):\n' +
      table([['page', 'type', 'html', 'css', 'js', 'js files', 'total', 'enforced'], ...rows]),
  );
  const calculators = measured.filter((m) => islandsOf(m).length > 0).map((m) => [m.path, islandsOf(m).join(' + '), kb(m.js), kb(m.interactionJs)]);
  console.log(
    '\nCalculators, JavaScript before and after the first interaction (brotli):\n' + table([['page', 'calculator', 'before', 'after'], ...calculators]),
  );
  expect(measured.length).toBeGreaterThan(5);
});

describe('budgets', () => {
  const kinds = [
    ['a guide or blog page without an island', (m: (typeof measured)[number]) => (m.type === 'guide' || m.type === 'post') && !m.island],
    ['the home page', (m: (typeof measured)[number]) => m.type === 'home'],
    ['a tool page', (m: (typeof measured)[number]) => m.type === 'tool'],
    ['an article with a calculator', (m: (typeof measured)[number]) => (m.type === 'guide' || m.type === 'post') && m.island],
    ['an embed page', (m: (typeof measured)[number]) => m.type === 'embed'],
  ] as const;

  test.each(kinds.map(([label, pick]) => [label, measured.filter(pick)] as const))('%s stays within budget', (_label, pages) => {
    expect(pages.flatMap(overBudget)).toEqual([]);
  });

  test.each(['DecisionIsland', 'ComparisonIsland', 'TimelineIsland', 'PaybackIsland'])(
    '%s loads nothing before interaction, and its static imports alone stay within its budget after it (24 KB, or its measured ceiling)',
    (island) => {
      const page = measured.find((m) => m.type === 'tool' && islandsOf(m).includes(island));
      expect(page, island).toBeDefined();
      expect(page!.js).toBeLessThanOrEqual(BUDGETS.tool.js);
      expect(
        page!.files.some((f) => f.kind === 'js' && f.url.includes(island)),
        'island code before interaction',
      ).toBe(false);
      expect(page!.interactionJs).toBeLessThanOrEqual(interactionBudget(island));
    },
  );

  // The build groups each calculator's own code into one chunk (astro.config.mjs); a module another
  // calculator's on-demand code (hand-offs, "Embed this", pins) also imports must stay out of it, or
  // opening that part would download the other calculator whole.
  test("no calculator's on-demand code loads another calculator's own chunk", () => {
    const ISLANDS = ['DecisionIsland', 'ComparisonIsland', 'TimelineIsland', 'PaybackIsland'];
    const pages = ISLANDS.map((island) => measured.find((m) => m.type === 'tool' && islandsOf(m).includes(island))!);
    const loaded = pages.map((m) => new Set(m.files.filter((f) => f.kind === 'js' || f.kind === 'deferred').map((f) => f.url)));
    // Everything a page can load later: its files' static and dynamic imports, transitively.
    const importsOf = (url: string) => {
      const js = readFileSync(fileFor(DIST, url), 'utf8');
      return [...staticImportPaths(js, url), ...dynamicImportPaths(js, url)];
    };
    const laterLoads = (start: Set<string>) => new Set(reachable(start, importsOf));
    // A calculator's own chunks: files over 2 KB that no other tool page loads after its first interaction.
    const own = loaded.map((files, i) =>
      [...files].filter((url) => loaded.every((other, j) => j === i || !other.has(url)) && pages[i]!.files.find((f) => f.url === url)!.brotli > 2 * KB),
    );
    expect(
      own.every((files) => files.length > 0),
      'each calculator has a chunk of its own',
    ).toBe(true);
    const leaks = pages.flatMap((_, i) => {
      const later = laterLoads(loaded[i]!);
      return own.flatMap((files, j) => (j === i ? [] : files.filter((url) => later.has(url)).map((url) => `${ISLANDS[i]} can load ${ISLANDS[j]}'s ${url}`)));
    });
    expect(leaks).toEqual([]);
  });

  test('there is at least one page of each budgeted kind (guide without island, tool, embed)', () => {
    expect(
      measured.some((m) => m.type === 'guide' && !m.island),
      'a guide without an island',
    ).toBe(true);
    expect(measured.filter((m) => m.type === 'tool').length, 'tool pages').toBeGreaterThanOrEqual(4);
    expect(measured.filter((m) => m.type === 'embed').length, 'embed pages').toBeGreaterThanOrEqual(4);
  });

  test('no page references a CSS or JS file that is not in dist', () => {
    expect(measured.flatMap((m) => m.missing.map((f) => `${m.path}: ${f}`))).toEqual([]);
  });

  test(`public/embed.js is at most ${kb(BUDGETS.embedScript)} brotli`, () => {
    const bytes = readDist('embed.js');
    const size = brotliSize(bytes);
    console.log(`embed.js: ${bytes.length} B raw, ${size} B brotli`);
    expect(size).toBeLessThanOrEqual(BUDGETS.embedScript);
  });
});

describe('images', () => {
  const images = (readdirSync(DIST, { recursive: true }) as string[])
    .filter((f) => /\.(png|jpe?g|gif|webp|avif|svg|ico)$/i.test(f))
    .map((f) => ({ file: f, bytes: statSync(join(DIST, f)).size }));

  test('prints image sizes', () => {
    const og = images.filter((i) => i.file.startsWith('og/'));
    const largest = [...images].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
    console.log(
      `\nImages: ${images.length} (${og.length} Open Graph); largest OG ${kb(Math.max(0, ...og.map((i) => i.bytes)))}; ` +
        `largest: ${largest.map((i) => `${i.file} ${kb(i.bytes)}`).join(', ')}`,
    );
    expect(images.length).toBeGreaterThan(0);
  });

  test(`no image is over ${kb(BUDGETS.image)}`, () => {
    expect(images.filter((i) => i.bytes > BUDGETS.image).map((i) => `${i.file}: ${kb(i.bytes)}`)).toEqual([]);
  });

  test(`no Open Graph image is over ${kb(BUDGETS.ogImage)}`, () => {
    expect(images.filter((i) => i.file.startsWith('og/') && i.bytes > BUDGETS.ogImage).map((i) => `${i.file}: ${kb(i.bytes)}`)).toEqual([]);
  });
});
