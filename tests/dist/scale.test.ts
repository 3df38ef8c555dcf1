/**
 * "A site with 1,000 extra pages keeps each page's weight within 10%", checked at 100 extra pages
 * so `npm test` stays fast (`npm run bench` builds the 1,000 and prints the same comparison):
 * builds the site again, in a temporary copy of the project with 100 generated guides in a
 * temporary content folder (CONTENT_DIR), and compares every guide, blog, tool and embed page that
 * both builds share with dist/ (the normal build). Navigation must not grow every page with the
 * page count (that would make the build O(pages²)): each shared page stays within the 10% budget,
 * and gains at most NAV_CAP links, so no page but the guide index lists every guide. The build takes about 15 s on 2 cores without its Open Graph images and search
 * index, which it leaves out; the temporary folder is removed afterwards.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BUDGETS, buildCopy, fileFor, kb, listPages, measurePage, pageType, table } from '../../scripts/budgets.mjs';
import { DIST } from './built-site.ts';

const EXTRA = 100;
/** Links a shared page may gain with EXTRA more guides: the sidebar's few entries per section and its "N more" links, far below EXTRA. */
const NAV_CAP = 30;
/** Pages whose job is to list every guide; they grow with the count by design. */
const LISTS_EVERYTHING = new Set(['/guides/']);
const BUDGETED = new Set(['guide', 'post', 'tool', 'embed']);

let build: Awaited<ReturnType<typeof buildCopy>>;

beforeAll(async () => {
  // Only the pages are compared: the Open Graph images and the search index are left out (BUILD_SKIP),
  // `npm run bench` builds them at 1,000 and 10,000 extra guides.
  build = await buildCopy({ extraGuides: EXTRA, env: { BUILD_SKIP: 'og,search' } });
  console.log(`\nBuild with ${EXTRA} extra guides: ${build.pages} pages in ${(build.ms / 1000).toFixed(1)} s (${(build.pages / (build.ms / 1000)).toFixed(1)} pages/s)`);
}, 600_000);
afterAll(async () => {
  await build?.cleanup();
});

test(`the site builds with ${EXTRA} extra guides`, () => {
  expect(build.ok, build.log.split('\n').slice(-30).join('\n')).toBe(true);
  expect(build.pages).toBeGreaterThanOrEqual(EXTRA);
  expect(readFileSync(join(build.dist, 'sitemap.xml'), 'utf8').match(/<loc>[^<]*\/guides\/scale-test-\d+\/<\/loc>/g)).toHaveLength(EXTRA);
});

test(`guide, blog, tool and embed pages weigh at most ${BUDGETS.scaleGrowth * 100}% more than in the normal build`, async () => {
  expect(build.ok).toBe(true);
  const bigger = new Set(await listPages(build.dist));
  const shared = (await listPages(DIST)).filter((p) => bigger.has(p) && !LISTS_EVERYTHING.has(p));
  const rows: string[][] = [];
  const over: string[] = [];
  const notes: string[] = [];
  for (const path of shared) {
    const [a, b] = await Promise.all([measurePage(DIST, path), measurePage(build.dist, path)]);
    const growth = b.total / a.total - 1;
    rows.push([path, kb(a.total), kb(b.total), `${(growth * 100).toFixed(1)}%`]);
    if (growth <= BUDGETS.scaleGrowth) continue;
    const line = `${path}: ${kb(a.total)} → ${kb(b.total)} (+${(growth * 100).toFixed(1)}%)`;
    (BUDGETED.has(pageType(path)) ? over : notes).push(line);
  }
  console.log(`\nPage weight (brotli) in the normal build vs with ${EXTRA} extra guides:\n` + table([['page', 'normal', `+${EXTRA} guides`, 'growth'], ...rows]));
  if (notes.length) console.log(`Other pages that grow with the guide count (not budgeted):\n  ${notes.join('\n  ')}`);
  expect(shared.some((p) => pageType(p) === 'guide'), 'a guide page to compare').toBe(true);
  expect(shared.some((p) => pageType(p) === 'tool'), 'a tool page to compare').toBe(true);
  expect(over).toEqual([]);
});

test(`no page but the guide index gains more than ${NAV_CAP} links with ${EXTRA} extra guides (navigation stays linear overall)`, async () => {
  expect(build.ok).toBe(true);
  const links = (dist: string, path: string) => (readFileSync(fileFor(dist, path), 'utf8').match(/<a\s/g) ?? []).length;
  const bigger = new Set(await listPages(build.dist));
  const shared = (await listPages(DIST)).filter((p) => bigger.has(p) && !LISTS_EVERYTHING.has(p));
  const gained = shared.map((p) => [p, links(build.dist, p) - links(DIST, p)] as const).filter(([, n]) => n > NAV_CAP);
  expect(shared.length).toBeGreaterThan(10);
  expect(gained).toEqual([]);
});
