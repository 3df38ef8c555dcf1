// `npm run bench`: one run, one report (about 5–8 minutes on 2 cores).
//   1. build time of the site and of the site with 1,000 generated guide pages, each cold (empty
//      Open Graph image cache) and warm (the same copy built again), in temporary copies of the
//      project (dist/ is untouched; removed afterwards); extra pages per second, cold and warm, and
//      the time for 10,000 extra guides (a linear projection; BENCH_10K=1 builds it instead)
//   2. where the build time goes: Astro's setup, bundling (MDX compile), page rendering, and the
//      post-build passes (read, Open Graph images, sitemap, Pagefind)
//   3. bytes per page type (brotli; HTML + CSS + JS loaded before interaction) against the budgets,
//      and how much the guide and tool pages grow in the 1,000-page build (the 10% budget)
//   4. the search download per query (Pagefind, in Chromium) at 1,000 and 10,000 extra pages
//   5. the rules' per-call times (benchRules from scripts/bench-rules.mjs)
//   6. time from the first input to the updated result on each tool page under a 4× CPU slowdown,
//      for the first interaction (hydration on intent included) and later ones (scripts/bench-interaction.mjs)
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUDGETS, TARGETS, budgetFor, buildCopy, jsBudget, kb, listPages, measurePage, measureSite, overBudget, table } from './budgets.mjs';
import { buildSplit, searchBytes, syntheticIndex } from './bench-build.mjs';

const EXTRA = 1000;
const loadBefore = loadavg().map((n) => n.toFixed(1)).join(' ');
const TEN_K = 10_000;
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const say = (m) => process.stdout.write(`${m}\n`);
const copies = [];
const coldCache = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'too-og-cold-'));
  copies.push({ cleanup: () => rm(dir, { recursive: true, force: true }) });
  return { OG_CACHE_DIR: dir };
};

/** Builds (or rebuilds) and exits with the log's tail if the build fails. */
async function must(label, promise) {
  say(`${label}…`);
  const b = await promise;
  if (b.cleanup && !copies.includes(b)) copies.push(b);
  if (!b.ok) await fail(label, b);
  return b;
}
/** Prints the end of a failed build's log, removes the temporary copies and exits with 1. */
async function fail(what, build) {
  console.error(`✗ ${what} failed:\n${build.log.split('\n').slice(-25).join('\n')}`);
  await Promise.all(copies.map((c) => c.cleanup()));
  process.exit(1);
}

const base = await must('Building the site (cold: empty image cache)', buildCopy({ env: await coldCache() }));
const baseWarm = await must('Building the site again (warm)', base.rebuild());
const big = await must(`Building with ${EXTRA} extra guides (cold)`, buildCopy({ extraGuides: EXTRA, env: await coldCache() }));
const bigWarm = await must(`Building with ${EXTRA} extra guides again (warm)`, big.rebuild());
let tenK;
if (process.env.BENCH_10K) {
  tenK = await must(`Building with ${TEN_K} extra guides (cold)`, buildCopy({ extraGuides: TEN_K, env: await coldCache(), timeoutMs: 3_600_000 }));
}

