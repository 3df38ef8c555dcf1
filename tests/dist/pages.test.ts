/**
 * The shared page frames and the capped lists:
 * - the three /tools/<id>/ pages come out of one layout (src/layouts/ToolPage.astro) with the same
 *   frame, titled from src/config/tools.ts, and the three /embed/<id>/ pages out of one route;
 * - the home and 404 pages link a fixed number of guides, however many guides the site has;
 * - the embed docs show exactly what embedCode() (the "Embed this" panel) produces.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { generatedGuide } from '../../scripts/budgets.mjs';
import { GUIDE_SECTIONS, HOME_GUIDES_PER_SECTION, NOT_FOUND_GUIDES_PER_SECTION } from '../../src/config/site.ts';
import { TOOL_IDS, TOOLS } from '../../src/config/tools.ts';
import { embedCode } from '../../src/islands/frame/embed-code.ts';
import { embedInfo } from '../../src/config/tools.ts';
import { byReadingOrder, featuredGuides, type Ordered } from '../../src/navigation/reading-order.ts';
import { decodeState, encodeState } from '../../src/rules/index.ts';
import { type BuiltPage, pageByPath, SITE_ORIGIN } from './built-site.ts';

function page(path: string): BuiltPage {
  const p = pageByPath.get(path);
  if (!p) throw new Error(`${path} is not in dist/ (run \`npx astro build\` first)`);
  return p;
}
const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
type Ld = Record<string, unknown>;
const jsonLd = (p: BuiltPage): Ld[] =>
  [...p.doc.querySelectorAll('script[type="application/ld+json"]')].flatMap((s) => [JSON.parse(s.textContent ?? '')].flat());
const ofType = (p: BuiltPage, type: string) => jsonLd(p).find((b) => b['@type'] === type);
/** The main element's children as "tag.class" (stylesheet links left out): the frame's shape. */
const frame = (p: BuiltPage) =>
  [...(p.doc.querySelector('main')?.children ?? [])]
    .filter((e) => e.tagName !== 'LINK')
    .map((e) => [e.tagName.toLowerCase(), ...[...e.classList]].join('.'));

