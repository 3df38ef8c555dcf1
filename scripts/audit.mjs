// `npm run audit`: Lighthouse 13 (its default mobile preset: Moto G-class screen, simulated slow 4G
// and 4× CPU slowdown) on one page of each type, 3 runs each, offline, with Debian's Chromium.
// Prints the median performance / accessibility / best-practices / SEO per page type and exits
// non-zero when a median is below 90 for performance or below 100 for any other category.
// Performance moves a few points between runs on a shared 2-core machine; hence the median.
// Uses the existing dist/ (builds it first when there is none) served with dist/_headers.
//
//   npm run audit                 all page types, 3 runs each
//   npm run audit -- --runs 1     quicker
//   npm run audit -- --only guide,tool
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serve } from './serve.mjs';
import { fileFor, listPages, pageType, table } from './budgets.mjs';

const DIST = process.env.DIST_DIR ?? 'dist';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MINIMUM = { performance: 90, accessibility: 100, 'best-practices': 100, seo: 100 };
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '3' }, only: { type: 'string' } } });
const RUNS = Math.max(1, Number(args.runs) || 3);

if (!existsSync(`${DIST}/index.html`)) {
  console.log('No dist/ yet: building the site first…');
  const built = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** One page per type: the first of each kind in sorted order (a guide without a calculator when there is one). */
async function pickPages() {
  const paths = await listPages(DIST);
  const html = (p) => readFileSync(fileFor(DIST, p), 'utf8');
  const first = (type, pred = () => true) => paths.find((p) => pageType(p) === type && pred(p));
  const picks = [
    ['home', '/'],
    ['guide', first('guide', (p) => !/<astro-island/.test(html(p))) ?? first('guide')],
    ['blog post', first('post')],
    ['tool', paths.includes('/tools/decision/') ? '/tools/decision/' : first('tool')],
    ['embed', paths.includes('/embed/decision/') ? '/embed/decision/' : first('embed')],
    ['faq', paths.includes('/faq/') ? '/faq/' : undefined],
    ['glossary', paths.includes('/glossary/') ? '/glossary/' : undefined],
    ['404', paths.includes('/404.html') ? '/404.html' : undefined],
  ];
  const only = args.only?.split(',').map((s) => s.trim());
  const wanted = picks.filter(([type]) => !only || only.includes(type));
  const missing = wanted.filter(([, path]) => !path).map(([type]) => type);
  if (missing.length) console.log(`No page of type: ${missing.join(', ')} (not audited; counts as a failure).`);
  missingTypes.push(...missing);
  return wanted.filter(([, path]) => path);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const missingTypes = [];
const pages = await pickPages();
const srv = await serve(DIST, { headers: true });
const chrome = await launch({
  chromePath: '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
});
const started = Date.now();
const rows = [];
const failures = missingTypes.map((t) => `${t}: no such page in ${DIST}/`);
const notes = [];
try {
  for (const [type, path] of pages) {
    const html = readFileSync(fileFor(DIST, path), 'utf8');
    // A page that must not be indexed (the 404 page; embeds if marked noindex) fails Lighthouse's
    // "Page isn't blocked from indexing" audit by design: skip that one audit there, and say so.
    const noindex = /<meta name="robots" content="[^"]*noindex/.test(html);
    const skipAudits = noindex ? ['is-crawlable'] : [];
    if (noindex) notes.push(`${type} (${path}) is noindex by design: SEO audit "is-crawlable" skipped for it.`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    const weak = new Map();
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(srv.url + path, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES, skipAudits });
      const lhr = result?.lhr;
      if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${path}: ${lhr?.runtimeError?.message ?? 'no result'}`);
      for (const c of CATEGORIES) {
        scores[c].push(Math.round((lhr.categories[c]?.score ?? 0) * 100));
        for (const ref of lhr.categories[c]?.auditRefs ?? []) {
          const a = lhr.audits[ref.id];
          if (ref.weight > 0 && a && a.score !== null && a.score < 1) {
            const key = `${c}: ${a.title}`;
            weak.set(key, [...(weak.get(key) ?? []), ...(a.displayValue ? [a.displayValue] : [])]);
          }
        }
      }
    }
    const medians = Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])]));
    rows.push([type, path, ...CATEGORIES.map((c) => `${medians[c]}${RUNS > 1 ? ` (${Math.min(...scores[c])}–${Math.max(...scores[c])})` : ''}`)]);
    for (const c of CATEGORIES) if (medians[c] < MINIMUM[c]) failures.push(`${type} ${path}: ${c} median ${medians[c]} < ${MINIMUM[c]}`);
    if (weak.size) notes.push(`${type} (${path}) lost points on: ${[...weak].map(([k, v]) => (v.length ? `${k} (${v.join(', ')})` : k)).join('; ')}`);
    process.stdout.write(`  ${type} done\n`);
  }
} finally {
  await chrome.kill();
  await srv.close();
}

console.log(`\nLighthouse ${JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version}, mobile preset, median of ${RUNS} run(s) (min–max), ${((Date.now() - started) / 1000).toFixed(0)} s:\n`);
console.log(table([['page type', 'page', ...CATEGORIES], ...rows]));
if (notes.length) console.log('\n' + notes.map((n) => `- ${n}`).join('\n'));
if (failures.length) {
  console.log(`\n✗ below target (performance ≥ 90, others 100):\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\n✓ every median meets the target (performance ≥ 90, accessibility, best practices and SEO 100)');
