// `npm test`: builds the site once, type-checks (tsc, then astro check for .astro files), then runs every vitest project
// (rules, unit, content, dist, e2e) and ends with one line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const bin = (name) => `node_modules/.bin/${name}`;
const step = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env });
  console.log(`${status === 0 ? '✓' : '✗'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return status === 0;
};

let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);

const built = step('build the site (astro build + OG images + sitemap + Pagefind)', bin('astro'), ['build']);
count(built);
count(step('type-check (tsc --noEmit)', bin('tsc'), ['--noEmit', '-p', '.']));
// tsc never reads .astro files: astro check type-checks pages, layouts and components too.
count(step('type-check .astro files (astro check)', bin('astro'), ['check']));

const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const projects = built ? [] : ['--project', 'rules', '--project', 'unit', '--project', 'content'];
const vitestOk = step('vitest (rules, unit, content, dist, e2e)', bin('vitest'), [
  'run',
  '--coverage',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // Where the vitest time went, per project (files run in parallel, so these add up to more than
  // the wall time): the figures README → Tests quotes.
  const byProject = new Map();
  for (const f of r.testResults ?? []) {
    const project = f.name.match(/\/tests\/([^/]+)\//)?.[1] ?? '?';
    const name = project === 'stores' || project === 'islands' ? 'unit' : project;
    byProject.set(name, (byProject.get(name) ?? 0) + (f.endTime - f.startTime));
  }
  console.log(`vitest time per project (summed over files): ${[...byProject].map(([p, ms]) => `${p} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
  // A suite that fails to load, or a coverage threshold that is missed, fails no single test.
  if (!vitestOk && r.numFailedTests === 0) {
    console.log('✗ vitest exited with an error outside any test (suite load error or coverage threshold).');
    failed++;
  }
} else {
  failed++;
}
if (!built) console.log('✗ the dist and e2e projects did not run because the build failed.');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