describe.each(TOOL_IDS.map((id) => [TOOLS[id].href, TOOLS[id]] as const))('tool page %s', (path, info) => {
  const p = page(path);

  test('has the shared frame: breadcrumbs, h1, lead, the calculator, then the explanation', () => {
    expect(frame(p)).toEqual(['nav.breadcrumbs', 'h1', 'p.lead.no-print', 'div.tool-host', 'section.prose.no-print']);
    expect(p.doc.querySelector(`main > .tool-host[data-tool="${info.id}"]`)).not.toBeNull();
  });

  test('takes its title, h1 and description from the tool config', () => {
    expect(text(p.doc.querySelector('h1'))).toBe(info.page.title);
    expect(text(p.doc.querySelector('head > title'))).toContain(info.page.title);
    expect(p.doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(info.page.description);
  });

  test('has its own lead paragraph and an explanation with an h2', () => {
    expect(text(p.doc.querySelector('main > p.lead')).length).toBeGreaterThan(100);
    expect(text(p.doc.querySelector('main > section.prose > h2'))).not.toBe('');
    expect(text(p.doc.querySelector('main > section.prose > p')).length).toBeGreaterThan(100);
  });

  test('describes itself as a WebApplication at its own URL', () => {
    expect(ofType(p, 'WebApplication')).toMatchObject({
      name: info.page.title,
      description: info.page.description,
      url: new URL(path, SITE_ORIGIN).href,
    });
  });

  test('has breadcrumbs Home / Tools / the tool, in the page and in JSON-LD', () => {
    const crumbs = ['Home', 'Tools', info.page.crumb];
    expect([...p.doc.querySelectorAll('nav.breadcrumbs li')].map(text)).toEqual(crumbs);
    const list = ofType(p, 'BreadcrumbList')?.itemListElement as { name: string; item: string }[];
    expect(list.map((i) => i.name)).toEqual(crumbs);
    expect(list.at(-1)?.item).toBe(new URL(path, SITE_ORIGIN).href);
  });
});

describe.each(TOOL_IDS.map((id) => [TOOLS[id].embed.path, TOOLS[id]] as const))('embed page %s', (path, info) => {
  const p = page(path);

  test('has the shared frame: heading, then the calculator in embed mode', () => {
    expect(frame(p).slice(0, 2)).toEqual(['h1.embed__title', 'div.tool-host']);
    expect(text(p.doc.querySelector('h1'))).toBe(info.embed.heading);
    expect(p.doc.querySelector(`main > .tool-host[data-tool="${info.id}"]`)).not.toBeNull();
  });

  test('is titled like the snippet’s iframe and credits the full tool page', () => {
    expect(text(p.doc.querySelector('head > title'))).toContain(info.embed.title);
    const toolUrl = new URL(info.href, SITE_ORIGIN).href;
    expect(p.doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(toolUrl);
    expect(p.doc.querySelector('[data-embed-attribution]')?.getAttribute('href')).toBe(toolUrl);
    expect(ofType(p, 'WebApplication')).toMatchObject({ name: info.embed.title, url: toolUrl });
  });

  test('reports its height to the embedding page', () => {
    expect(p.html).toContain('train-or-optimize:resize');
  });
});

/** A guide as the selection sees it. */
const guide = (section: string, order: number, title = `Guide ${section} ${order}`): Ordered & { id: string } => ({
  id: `${section}-${order}`,
  data: { section, order, title },
});
const SECTION_IDS = GUIDE_SECTIONS.map((s) => s.id);
/** The 1,000 guides the scale check adds (scripts/budgets.mjs generatedGuide), read from their frontmatter. */
const GENERATED = Array.from({ length: 1000 }, (_, i) => {
  const mdx = generatedGuide(i) as string;
  return guide(/^section: (\S+)$/m.exec(mdx)![1]!, Number(/^order: (\d+)$/m.exec(mdx)![1]), /^title: (.+)$/m.exec(mdx)![1]!);
});
/** Guides spread over the sections like the real ones (low `order`s, several per section). */
const CURATED = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => guide(SECTION_IDS[n % SECTION_IDS.length]!, n));
const ids = (gs: readonly { id: string }[]) => gs.map((g) => g.id);

describe.each([
  ['home', HOME_GUIDES_PER_SECTION],
  ['404', NOT_FOUND_GUIDES_PER_SECTION],
])('featuredGuides for the %s page (%i per section)', (_name, perSection) => {
  test('lists the same guides with the 1,000 generated guides of the scale check as without them', () => {
    expect(ids(featuredGuides([...GENERATED, ...CURATED], perSection))).toEqual(ids(featuredGuides(CURATED, perSection)));
  });

  test('never lists more than sections × perSection guides', () => {
    expect(featuredGuides([...CURATED, ...GENERATED], perSection).length).toBeLessThanOrEqual(SECTION_IDS.length * perSection);
  });
});

describe('featuredGuides', () => {
  const arbGuide = fc.record({
    section: fc.constantFrom(...SECTION_IDS),
    order: fc.integer({ min: 0, max: 999 }),
    title: fc.string({ maxLength: 8 }),
  });

  test('keeps showing the same guides when guides with a later order are added, within the cap', () => {
    fc.assert(
      fc.property(fc.array(arbGuide, { maxLength: 30 }), fc.array(arbGuide, { maxLength: 30 }), fc.nat(5), (base, extra, n) => {
        const before = base.map((g, i) => ({ id: `b${i}`, data: g }));
        const later = extra.map((g, i) => ({ id: `x${i}`, data: { ...g, order: g.order + 1000 } }));
        const after = ids(featuredGuides([...later, ...before], n));
        expect(after.filter((id) => id.startsWith('b'))).toEqual(ids(featuredGuides(before, n)));
        expect(after.length).toBeLessThanOrEqual(SECTION_IDS.length * n);
      }),
    );
  });

  test('returns each section’s first guides in reading order', () => {
    fc.assert(
      fc.property(fc.array(arbGuide, { maxLength: 40 }), fc.nat(5), (gs, n) => {
        const entries = gs.map((g, i) => ({ id: `g${i}`, data: g }));
        const sorted = [...entries].sort(byReadingOrder);
        const expected = SECTION_IDS.flatMap((s) => sorted.filter((g) => g.data.section === s).slice(0, n));
        expect(featuredGuides(entries, n)).toEqual(expected);
      }),
    );
  });
});

describe.each([
  ['/', HOME_GUIDES_PER_SECTION],
  ['/404.html', NOT_FOUND_GUIDES_PER_SECTION],
])('%s in the build', (path, perSection) => {
  const p = page(path);
  const listed = [...p.doc.querySelectorAll('main [data-featured-guides] a[href^="/guides/"]')].map((a) => a.getAttribute('href'));

  test('lists at most sections × perSection guides and links the full guides index', () => {
    expect(listed.filter((h) => h !== '/guides/').length).toBeGreaterThan(0);
    expect(listed.filter((h) => h !== '/guides/').length).toBeLessThanOrEqual(GUIDE_SECTIONS.length * perSection);
    expect(p.doc.querySelector('main a[href="/guides/"]')).not.toBeNull();
  });

  test('links every calculator', () => {
    for (const id of TOOL_IDS) expect(p.doc.querySelector(`main a[href="${TOOLS[id].href}"]`), id).not.toBeNull();
  });
});

test('the 404 page offers search', () => {
  expect(page('/404.html').doc.querySelector('main form[role="search"][action="/search/"] input[name="q"]')).not.toBeNull();
});

describe('embed docs (/embed/)', () => {
  const p = page('/embed/');

  test('show the worked example exactly as the "Embed this" panel builds it for the inputs in its link', () => {
    const examples = [...p.doc.querySelectorAll('pre[data-embed-example]')];
    expect(examples.length).toBeGreaterThan(0);
    for (const pre of examples) {
      const tool = pre.getAttribute('data-embed-example') as (typeof TOOL_IDS)[number];
      const code = pre.textContent ?? '';
      const src = /<iframe src="([^"]+)"/.exec(code)?.[1]?.replaceAll('&amp;', '&') ?? '';
      const url = new URL(src);
      expect(url.searchParams.get('theme'), 'the snippet sets a theme').toBe('light');
      url.searchParams.delete('theme');
      const search = url.search;
      const state = decodeState(search);
      expect(state.ok, search).toBe(true);
      // The panel writes encodeState() of the store: the link must be that canonical form.
      expect(`?${encodeState(state.ok ? state.value : {})}`).toBe(search);
      expect(code).toBe(embedCode(SITE_ORIGIN, embedInfo(tool), search));
    }
  });

  test('run the worked example live, same-origin, with the same inputs', () => {
    const pre = p.doc.querySelector('pre[data-embed-example]');
    const src = /<iframe src="([^"]+)"/.exec(pre?.textContent ?? '')![1]!.replaceAll('&amp;', '&');
    const live = p.doc.querySelector('iframe.embed-demo');
    const url = new URL(src);
    url.searchParams.delete('theme'); // the demo runs on our own page, in its theme
    expect(live?.getAttribute('src')).toBe(url.pathname + url.search);
    expect(live?.getAttribute('title')).toContain(embedInfo(pre!.getAttribute('data-embed-example') as 'decision').title);
  });

  test.each(TOOL_IDS.map((id) => [id]))('give the default %s snippet exactly as embedCode() builds it', (tool) => {
    const boxes = [...p.doc.querySelectorAll('[data-embed-snippet] textarea')].map((t) => t.textContent);
    expect(boxes).toContain(embedCode(SITE_ORIGIN, embedInfo(tool)));
  });
});
