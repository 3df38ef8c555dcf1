/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import preact from '@preact/preset-vite';
import { relative } from 'node:path';
import { WAIT_MS } from './tests/e2e/wait.ts';

/**
 * The order files start in. The two workers take files from one queue, so the longest files go
 * first and the short ones fill both workers at the end; otherwise a long file started late runs
 * alone while the other core idles (the site walk's second half, a 6-line file that vitest's
 * size order started last, ran alone for its last 40 s). The browser files come first as one
 * block, then the node projects: a worker keeps its runner (and so its Chromium) only while the
 * next queued file is of the same project.
 */
const PROJECT_ORDER = ['e2e', 'dist', 'content', 'rules', 'unit', 'unit-mocks'];
/** About how long each long file takes, in seconds (2 cores, 2026-11-26); other files are short and keep vitest's own order. */
const LONG_FILES: Record<string, number> = {
  'tests/e2e/site.test.ts': 55,
  'tests/e2e/site-walk.test.ts': 54,
  'tests/e2e/calculators-embeds.test.ts': 46,
  'tests/e2e/security.test.ts': 37,
  'tests/e2e/tools.test.ts': 36,
  'tests/e2e/security-url.test.ts': 34,
  'tests/e2e/calculators-hydration.test.ts': 23,
  'tests/e2e/calculators-bytes.test.ts': 20,
  'tests/e2e/site-theme.test.ts': 18,
  'tests/e2e/search.test.ts': 16,
  'tests/e2e/calculators-payback.test.ts': 15,
  'tests/e2e/calculators-layout.test.ts': 14,
  'tests/e2e/site-search-panel.test.ts': 13,
  'tests/e2e/embed.test.ts': 12,
  'tests/e2e/site-home.test.ts': 8,
  'tests/e2e/site-reading.test.ts': 8,
  'tests/dist/scale.test.ts': 35,
  'tests/dist/html.test.ts': 7,
  'tests/dist/og-cache.test.ts': 6,
  'tests/content/frontmatter.test.ts': 13,
  'tests/islands/timeline.test.tsx': 8,
};
class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (s: TestSpecification) => PROJECT_ORDER.indexOf(s.project.name);
    const seconds = (s: TestSpecification) => LONG_FILES[relative(s.project.config.root, s.moduleId)] ?? 0;
    const order = new Map((await super.sort(files)).map((s, i) => [s, i]));
    return [...files].sort((a, b) => rank(a) - rank(b) || seconds(b) - seconds(a) || order.get(a)! - order.get(b)!);
  }
}

/**
 * Test projects, one per layer (see README → Tests).
 * - rules:   the pure rules package (node), 100 % coverage enforced
 * - unit:    stores and islands in happy-dom (unit-mocks: the files that mock modules, isolated)
 * - content: content schemas and source checks (node)
 * - dist:    reads the built site in dist/ (node) — scripts/test.mjs builds first
 * - e2e:     real Chromium via playwright-core against dist/
 */
/**
 * Node projects whose tests touch no shared global state (no vi.mock, no stubs left behind) share
 * one module graph per worker thread: each file no longer re-imports the rules package, fast-check
 * and the built-site readers. That halved the rules project (20.7 s → 10.1 s on 2 cores). The
 * happy-dom files share theirs too, except the few that mock modules (see `unit` below).
 */
const SHARED_MODULES = { pool: 'threads', isolate: false } as const;

/** The happy-dom projects (stores and islands). */
const UNIT = {
  environment: 'happy-dom' as const,
  include: ['tests/{stores,islands}/**/*.test.{ts,tsx}'],
  setupFiles: ['tests/islands/setup.ts'],
  testTimeout: 30_000,
};
/** Store and island files that mock modules (vi.mock) or spy on globals: each runs in a fresh module graph. */
const MOCKING_FILES = ['tests/islands/comparison-hostile.test.tsx', 'tests/islands/deferred.test.tsx', 'tests/islands/embed.test.ts', 'tests/stores/url-sync.test.ts'];

export default defineConfig({
  plugins: [preact()],
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine every file ran one
    // after another. Two workers let the rules, unit, content and dist files run beside the
    // browser files, which spend much of their time waiting on Chromium.
    maxWorkers: 2,
    sequence: { sequencer: LongestFirst },
    coverage: {
      provider: 'v8',
      include: ['src/rules/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
    projects: [
      // Property tests run a few hundred cases; 5 s (the default) was exceeded once at load average 20.
      { extends: true, test: { name: 'rules', environment: 'node', include: ['tests/rules/**/*.test.ts'], testTimeout: 30_000, ...SHARED_MODULES } },
      // Store and island files reset every store, the URL sync and the address in beforeEach
      // (tests/stores/reset.ts), so they share one module graph and one happy-dom per worker: with
      // a fresh graph and DOM per file, setting up took most of the project's time (28.7 CPU-s and 45 s
      // for the project, against 12.5 CPU-s and 20 s shared, 2026-11-26). The files that mock modules or
      // spy on globals keep their isolation (`unit-mocks`).
      { extends: true, test: { name: 'unit', ...UNIT, exclude: ['**/node_modules/**', ...MOCKING_FILES], ...SHARED_MODULES } },
      { extends: true, test: { name: 'unit-mocks', ...UNIT, include: MOCKING_FILES, pool: 'threads' } },
      { extends: true, test: { name: 'content', environment: 'node', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000, ...SHARED_MODULES } },
      { extends: true, test: { name: 'dist', environment: 'node', include: ['tests/dist/**/*.test.ts'], testTimeout: 60_000, ...SHARED_MODULES } },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Workers keep their modules from file to file, so the worker-scoped browser and server
          // (fixtures.ts `site`) usually serve several files: 2 launches for 4 files in one check, where
          // with isolation each file launched its own (3–5 s apiece). Two files run at once, so a file's
          // last slow test no longer leaves the other core idle.
          pool: 'forks',
          isolate: false,
          expect: { poll: { timeout: WAIT_MS, interval: 50 } },
        },
      },
    ],
  },
});
