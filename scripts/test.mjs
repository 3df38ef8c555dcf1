// `npm test`: builds the site while the node projects that do not read it run (rules, unit, content),
// then runs the browser tests (e2e) and the dist project on the built site while astro check
// type-checks every .ts, .tsx and .astro file at the lowest CPU priority, and ends with one line:
// "N passed, N failed".
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { setPriority } from 'node:os';
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
/**
 * Starts a command beside the steps that follow, its output kept and printed as one block by
 * `report` when it has ended (so it never interleaves with theirs); `nice` runs it at the lowest
 * CPU priority, on the CPU time the others leave.
 */
const beside = (label, cmd, args, { nice = false } = {}) => {
  console.log(`\n▶ ${label}, beside the tests${nice ? ' at the lowest CPU priority' : ''} (its output follows when it ends)`);
  const started = Date.now();
  const ended = new Promise((done) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (nice) {
      try {
        setPriority(child.pid, 19);
      } catch {
        // Not permitted here: it runs at normal priority.
      }
    }
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => done({ status, output, ms: Date.now() - started }));
  });
  return {
    /** Waits for the end, prints the output and the outcome; resolves true when it exited 0. */
    report: async () => {
      const { status, output, ms } = await ended;
      console.log(`\n${output.trimEnd()}`);
      console.log(`${status === 0 ? '✓' : '✗'} ${label} (${(ms / 1000).toFixed(1)} s, beside the tests)`);
      return status === 0;
    },
  };
};

let passed = 0;
let failed = 0;
const count = (ok) => (ok ? passed++ : failed++);

const args = process.argv.slice(2);
/** A run's JSON report; each phase writes its own, and the counts below add them up. */
const reports = [];
const vitest = async (label, projects, extra = []) => {
  const report = `test-results/vitest-${reports.length + 1}.json`;
  rmSync(report, { force: true });
  reports.push({ report, ok: false });
  const ok = await step(label, bin('vitest'), [
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    // A file filter given to `npm test` may match files of one phase only.
    ...(args.length ? ['--passWithNoTests'] : []),
    ...extra,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...args,
  ]);
  reports.at(-1).ok = ok;
};

// The order, on 2 cores:
// 1. the build, beside the node projects that do not read dist/: rules (with coverage), then unit
//    and content. The build leaves about a third of the cores idle (a warm build: 8.9 CPU-s in 6.7 s);
// 2. astro check, at the lowest CPU priority, beside the rest. It type-checks the .ts and .tsx files
//    as well as the .astro ones (a planted error in src/rules/*.ts or tests/*.ts fails it), so a
//    separate `tsc --noEmit` would only repeat it. At normal priority beside the browser tests it
//    made every process slower, not just later: vitest with the check beside it took 323 CPU-s and
//    170 s; one after the other, 297 CPU-s and 164 s (2026-11-26);
// 3. the browser tests (e2e), which keep both cores nearly busy on their own (Chromium's processes
//    and the two workers driving them), then, in the same run, the dist project (the built site read
//    from disk, and the 100-page scale check's own build): its files start as the browser files run
//    out, so the scale check's build fills the core the last browser file leaves. As a phase of its
//    own, dist took 25 s after the browser tests; in the same run it adds 4–10 s (2026-11-26: the
//    whole run 176.5 s with the two phases, 153.8 and 156.6 s with one).
// Coverage is measured on src/rules (100 % enforced) by the rules project alone: its own tests cover
// the package whole, and a phase of its own keeps V8's coverage counters out of the other projects'
// workers, which they slowed by 14 CPU-s (the node projects: 69.4 CPU-s with coverage on, 55.7
// without; the rules project alone with it, 6.7; 2 cores, 2026-11-26). A run filtered to some files
// (`npm test -- <filter>`) leaves coverage out: its thresholds need the whole rules project.
const build = beside('build the site (astro build + OG images + sitemap + Pagefind)', bin('astro'), ['build']);
await vitest(`vitest: rules${args.length ? '' : ' (with coverage)'}`, ['rules'], args.length ? [] : ['--coverage']);
await vitest('vitest: unit, content', ['unit', 'unit-mocks', 'content']);
const built = await build.report();
count(built);
// The build has just written .astro/'s types (astro build syncs first), so check skips its own sync.
const check = beside('type-check (astro check: .astro, .ts, .tsx)', bin('astro'), ['check', ...(built ? ['--noSync'] : [])], { nice: true });
if (built) {
  await vitest('vitest: browser tests (e2e), then dist (the built site)', ['e2e', 'dist']);
}
count(await check.report());

// Where the vitest time went, per project (files run in parallel, so these add up to more than
// the wall time): the figures README → Tests quotes.
const byProject = new Map();
for (const { report, ok } of reports) {
  if (!existsSync(report)) {
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  for (const f of r.testResults ?? []) {
    // The path inside the project (a clone's own folder may be called tests/ too).
    const project = relative(process.cwd(), f.name).match(/^tests\/([^/]+)\//)?.[1] ?? '?';
    const name = project === 'stores' || project === 'islands' ? 'unit' : project;
    byProject.set(name, (byProject.get(name) ?? 0) + (f.endTime - f.startTime));
  }
  // A suite that fails to load, or a coverage threshold that is missed, fails no single test.
  if (!ok && r.numFailedTests === 0) {
    console.log(`✗ vitest exited with an error outside any test (suite load error or coverage threshold): ${report}`);
    failed++;
  }
}
console.log(`vitest time per project (summed over files): ${[...byProject].map(([p, ms]) => `${p} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
// With a filter, each phase passes when it has no matching file (--passWithNoTests); none at all is a mistake.
if (args.length && byProject.size === 0) {
  console.log(`✗ no test file matches ${args.join(' ')}`);
  failed++;
}
if (!built) console.log('✗ the dist and e2e projects did not run because the build failed.');
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