try {
  // 1. Build times and rates
  const rate = (extra, a, b) => extra / ((b.ms - a.ms) / 1000);
  const cold = rate(EXTRA, base, big);
  const warm = rate(EXTRA, baseWarm, bigWarm);
  const cpu = (b) => `${(b.cpuMs / 1000).toFixed(1)} s`;
  // Pages per second on two idle cores, estimated from CPU time: the extra CPU time spread over
  // both cores (the image workers and Pagefind use both; Astro's rendering uses one, so this is
  // an upper bound that the wall-clock rate on an idle machine approaches).
  const cpuRate = (extra, a, b) => extra / ((b.cpuMs - a.cpuMs) / 1000 / 2);
  const buildRows = [
    ['build', 'pages', 'cold', 'warm', 'cold CPU', 'warm CPU'],
    ['site', String(base.pages), seconds(base.ms), seconds(baseWarm.ms), cpu(base), cpu(baseWarm)],
    [`site + ${EXTRA} guides`, String(big.pages), seconds(big.ms), seconds(bigWarm.ms), cpu(big), cpu(bigWarm)],
    [`the ${EXTRA} extra guides alone`, String(big.pages - base.pages), seconds(big.ms - base.ms), seconds(bigWarm.ms - baseWarm.ms), seconds(big.cpuMs - base.cpuMs), seconds(bigWarm.cpuMs - baseWarm.cpuMs)],
    ['extra pages per second (wall, this load)', '', cold.toFixed(1), warm.toFixed(1), '', ''],
    ['extra pages per second (2 idle cores, from CPU)', '', cpuRate(EXTRA, base, big).toFixed(1), cpuRate(EXTRA, baseWarm, bigWarm).toFixed(1), '', ''],
    tenK
      ? [`site + ${TEN_K} guides (built)`, String(tenK.pages), seconds(tenK.ms), '', cpu(tenK), '']
      : [`site + ${TEN_K} guides (projected, wall at this load)`, String(base.pages + TEN_K), seconds(base.ms + (TEN_K / cold) * 1000), seconds(baseWarm.ms + (TEN_K / warm) * 1000), '', ''],
    ...(tenK ? [] : [[`site + ${TEN_K} guides (projected, 2 idle cores)`, String(base.pages + TEN_K), seconds(base.cpuMs / 2 + (TEN_K / cpuRate(EXTRA, base, big)) * 1000), seconds(baseWarm.cpuMs / 2 + (TEN_K / cpuRate(EXTRA, baseWarm, bigWarm)) * 1000), '', '']]),
  ];

  // 2. Where the time goes
  const builds = [['site, cold', base], ['site, warm', baseWarm], [`+${EXTRA}, cold`, big], [`+${EXTRA}, warm`, bigWarm], ...(tenK ? [[`+${TEN_K}, cold`, tenK]] : [])];
  const splits = builds.map(([, b]) => buildSplit(b));
  const splitRows = [
    ['step', ...builds.map(([l]) => l)],
    ...splits[0].map(([step], i) => [step, ...splits.map((sp) => seconds(sp[i][1]))]),
    ['Open Graph images rendered / from cache', ...builds.map(([, b]) => `${b.times?.ogRendered ?? '?'} / ${b.times?.ogCached ?? '?'}`)],
    ['CPU time (all threads)', ...builds.map(([, b]) => seconds(b.cpuMs))],
  ];

  // 4. Search download per query, at +1,000 (the built site) and +10,000 (a Pagefind index of
  // the built pages plus 9,000 more generated like them)
  const indexTenK = await syntheticIndex(big.dist, TEN_K);
  copies.push(indexTenK);
  const searchRows = [['index', 'pages', 'query', 'first query', 'next query', 'requests (both)']];
  for (const [label, dir, pages] of [[`site + ${EXTRA}`, big.dist, big.pages], [`site + ${TEN_K}`, indexTenK.dir, indexTenK.pages]]) {
    for (const r of await searchBytes(dir, ['latency', 'quantization'])) searchRows.push([label, String(pages), r.query, kb(r.first), kb(r.next), String(r.files)]);
  }

  // 3. Bytes per page type
  const site = await measureSite(base.dist);
  const groups = new Map();
  for (const m of site) {
    const key = m.type + (m.island && (m.type === 'guide' || m.type === 'post') ? ' +calculator' : '');
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const byteRows = [['page type', 'pages', 'html', 'css', 'js', 'total (max)', 'enforced', 'within', 'issue target']];
  for (const [key, ms] of [...groups].sort()) {
    const worst = ms.reduce((a, b) => (b.total > a.total ? b : a));
    const b = budgetFor(worst);
    const within = b ? ms.every((m) => overBudget(m).length === 0) : undefined;
    const js = b && jsBudget(worst, b);
    const budget = b ? `≤ ${kb(b.total)}${js !== undefined ? `, js ≤ ${kb(js)}` : ''}${b.jsFiles === 0 ? ', no js' : ''}` : '—';
    const target = key === 'embed' ? TARGETS.embed : b?.js ? TARGETS.tool : undefined;
    const aim = target ? `≤ ${kb(target.total)}${target.js ? `, js ≤ ${kb(target.js)}` : ''}` : '';
    byteRows.push([key, String(ms.length), kb(worst.html), kb(worst.css), kb(worst.js), kb(worst.total), budget, within === undefined ? '' : within ? 'yes' : 'NO', aim]);
  }

  // Growth with 1,000 extra guides: every guide, post, tool and embed page both builds share
  const bigPages = new Set(await listPages(big.dist));
  const compare = site.filter((m) => ['guide', 'post', 'tool', 'embed'].includes(m.type) && bigPages.has(m.path)).map((m) => m.path);
  const growthRows = [['page', 'site', `+${EXTRA} guides`, 'growth', `≤ ${BUDGETS.scaleGrowth * 100}%`]];
  for (const path of compare) {
    const [a, b] = await Promise.all([measurePage(base.dist, path), measurePage(big.dist, path)]);
    const g = b.total / a.total - 1;
    growthRows.push([path, kb(a.total), kb(b.total), `${(g * 100).toFixed(1)}%`, g <= BUDGETS.scaleGrowth ? 'yes' : 'NO']);
  }

  // 4. Rules per-call times
  let rulesOut;
  try {
    const { benchRules } = await import('./bench-rules.mjs');
    rulesOut = await benchRules();
  } catch (e) {
    rulesOut = `rules benchmark unavailable: ${e.message}`;
  }

  // 6. Input to result in Chromium, CPU slowed 4×
  let interactionOut;
  try {
    const { benchInteraction } = await import('./bench-interaction.mjs');
    interactionOut = table(await benchInteraction(base.dist));
  } catch (e) {
    interactionOut = `interaction benchmark unavailable: ${e.message}`;
  }

  say('');
  say(`Build (production, Node ${process.version}, load average before: ${loadBefore}, after: ${loadavg().map((n) => n.toFixed(1)).join(' ')}):`);
  say(table(buildRows));
  say('\nWhere the time goes:');
  say(table(splitRows));
  say('\nSearch download per query (bytes transferred by Pagefind in Chromium; first query loads the runtime, the wasm, the metadata, the index chunks and 8 result fragments; the next query only its own chunks and fragments):');
  say(table(searchRows));
  say('\nBytes per page type (brotli; the largest page of each type):');
  say(table(byteRows));
  say(`\nPage weight with ${EXTRA} extra guides (budget: ≤ ${BUDGETS.scaleGrowth * 100}% growth):`);
  say(table(growthRows));
  say('\nRules, per call:');
  say(formatRules(rulesOut));
  say('\nInput to updated result, Chromium with the CPU slowed 4× (first = hydration on intent + update):');
  say(interactionOut);
  say(`\nBench finished in ${seconds(performance.now() - started)}.`);
} finally {
  await Promise.all(copies.map((c) => c.cleanup()));
}

/** benchRules() may return rows (objects or arrays), a name → figure map, or printable text. */
function formatRules(out) {
  if (typeof out === 'string') return out;
  if (Array.isArray(out) && out.length && typeof out[0] === 'object' && !Array.isArray(out[0])) {
    const keys = Object.keys(out[0]);
    return table([keys, ...out.map((r) => keys.map((k) => fmt(r[k])))]);
  }
  if (Array.isArray(out) && out.length && Array.isArray(out[0])) return table(out.map((r) => r.map(fmt)));
  if (out && typeof out === 'object') return table([['call', 'time'], ...Object.entries(out).map(([k, v]) => [k, fmt(v)])]);
  return '(benchRules returned nothing to show)';
}
function fmt(v) {
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toPrecision(3);
  return String(v ?? '');
}
