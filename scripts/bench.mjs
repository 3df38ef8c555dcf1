// `npm run bench`: one run, one report (target: under 5 minutes on 2 cores).
//   1. build time of the site (cold build in a temporary copy of the project, so dist/ is untouched)
//   2. build time with 1,000 generated guide pages (temporary content folder via CONTENT_DIR,
//      temporary outDir; both removed afterwards) and pages per second
//   3. bytes per page type (brotli; HTML + CSS + JS loaded before interaction) against the budgets,
//      and how much the guide and tool pages grow in the 1,000-page build
//   4. the rules' per-call times (benchRules from scripts/bench-rules.mjs)
//   5. time from the first input to the updated result on each tool page under a 4× CPU slowdown,
//      for the first interaction (hydration on intent included) and later ones (scripts/bench-interaction.mjs)
import { BUDGETS, TARGETS, budgetFor, buildCopy, jsBudget, kb, measurePage, measureSite, overBudget, table } from './budgets.mjs';

const EXTRA = 1000;
const started = performance.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const say = (m) => process.stdout.write(`${m}\n`);

say('Building the site (cold, temporary copy)…');
const base = await buildCopy();
if (!base.ok) await fail('the site build failed', base, [base]);
say(`Building with ${EXTRA} extra guides…`);
const big = await buildCopy({ extraGuides: EXTRA });
if (!big.ok) await fail(`the build with ${EXTRA} extra guides failed`, big, [base, big]);

/** Prints the end of a failed build's log, removes the temporary copies and exits with 1. */
async function fail(what, build, copies) {
  console.error(`✗ ${what}:\n${build.log.split('\n').slice(-25).join('\n')}`);
  await Promise.all(copies.map((c) => c.cleanup()));
  process.exit(1);
}

try {
  // 1–2. Build times
  const marginal = (big.ms - base.ms) / 1000;
  const buildRows = [
    ['build', 'pages', 'time', 'pages/s'],
    ['site', String(base.pages), seconds(base.ms), (base.pages / (base.ms / 1000)).toFixed(1)],
    [`site + ${EXTRA} guides`, String(big.pages), seconds(big.ms), (big.pages / (big.ms / 1000)).toFixed(1)],
    [`the ${EXTRA} extra guides alone`, String(big.pages - base.pages), `${marginal.toFixed(1)} s`, marginal > 0 ? ((big.pages - base.pages) / marginal).toFixed(1) : '—'],
  ];

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

  // Growth with 1,000 extra guides: a guide without a calculator and a tool page
  const pick = (pred) => site.find(pred)?.path;
  const compare = [pick((m) => m.type === 'guide' && !m.island), pick((m) => m.type === 'tool'), pick((m) => m.type === 'post'), pick((m) => m.type === 'embed')].filter(Boolean);
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

  // 5. Input to result in Chromium, CPU slowed 4×
  let interactionOut;
  try {
    const { benchInteraction } = await import('./bench-interaction.mjs');
    interactionOut = table(await benchInteraction(base.dist));
  } catch (e) {
    interactionOut = `interaction benchmark unavailable: ${e.message}`;
  }

  say('');
  say(`Build (cold, ${process.env.NODE_ENV ?? 'production'}, Node ${process.version}):`);
  say(table(buildRows));
  say('\nBytes per page type (brotli; the largest page of each type):');
  say(table(byteRows));
  say(`\nPage weight with ${EXTRA} extra guides:`);
  say(table(growthRows));
  say('\nRules, per call:');
  say(formatRules(rulesOut));
  say('\nInput to updated result, Chromium with the CPU slowed 4× (first = hydration on intent + update):');
  say(interactionOut);
  say(`\nBench finished in ${seconds(performance.now() - started)}.`);
} finally {
  await Promise.all([base.cleanup(), big.cleanup()]);
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
