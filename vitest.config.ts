/// <reference types="vitest/config" />
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { WAIT_MS } from './tests/e2e/wait.ts';

/**
 * Test projects, one per layer (see README → Tests).
 * - rules:   the pure rules package (node), 100 % coverage enforced
 * - unit:    stores and islands in happy-dom
 * - content: content schemas and source checks (node)
 * - dist:    reads the built site in dist/ (node) — scripts/test.mjs builds first
 * - e2e:     real Chromium via playwright-core against dist/
 */
/**
 * Node projects whose tests touch no shared global state (no vi.mock, no stubs left behind) share
 * one module graph per worker thread: each file no longer re-imports the rules package, fast-check
 * and the built-site readers. That halved the rules project (20.7 s → 10.1 s on 2 cores). The
 * happy-dom project keeps isolation (its files mock modules), in threads, which start faster than forks.
 */
const SHARED_MODULES = { pool: 'threads', isolate: false } as const;

export default defineConfig({
  plugins: [preact()],
  test: {
    // Vitest's default is one worker fewer than the cores: on a 2-core machine every file ran one
    // after another. Two workers let the rules, unit, content and dist files run beside the
    // browser files, which spend much of their time waiting on Chromium.
    maxWorkers: 2,
    coverage: {
      provider: 'v8',
      include: ['src/rules/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 100, branches: 100, functions: 100, statements: 100 },
    },
    projects: [
      // Property tests run a few hundred cases; 5 s (the default) was exceeded once at load average 20.
      { extends: true, test: { name: 'rules', environment: 'node', include: ['tests/rules/**/*.test.ts'], testTimeout: 30_000, ...SHARED_MODULES } },
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['tests/{stores,islands}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/islands/setup.ts'],
          pool: 'threads',
          testTimeout: 30_000,
        },
      },
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
