// `npm test`: builds the site once, then type-checks every .ts, .tsx and .astro file (astro check) while every
// vitest project runs (rules, unit, content, dist, e2e), and ends with one line: "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const bin = (name) => `node_modules/.bin/${name}`;
/** Runs a command with its output on ours; resolves true when it exits 0. Async, so a command running beside it keeps draining its pipes. */
const step = async (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const status = await new Promise((done) => spawn(cmd, args, { stdio: 'inherit', env }).on('close', done));
  console.log(`${status === 0 ? '✓' : '✗'} ${label} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return status === 0;
};

let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);

const built = await step('build the site (astro build + OG images + sitemap + Pagefind)', bin('astro'), ['build']);
count(built);

// astro check type-checks the .ts and .tsx files as well as the .astro ones (a planted error in
// src/rules/*.ts or tests/*.ts fails it), so a separate `tsc --noEmit` would only repeat it. It runs
// beside vitest, after the build (both would write .astro/ at once): the browser tests leave a core
// idle while they wait on Chromium. Its output is printed when it ends, as one block.
console.log('\n▶ type-check (astro check: .astro, .ts, .tsx), beside vitest');
const checkStarted = Date.now();
const checking = new Promise((done) => {
  // The build has just written .astro/'s types (astro build syncs first), so check skips its own sync.
  const child = spawn(bin('astro'), ['check', ...(built ? ['--noSync'] : [])], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.on('close', (status) => done({ status, output }));
});

const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const projects = built ? [] : ['--project', 'rules', '--project', 'unit', '--project', 'unit-mocks', '--project', 'content'];
const vitestOk = await step('vitest (rules, unit, content, dist, e2e)', bin('vitest'), [
  'run',
  '--coverage',
  ...projects,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);
const check = await checking;
console.log(`\n${check.output.trimEnd()}`);
console.log(`${check.status === 0 ? '✓' : '✗'} type-check (astro check) (${((Date.now() - checkStarted) / 1000).toFixed(1)} s, beside vitest)`);
count(check.status === 0);

if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // Where the vitest time went, per project (files run in parallel, so these add up to more than
  // the wall time): the figures README → Tests quotes.
  const byProject = new Map();
  for (const f of r.testResults ?? []) {
    // The path inside the project (a clone's own folder may be called tests/ too).
    const project = relative(process.cwd(), f.name).match(/^tests\/([^/]+)\//)?.[1] ?? '?';
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
